import type { APIContext } from 'astro';
import { expect } from 'vitest';
import { createPasswordHasher } from '../auth/password.ts';
import { createRateLimiter, signInPolicies } from '../auth/rate-limit.ts';
import { createSessions } from '../auth/sessions.ts';
import * as session from '../pages/api/session.ts';
import { createMemoryStore } from '../records/memory-store.ts';
import type { PlatformRole, User } from '../records/schema.ts';
import type { RecordsStore } from '../records/store.ts';
import { provideServerContext } from './context.ts';

/**
 * What the API tests share: a memory store behind the server context, people
 * to sign in as, and the routes called as the server calls them, with the
 * site's own origin.
 */

export const origin = 'http://crm-drill.test';
export const password = 'drill-demo-password';
export const now = new Date('2026-11-23T08:00:00Z');
const hash = createPasswordHasher({ log2N: 10, r: 8, p: 1 });

/** A fresh memory store, put in place for the routes. Call in `beforeEach`. */
export function freshStore(): RecordsStore {
  const store = createMemoryStore();
  const clock = { now: () => now.getTime() };
  provideServerContext({
    store,
    sessions: createSessions(clock),
    signInLimits: { account: createRateLimiter(signInPolicies.account, clock), address: createRateLimiter(signInPolicies.address, clock) },
    now: () => now,
  });
  return store;
}

/** A person who signs in with `password`; their real name is "<id> (real)". */
export async function addPerson(store: RecordsStore, id: string, role: PlatformRole, teamIds: string[], displayName?: string): Promise<User> {
  const outcome = await hash(password);
  if (!outcome.ok) throw new Error(outcome.refusal.message);
  return store.createUser({ id, username: id, name: `${id} (real)`, displayName, role, teamIds, passwordHash: outcome.hash, createdAt: now.toISOString() });
}

type Route = (context: APIContext) => Response | Promise<Response>;

export function call(route: Route, path: string, init: RequestInit & { params?: Record<string, string> } = {}): Promise<Response> {
  const url = new URL(path, origin);
  const request = new Request(url, init);
  return Promise.resolve(route({ request, url, params: init.params ?? {}, clientAddress: '10.0.0.7' } as unknown as APIContext));
}

/** Signs in and gives the headers later calls need: the session cookie, the same origin, the CSRF token. */
export async function signedIn(username: string): Promise<Headers> {
  const response = await call(session.POST, '/api/session', { method: 'POST', headers: { Origin: origin, 'Content-Type': 'application/json' }, body: JSON.stringify({ username, password }) });
  expect(response.status).toBe(200);
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  const cookie = response.headers.get('Set-Cookie')!.split(';')[0];
  return new Headers({ Cookie: cookie, Origin: origin, 'X-CSRF-Token': csrfToken, 'Content-Type': 'application/json' });
}

/** A refusal's status with its `error` body, for one `toMatchObject`. */
export async function errorOf(response: Response) {
  return { status: response.status, ...((await response.json()) as { error: { code: string; field?: string } }).error };
}
