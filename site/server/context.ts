import { createRateLimiter, signInPolicies, type RateLimiter } from '../auth/rate-limit.ts';
import { createSessions, type Sessions } from '../auth/sessions.ts';
import { openRecordsStore } from '../records/open-store.ts';
import type { RecordsStore } from '../records/store.ts';
import type { XapiDelivery } from '../xapi/delivery.ts';
import { serverXapiDelivery } from '../xapi/server-delivery.ts';
import { xapiSetting } from '../xapi/xapi-config.ts';

/**
 * What the on-demand routes share for the server's life: the records store
 * (open-store.ts: lowdb holds its folder's lock; PostgreSQL keeps a pool),
 * the signed-in sessions, the sign-in limits and, when configured, the xAPI delivery. Opened on first use, never while the site builds.
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
  /** Sends attempts' statements to the company's Learning Record Store when XAPI_ENDPOINT is set (site/xapi/); serve.ts starts it. */
  readonly xapi?: XapiDelivery;
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
  // Checked before the store is opened: a half-set configuration stops the server before it takes the data folder.
  const xapi = xapiSetting();
  if (xapi.state === 'invalid') throw new Error(xapi.message);
  const store = await openRecordsStore();
  const now = () => new Date();
  const clock = { now: () => Date.now() };
  return {
    store,
    sessions: createSessions(clock),
    signInLimits: { account: createRateLimiter(signInPolicies.account, clock), address: createRateLimiter(signInPolicies.address, clock) },
    now,
    xapi: xapi.state === 'on' ? serverXapiDelivery(store, xapi.config, (line) => console.error(line)) : undefined,
  };
}
