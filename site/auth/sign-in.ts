import type { User } from '../records/schema.ts';
import type { RecordsStore } from '../records/store.ts';
import { checkOrigin } from './csrf.ts';
import type { ApiError } from './http-errors.ts';
import { verifyPassword } from './password.ts';
import type { RateLimiter } from './rate-limit.ts';
import { readJson, type BodyOutcome } from './request-body.ts';
import { readSessionToken, sessionCookie, type Session, type Sessions } from './sessions.ts';

/**
 * POST /api/session, `{ username, password }`: the Origin check (login CSRF),
 * the body under its cap, both rate limits, the password, then a fresh
 * session. An unknown username and a wrong password get the same answer in
 * about the same time: an unknown username is checked against a dummy hash
 * of the same cost, and both count against the limits.
 *
 * Failures are recorded before the password is checked, not after: a hash
 * takes a few hundred milliseconds, and fifty guesses sent at once would
 * otherwise all pass the check before the first failure was counted.
 */

export interface SignInDependencies {
  readonly users: Pick<RecordsStore, 'userByUsername'>;
  readonly sessions: Pick<Sessions, 'create' | 'destroy'>;
  /** Failed sign-ins per username (known or not) and per client address; see signInPolicies. */
  readonly limits: { readonly account: RateLimiter; readonly address: RateLimiter };
  /** Checked when the username is unknown; tests give a cheap one, the site keeps the default at the production cost. */
  readonly dummyHash?: string;
}

export type SignInOutcome =
  | { readonly ok: true; readonly user: User; readonly token: string; readonly session: Session }
  | { readonly ok: false; readonly error: ApiError };

/** A hash at the production cost of a random password nobody was told. */
export const productionDummyHash = 'scrypt$17$8$1$4JfCpDCda91wUqEndYIa6g$mWFUlDX2Vdknb5Pw4QrO0C0cOqsV6z5Ce6MCfCVZTeA';

const failed: ApiError = { code: 'auth.sign-in-failed', message: 'The username or the password is not right.' };

function invalid(field: 'username' | 'password', message: string): { readonly ok: false; readonly error: ApiError } {
  return { ok: false, error: { code: 'request.invalid', message, field } };
}

/** `{ username, password }`, the username trimmed and lower-cased as the store compares it. */
function credentialsOf(body: unknown): BodyOutcome<{ readonly username: string; readonly password: string }> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return invalid('username', 'Expected a JSON object { "username": …, "password": … }.');
  const { username, password } = body as Record<string, unknown>;
  if (typeof username !== 'string' || username.trim() === '') return invalid('username', 'The username is missing; expected a non-empty string.');
  if (username.length > 64) return invalid('username', `The username has ${username.length} characters; at most 64 are accepted.`);
  if (typeof password !== 'string') return invalid('password', 'The password is missing; expected a string.');
  return { ok: true, value: { username: username.trim().toLowerCase(), password } };
}

export async function signIn(dependencies: SignInDependencies, request: Request, clientAddress: string): Promise<SignInOutcome> {
  const { users, sessions, limits, dummyHash = productionDummyHash } = dependencies;
  const crossSite = checkOrigin(request);
  if (crossSite !== undefined) return { ok: false, error: crossSite };
  const body = await readJson(request);
  if (!body.ok) return body;
  const credentials = credentialsOf(body.value);
  if (!credentials.ok) return credentials;
  const { username, password } = credentials.value;

  const decisions = [limits.account.check(username), limits.address.check(clientAddress)];
  const waits = decisions.flatMap((decision) => (decision.allowed ? [] : [decision.retryAfterSeconds]));
  if (waits.length > 0) {
    const retryAfterSeconds = Math.max(...waits);
    const minutes = Math.ceil(retryAfterSeconds / 60);
    return { ok: false, error: { code: 'rate-limited', message: `Too many failed sign-ins; try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`, retryAfterSeconds } };
  }
  limits.account.hit(username);
  limits.address.hit(clientAddress);

  const user = await users.userByUsername(username);
  const verdict = await verifyPassword(password, user?.passwordHash ?? dummyHash);
  if (!verdict.ok) {
    // Refused before any hashing (empty or over-long): not a guess, so not counted.
    limits.account.refund(username);
    limits.address.refund(clientAddress);
    return invalid('password', verdict.refusal.message);
  }
  if (user === undefined || !verdict.matches) return { ok: false, error: failed };

  limits.account.reset(username);
  limits.address.refund(clientAddress);
  // A new session every time, and the one the browser came with ended: a session id planted before sign-in is worth nothing after it.
  const previous = readSessionToken(request);
  if (previous !== undefined) sessions.destroy(previous);
  const { token, session } = sessions.create(user.id);
  return { ok: true, user, token, session };
}

/** A person as the browser may see them: never the password hash. */
export function publicUser(user: User): Omit<User, 'passwordHash' | 'createdAt'> {
  const { id, username, name, displayName, role, teamIds } = user;
  return displayName === undefined ? { id, username, name, role, teamIds } : { id, username, name, displayName, role, teamIds };
}

/** 200 `{ user, csrfToken }` with the session cookie: the page keeps the CSRF token to send in X-CSRF-Token. */
export function signedInResponse(request: Request, signedIn: Extract<SignInOutcome, { ok: true }>, now: number): Response {
  const { user, token, session } = signedIn;
  const headers = new Headers({
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'Set-Cookie': sessionCookie(request, token, (session.expiresAt - now) / 1000),
  });
  return new Response(JSON.stringify({ user: publicUser(user), csrfToken: session.csrfToken }), { status: 200, headers });
}
