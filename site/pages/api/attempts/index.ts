import type { APIRoute } from 'astro';
import { mayReadAttempt } from '../../../auth/access.ts';
import { guard } from '../../../auth/guard.ts';
import { errorResponse } from '../../../auth/http-errors.ts';
import { readJson } from '../../../auth/request-body.ts';
import { acceptAttempt } from '../../../records/accept-attempt.ts';
import { serverContext } from '../../../server/context.ts';
import { json } from '../../../server/json.ts';
import { scenarioSource } from '../../../server/scenario-source.ts';

export const prerender = false;

/** The most attempts one answer lists: the newest. */
const attemptsListed = 100;

/**
 * `?[user=…][&scenario=…]`: the attempts the viewer may read (`mayReadAttempt`),
 * newest first, at most `attemptsListed`, and the people whose attempts they
 * are, to choose from.
 */
export const GET: APIRoute = async ({ request, url }) => {
  const { store, sessions } = await serverContext();
  const guarded = await guard({ sessions, users: store }, request, 'attempt.read');
  if (!guarded.ok) return errorResponse(guarded.error);
  const people = (await store.users()).filter((person) => mayReadAttempt(guarded.user, person));
  const user = url.searchParams.get('user') ?? undefined;
  if (user !== undefined && !people.some((person) => person.id === user))
    return errorResponse({ code: 'auth.forbidden', message: `The attempts of ${user} are not yours, nor a trainee's on a team you lead.`, field: 'user' });
  const scenarioId = url.searchParams.get('scenario') ?? undefined;
  const found = await store.attempts({ userIds: user === undefined ? people.map((person) => person.id) : [user], scenarioId });
  return json({
    attempts: found.slice(-attemptsListed).reverse(),
    people: people.map((person) => ({ id: person.id, name: person.name })),
  });
};

/** `{ id, record }`: 201 with the result the server's replay gave, or 200 with the stored one when the id was sent before. */
export const POST: APIRoute = async ({ request }) => {
  const { store, sessions, now, xapi } = await serverContext();
  const guarded = await guard({ sessions, users: store }, request, 'attempt.submit');
  if (!guarded.ok) return errorResponse(guarded.error);
  const body = await readJson(request);
  if (!body.ok) return errorResponse(body.error);
  const accepted = await acceptAttempt({ store, userId: guarded.user.id, body: body.value, now: now(), scenarioAt: scenarioSource(store).at });
  // Its statements go out now rather than at the next poll; the delivery would find them either way.
  if (accepted.ok && accepted.created) xapi?.nudge();
  return accepted.ok ? json({ attempt: accepted.attempt }, accepted.created ? 201 : 200) : errorResponse(accepted.error);
};
