import type { APIRoute } from 'astro';
import { mayReadAttempt } from '../../../auth/access.ts';
import { guard } from '../../../auth/guard.ts';
import { errorResponse } from '../../../auth/http-errors.ts';
import { serverContext } from '../../../server/context.ts';
import { json } from '../../../server/json.ts';

export const prerender = false;

/** One stored attempt: its owner's, their leads', or an admin's to read. */
export const GET: APIRoute = async ({ request, params }) => {
  const { store, sessions } = await serverContext();
  const guarded = await guard({ sessions, users: store }, request, 'attempt.read');
  if (!guarded.ok) return errorResponse(guarded.error);
  const attempt = await store.attempt(params.id ?? '');
  if (attempt === undefined) return errorResponse({ code: 'not-found', message: `There is no attempt ${params.id}.`, field: 'id' });
  const owner = await store.user(attempt.userId);
  if (owner === undefined || !mayReadAttempt(guarded.user, owner))
    return errorResponse({ code: 'auth.forbidden', message: `Attempt ${attempt.id} is not yours, nor a trainee's on a team you lead.` });
  return json({ attempt });
};
