import { createRateLimiter, signInPolicies, type RateLimiter } from '../auth/rate-limit.ts';
import { createSessions, type Sessions } from '../auth/sessions.ts';
import { openRecordsStore } from '../records/open-store.ts';
import type { RecordsStore } from '../records/store.ts';

/**
 * What the on-demand routes share for the server's life: the records store
 * (open-store.ts: lowdb holds its folder's lock; PostgreSQL keeps a pool), the signed-in sessions
 * and the sign-in limits. Opened on first use, never while the site builds.
 *
 * `site/serve.ts` opens it before listening (so a locked or corrupt data
 * folder stops the server at once, with its message) and the routes, built
 * into another module graph by Astro, reach the same one: it is kept under a
 * process-wide symbol rather than in a module variable.
 */
export interface ServerContext {
  readonly store: RecordsStore;
  readonly sessions: Sessions;
  readonly signInLimits: { readonly account: RateLimiter; readonly address: RateLimiter };
  readonly now: () => Date;
}

const key = Symbol.for('crm-drill.server-context');
const holder = globalThis as typeof globalThis & { [key]?: Promise<ServerContext> };

/** Puts a context in place before the first request: the API tests' memory store and hand-set clock. */
export function provideServerContext(context: ServerContext): void {
  holder[key] = Promise.resolve(context);
}

export function serverContext(): Promise<ServerContext> {
  holder[key] ??= openContext();
  return holder[key];
}

async function openContext(): Promise<ServerContext> {
  const now = () => new Date();
  const clock = { now: () => Date.now() };
  return {
    store: await openRecordsStore(),
    sessions: createSessions(clock),
    signInLimits: { account: createRateLimiter(signInPolicies.account, clock), address: createRateLimiter(signInPolicies.address, clock) },
    now,
  };
}
