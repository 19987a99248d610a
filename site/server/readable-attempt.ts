import { mayReadAttempt } from '../auth/access.ts';
import { guard } from '../auth/guard.ts';
import type { ApiError } from '../auth/http-errors.ts';
import type { StoredAttempt, User } from '../records/schema.ts';
import type { RecordsStore } from '../records/store.ts';
import { serverContext } from './context.ts';

export type ReadableAttempt =
  | { readonly ok: true; readonly attempt: StoredAttempt; readonly owner: User; readonly store: RecordsStore }
  | { readonly ok: false; readonly error: ApiError };

/**
 * One stored attempt, if the signed-in viewer may read it (operation
 * `attempt.read`, then `mayReadAttempt`): what GET /api/attempts/:id and its
 * log both ask first.
 */
export async function readableAttempt(request: Request, id: string): Promise<ReadableAttempt> {
  const { store, sessions } = await serverContext();
  const guarded = await guard({ sessions, users: store }, request, 'attempt.read');
  if (!guarded.ok) return guarded;
  const attempt = await store.attempt(id);
  if (attempt === undefined) return { ok: false, error: { code: 'not-found', message: `There is no attempt ${id}.`, field: 'id' } };
  const owner = await store.user(attempt.userId);
  if (owner === undefined || !mayReadAttempt(guarded.user, owner))
    return { ok: false, error: { code: 'auth.forbidden', message: `Attempt ${attempt.id} is not yours, nor a trainee's on a team you lead.` } };
  return { ok: true, attempt, owner, store };
}
