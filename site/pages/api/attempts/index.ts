import type { APIRoute } from 'astro';
import { guard } from '../../../auth/guard.ts';
import { errorResponse } from '../../../auth/http-errors.ts';
import { readJson } from '../../../auth/request-body.ts';
import { acceptAttempt } from '../../../records/accept-attempt.ts';
import { serverContext } from '../../../server/context.ts';
import { json } from '../../../server/json.ts';
import { scenarioSource } from '../../../server/scenario-source.ts';

export const prerender = false;

/** `{ id, record }`: 201 with the result the server's replay gave, or 200 with the stored one when the id was sent before. */
export const POST: APIRoute = async ({ request }) => {
  const { store, sessions, now } = await serverContext();
  const guarded = await guard({ sessions, users: store }, request, 'attempt.submit');
  if (!guarded.ok) return errorResponse(guarded.error);
  const body = await readJson(request);
  if (!body.ok) return errorResponse(body.error);
  const accepted = await acceptAttempt({ store, userId: guarded.user.id, body: body.value, now: now(), scenarioAt: scenarioSource(store).at });
  return accepted.ok ? json({ attempt: accepted.attempt }, accepted.created ? 201 : 200) : errorResponse(accepted.error);
};
