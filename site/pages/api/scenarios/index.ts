import type { APIRoute } from 'astro';
import { guard } from '../../../auth/guard.ts';
import { errorResponse } from '../../../auth/http-errors.ts';
import { readJsonAs } from '../../../auth/request-body.ts';
import { serverContext } from '../../../server/context.ts';
import { json } from '../../../server/json.ts';
import { scenarioSource, scenarioSummary } from '../../../server/scenario-source.ts';
import { checkUpload, uploadSchema } from '../../../server/scenario-upload.ts';
import { storeRefusal } from '../../../server/store-refusal.ts';

export const prerender = false;

/**
 * The published scenarios, the newest version of each, newest publication
 * first: what a catalogue card shows, every version, and who published it
 * when. 'scenario.read' is everyone's (access.ts), so no session is asked.
 */
export const GET: APIRoute = async () => {
  const { store } = await serverContext();
  const published = await scenarioSource(store).published();
  const names = new Map((await store.users()).map((user) => [user.id, user.name]));
  const scenarios = published
    .sort((a, b) => b.publication.publishedAt.localeCompare(a.publication.publishedAt))
    .map(({ scenario, publication, versions }) => ({
      ...scenarioSummary(scenario),
      versions,
      publishedBy: { id: publication.publishedBy, name: names.get(publication.publishedBy) ?? publication.publishedBy },
      publishedAt: publication.publishedAt,
    }));
  return json({ scenarios });
};

/**
 * `{ fileName?, source, dryRun? }`: checks the file as the site checks its
 * own (scenario-upload.ts); 422 with every problem by line, 409 for a
 * version already published; with `dryRun`, 200 with what would be
 * published; otherwise 201, published.
 */
export const POST: APIRoute = async ({ request }) => {
  const { store, sessions, now } = await serverContext();
  const guarded = await guard({ sessions, users: store }, request, 'scenario.edit');
  if (!guarded.ok) return errorResponse(guarded.error);
  const body = await readJsonAs(request, uploadSchema);
  if (!body.ok) return errorResponse(body.error);
  const checked = await checkUpload(store, body.value);
  if (!checked.ok) return errorResponse(checked.error);
  const summary = scenarioSummary(checked.scenario);
  if (body.value.dryRun) return json({ scenario: summary, published: false });
  try {
    await store.publishScenario({ scenarioId: summary.id, version: summary.version, source: body.value.source, publishedBy: guarded.user.id, publishedAt: now().toISOString() });
  } catch (error) {
    return errorResponse(storeRefusal(error));
  }
  return json({ scenario: summary, published: true }, 201);
};
