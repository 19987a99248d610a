import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { post, signIn } from '../../bench/api-client.ts';
import { notBuilt, startBuiltServer, type BuiltServerOptions } from '../../bench/built-server.ts';
import { submissionBodies } from '../../bench/submission-bodies.ts';
import { seededRandom } from '../../engine/random.ts';
import { createPasswordHasher } from '../../site/auth/password.ts';
import { loadScenario } from '../../site/lib/scenarios.ts';
import { defaultDemoPassword, seedDemoCompany } from '../../site/records/demo/seed.ts';
import type { RecordsStore } from '../../site/records/store.ts';
import { submitUntilKilled } from './submit-until-killed.ts';

/**
 * The built server, SIGKILLed in the middle of a load of submissions and
 * restarted on the same records, again and again, for each store: every
 * attempt it acknowledged (201) must be there afterwards with its command
 * log, none twice, and a retry of one must be answered as already kept
 * (200). The kill's moment is drawn from CRASH_SEED, so a failing run can be
 * replayed; CRASH_RUNS sets how many kills (100). Each store's test file
 * calls `describeKilledServer`; the files run side by side, a core each.
 */

const root = fileURLToPath(new URL('../..', import.meta.url));
const runs = Number(process.env.CRASH_RUNS ?? 100);
const seed = Number(process.env.CRASH_SEED ?? 20_261_123);
const clients = 8;
const idPrefix = 'crash-server-';
const scenario = loadScenario('master-data-basics')!;
const body = submissionBodies({ scenario, seed, commands: 50, variants: 4, idPrefix });
const entriesOf = (n: number) => (JSON.parse(body(n)) as { record: { entries: unknown[] } }).record.entries;

/** One company's records, as the server is pointed at them and as this process opens them. */
export interface Records {
  readonly server: BuiltServerOptions;
  open(): Promise<RecordsStore>;
  remove(): Promise<void>;
}

async function withStore<T>(records: Records, use: (store: RecordsStore) => Promise<T>): Promise<T> {
  const store = await records.open();
  try {
    return await use(store);
  } finally {
    await store.close();
  }
}

/** The suite for the store `makeRecords` makes new records in. */
export function describeKilledServer(name: string, makeRecords: () => Promise<Records>): void {
  describe.skipIf(notBuilt(root) !== undefined)(`the built server on ${name}, killed mid-load and restarted`, () => {
    let records: Records;
    let trainees: string[];
    /** Every submission sent so far is numbered below `sent`; those a server answered 201 or 200 are acknowledged. */
    let sent = 0;
    const acknowledged = new Set<number>();

    beforeAll(async () => {
      records = await makeRecords();
      // The demo company the server would seed, but with passwords hashed cheaply: a production hash per sign-in, three after each of a hundred restarts, would be most of the time.
      trainees = await withStore(records, async (store) => {
        await seedDemoCompany(store, { now: new Date(), hash: createPasswordHasher({ log2N: 10, r: 8, p: 1 }) });
        return (await store.users({ role: 'trainee' })).slice(0, 3).map((user) => user.username);
      });
    }, 60_000);
    afterAll(() => records?.remove());

    it(`is killed ${runs} times, restarts each time on records that open, and answers a retry of what it acknowledged as already kept`, { timeout: 600_000 }, async () => {
      const random = seededRandom(seed);
      const starts: number[] = [];
      /** Retries of unanswered submissions that found them kept: the kill fell between the store's write and the answer. */
      let keptUnanswered = 0;
      const began = performance.now();
      /** What the last server acknowledged, and what it was sent but never answered. */
      let previous = { acknowledged: [] as number[], unanswered: [] as number[] };

      for (let run = 0; run <= runs; run++) {
        const where = `${name}, run ${run} of seed ${seed}`;
        const starting = performance.now();
        const server = await startBuiltServer(root, records.server);
        starts.push(performance.now() - starting);
        try {
          const sessions = await Promise.all(trainees.map((username) => signIn(server.origin, username, defaultDemoPassword)));
          const submit = (n: number) => post(sessions[n % sessions.length], '/api/attempts', body(n));
          const answerTo = async (n: number) => {
            const response = await submit(n);
            return { status: response.status, id: ((await response.json()) as { attempt?: { id: string } }).attempt?.id };
          };

          // Sent again as a browser retries: what was acknowledged is already kept (200); what was never answered may or may not be (200 or 201), and is acknowledged now.
          const retried = await Promise.all(previous.acknowledged.map(answerTo));
          expect(retried, `${where}: retries of acknowledged attempts`).toEqual(previous.acknowledged.map((n) => ({ status: 200, id: `${idPrefix}${n}` })));
          for (const [index, answer] of (await Promise.all(previous.unanswered.map(answerTo))).entries()) {
            const n = previous.unanswered[index];
            expect([200, 201], `${where}: retry of unanswered attempt ${idPrefix}${n}`).toContain(answer.status);
            if (answer.status === 200) keptUnanswered += 1;
            acknowledged.add(n);
          }
          if (run === runs) break;

          const plan = { afterAcknowledged: random.int(0, 12), thenMs: random.int(0, 40) };
          const load = await submitUntilKilled(server, { submit, next: () => sent++, clients, plan });
          expect(load.refused, `${where}: refused submissions`).toEqual([]);
          expect(server.process.signalCode, `${where}: the server stopped before the kill`).toBe('SIGKILL');
          for (const n of load.acknowledged) acknowledged.add(n);
          previous = load;

          // Before the next start: the records open (a lowdb document the kill cut short would not), with this run's acknowledged attempts in them.
          const missing = await withStore(records, async (store) => {
            const found = await Promise.all(load.acknowledged.map((n) => store.attempt(`${idPrefix}${n}`)));
            return load.acknowledged.filter((_, index) => found[index] === undefined);
          });
          expect(missing, `${where}: acknowledged attempts missing after the kill (plan ${JSON.stringify(plan)})`).toEqual([]);
        } finally {
          await server.stop();
        }
      }

      const seconds = (performance.now() - began) / 1000;
      const meanStart = starts.reduce((sum, ms) => sum + ms, 0) / starts.length;
      console.log(`${name}: ${runs} kills in ${seconds.toFixed(1)} s (${((seconds * 1000) / (runs + 1)).toFixed(0)} ms a run; server start ${meanStart.toFixed(0)} ms on average, at most ${Math.max(...starts).toFixed(0)} ms); ${sent} attempts sent, ${acknowledged.size} acknowledged, ${keptUnanswered} of them kept by a server killed before it answered`);
      // Everything sent was answered in the end, at the latest by the retry after the next start.
      expect(acknowledged.size).toBe(sent);
      expect(sent).toBeGreaterThan(runs);
    });

    it('keeps every acknowledged attempt with its command log, each once, and nothing it was not sent', { timeout: 120_000 }, async () => {
      await withStore(records, async (store) => {
        const ids = (await store.attempts()).map((attempt) => attempt.id).filter((id) => id.startsWith(idPrefix));
        expect(ids.length - new Set(ids).size, 'attempts stored twice').toBe(0);
        expect(ids.filter((id) => !(Number(id.slice(idPrefix.length)) < sent)), 'attempts nobody sent').toEqual([]);
        expect(ids).toHaveLength(acknowledged.size);
        for (const n of acknowledged) expect(await store.attemptEntries(`${idPrefix}${n}`), `the log of ${idPrefix}${n}`).toEqual(entriesOf(n));
      });
    });
  });
}
