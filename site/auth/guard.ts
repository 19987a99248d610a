import type { User } from '../records/schema.ts';
import type { RecordsStore } from '../records/store.ts';
import { allowedCallers, mayCall, type Operation } from './access.ts';
import { checkCsrfToken, checkOrigin, isStateChanging } from './csrf.ts';
import type { ApiError } from './http-errors.ts';
import { readSessionToken, type Session, type Sessions } from './sessions.ts';

/**
 * What every signed-in route asks first, in this order: for a state-changing
 * request, the Origin (403); a live session (401); for a state-changing
 * request, the session's CSRF token (403); the person still on record (401);
 * their role allowed the operation (403). Record rules (access.ts) come
 * after, in the route, once it has the record.
 */
export interface GuardDependencies {
  readonly sessions: Pick<Sessions, 'get' | 'destroy'>;
  readonly users: Pick<RecordsStore, 'user'>;
}

export type Guarded = { readonly ok: true; readonly user: User; readonly session: Session } | { readonly ok: false; readonly error: ApiError };

const signInFirst: ApiError = { code: 'auth.required', message: 'Sign in first: there is no session, or it has ended.' };

export async function guard(dependencies: GuardDependencies, request: Request, operation: Operation): Promise<Guarded> {
  const { sessions, users } = dependencies;
  const changes = isStateChanging(request.method);
  const crossSite = changes ? checkOrigin(request) : undefined;
  if (crossSite !== undefined) return { ok: false, error: crossSite };

  const token = readSessionToken(request);
  const session = token === undefined ? undefined : sessions.get(token);
  if (token === undefined || session === undefined) return { ok: false, error: signInFirst };
  const forged = changes ? checkCsrfToken(request, session) : undefined;
  if (forged !== undefined) return { ok: false, error: forged };

  const user = await users.user(session.userId);
  if (user === undefined) {
    // The person was removed while signed in: the session goes with them.
    sessions.destroy(token);
    return { ok: false, error: signInFirst };
  }
  if (!mayCall(user, operation)) {
    const allowed = allowedCallers[operation].join(', ');
    return { ok: false, error: { code: 'auth.forbidden', message: `The ${user.role} role may not ${operation}; it is for: ${allowed}.` } };
  }
  return { ok: true, user, session };
}
