import { setTimeout as sleepFor } from 'node:timers/promises';
import type { StoredAttempt } from '../records/schema.ts';
import type { RecordsStore } from '../records/store.ts';
import type { LrsClient } from './lrs-client.ts';
import type { Statement } from './statements.ts';

/**
 * Delivery of attempts' statements to the LRS, which nothing loses: the
 * store knows which attempts are not delivered yet (`xapiPending`), and an
 * attempt is marked delivered only after the LRS has taken all its
 * statements. A crash between the two sends them again with the same ids,
 * which the LRS recognises. An LRS that is down is tried again later, ever
 * less often (exponential backoff with jitter, capped), until it is back;
 * so is one that refuses a batch for another reason (wrong credentials, a
 * statement it will not take), the log saying why: nothing is dropped, and
 * the attempts after it wait until the cause is put right.
 *
 * The loop polls, so statements go out even if nobody nudges it; a nudge
 * (a new attempt accepted) only makes it go sooner.
 */

export interface DeliveryOptions {
  readonly store: Pick<RecordsStore, 'xapiPending' | 'markXapiDelivered'>;
  readonly lrs: LrsClient;
  /** An attempt's statements (statements.ts), with its person and scenario title looked up. */
  readonly statementsFor: (attempt: StoredAttempt) => Promise<Statement[]>;
  /** Attempts sent in one request; 10 unless told. */
  readonly batchSize?: number;
  /** How long the loop rests once everything is delivered; a minute unless told. */
  readonly pollMs?: number;
  readonly backoff?: Backoff;
  /** Jitter for the backoff, from 0 (inclusive) to 1. */
  readonly random?: () => number;
  /** Waits `ms`, or less when `signal` aborts. */
  readonly sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  readonly log?: (line: string) => void;
}

export interface Backoff {
  /** The wait after the first failure. */
  readonly firstMs: number;
  /** The longest wait, however many failures. */
  readonly maxMs: number;
}

const defaultBackoff: Backoff = { firstMs: 5_000, maxMs: 10 * 60_000 };

export type PassOutcome = { readonly ok: true; readonly delivered: number } | { readonly ok: false; readonly delivered: number; readonly reason: string };

/**
 * Sends every pending attempt, a batch at a time, until none is left, the
 * LRS fails, or `signal` aborts. An LRS answering 409 to a batch already
 * holds one of its statement ids with other content (a name or a title
 * changed since it was first sent): statements are immutable in xAPI, so
 * each statement is sent alone, and one the LRS already holds counts as
 * delivered.
 */
export async function deliverPending(
  { store, lrs, statementsFor, batchSize = 10, log = () => {} }: DeliveryOptions,
  signal: AbortSignal = new AbortController().signal,
): Promise<PassOutcome> {
  let delivered = 0;
  while (!signal.aborted) {
    const attempts = await store.xapiPending(batchSize);
    if (attempts.length === 0) break;
    const statements = (await Promise.all(attempts.map(statementsFor))).flat();
    let answer = await lrs.send(statements, signal);
    if (!answer.ok && answer.status === 409) answer = await sendOneByOne(lrs, statements, signal, log);
    if (!answer.ok) return { ok: false, delivered, reason: answer.reason };
    await store.markXapiDelivered(attempts.map(({ id }) => id));
    delivered += attempts.length;
  }
  return { ok: true, delivered };
}

async function sendOneByOne(lrs: LrsClient, statements: readonly Statement[], signal: AbortSignal, log: (line: string) => void) {
  for (const statement of statements) {
    const answer = await lrs.send([statement], signal);
    if (answer.ok) continue;
    if (answer.status !== 409) return answer;
    log(`xAPI: the LRS keeps statement ${statement.id} as first sent (${answer.reason}); it stays as it is.`);
  }
  return { ok: true } as const;
}

/** The wait after `failures` failures in a row: doubling from `firstMs` up to `maxMs`, then between half and all of it at random, so servers do not retry in step. */
export function retryDelay(failures: number, random: () => number, { firstMs, maxMs }: Backoff = defaultBackoff): number {
  const ceiling = Math.min(maxMs, firstMs * 2 ** (failures - 1));
  return Math.round(ceiling * (0.5 + random() / 2));
}

export interface XapiDelivery {
  /** Starts the loop; once is enough. */
  start(): void;
  /** Something is pending: deliver soon rather than at the next poll. Never cuts a backoff short. */
  nudge(): void;
  /** Abandons a request under way (its attempts stay pending) and ends the loop. */
  stop(): Promise<void>;
}

export function xapiDelivery(options: DeliveryOptions): XapiDelivery {
  const { pollMs = 60_000, backoff = defaultBackoff, random = Math.random, log = () => {} } = options;
  const sleep = options.sleep ?? ((ms, signal) => sleepFor(ms, undefined, { signal, ref: false }).catch(() => {}));
  const stopping = new AbortController();
  let running: Promise<void> | undefined;
  let nudged = false;
  /** Set while the loop rests after a pass that delivered everything: a nudge ends that rest. */
  let resting: AbortController | undefined;

  async function loop(): Promise<void> {
    let failures = 0;
    while (!stopping.signal.aborted) {
      nudged = false;
      const outcome = await deliverPending(options, stopping.signal).catch((error: unknown): PassOutcome => ({ ok: false, delivered: 0, reason: String(error) }));
      if (stopping.signal.aborted) break;
      if (outcome.ok) {
        if (failures > 0) log(`xAPI: the LRS is taking statements again.`);
        failures = 0;
        if (nudged) continue;
        resting = new AbortController();
        await sleep(pollMs, AbortSignal.any([resting.signal, stopping.signal]));
        resting = undefined;
      } else {
        failures += 1;
        const wait = retryDelay(failures, random, backoff);
        log(`xAPI: ${outcome.reason}. The statements wait in the records store; trying again in ${Math.round(wait / 1000)} s.`);
        await sleep(wait, stopping.signal);
      }
    }
  }

  return {
    start() {
      running ??= loop();
    },
    nudge() {
      nudged = true;
      resting?.abort();
    },
    async stop() {
      stopping.abort();
      await running;
    },
  };
}
