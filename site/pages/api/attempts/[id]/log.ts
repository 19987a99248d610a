import type { APIRoute } from 'astro';
import { errorResponse } from '../../../../auth/http-errors.ts';
import { loadScenarioVersion } from '../../../../lib/scenarios.ts';
import { json } from '../../../../server/json.ts';
import { readableAttempt } from '../../../../server/readable-attempt.ts';

export const prerender = false;

/**
 * What replaying an attempt in the browser needs: the stored attempt, whose
 * it is, its command log, and the scenario at the attempt's version (the
 * engine replays the log on it, as the server did when it was submitted).
 */
export const GET: APIRoute = async ({ request, params }) => {
  const readable = await readableAttempt(request, params.id ?? '');
  if (!readable.ok) return errorResponse(readable.error);
  const { attempt, owner, store } = readable;
  const scenario = loadScenarioVersion(attempt.scenarioId, attempt.scenarioVersion);
  if (scenario === undefined)
    return errorResponse({ code: 'attempt.scenario-unknown', message: `Version ${attempt.scenarioVersion} of scenario ${attempt.scenarioId} is neither current nor archived on this server.` });
  const entries = (await store.attemptEntries(attempt.id)) ?? [];
  return json({ attempt, owner: { id: owner.id, name: owner.name }, entries, scenario });
};
