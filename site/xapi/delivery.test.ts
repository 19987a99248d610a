import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { exampleAttempt } from '../records/examples.ts';
import { openLowdbStore } from '../records/lowdb-store.ts';
import { createMemoryStore } from '../records/memory-store.ts';
import type { StoredAttempt } from '../records/schema.ts';
import type { RecordsStore } from '../records/store.ts';
import { deliverPending, retryDelay, xapiDelivery, type DeliveryOptions } from './delivery.ts';
import { lrsClient } from './lrs-client.ts';
import { attemptStatements } from './statements.ts';
import { startTestLrs, type TestLrs } from './test-lrs.ts';

const origin = 'https://drill.example.com';
const title = { en: 'Master data basics', 'zh-CN': '主数据基础' };
let personName = 'Li Wei';
const statementsOf = (attempt: StoredAttempt) => attemptStatements({ attempt, person: { name: personName }, title, origin });
const at = (minute: number) => `2026-11-02T09:${String(minute).padStart(2, '0')}:00.000Z`;
/** Three attempts of 5, 3 and 4 statements: attempted, completed, passed, and two mistakes, none or one. */
const attempts = [
  exampleAttempt({ id: 'a1', submittedAt: at(1) }),
  exampleAttempt({ id: 'a2', submittedAt: at(2), mistakes: [] }),
  exampleAttempt({ id: 'a3', submittedAt: at(3), mistakes: exampleAttempt().mistakes.slice(1) }),
];
const statementCount = 5 + 3 + 4;

describe('xAPI delivery', () => {
  let lrs: TestLrs;
  let store: RecordsStore;
  let options: DeliveryOptions;
  let log: string[];

  beforeEach(async () => {
    personName = 'Li Wei';
    lrs = await startTestLrs();
    store = createMemoryStore();
    for (const attempt of attempts) await store.saveAttempt(attempt, []);
    log = [];
    options = { store, lrs: lrsClient(lrs), statementsFor: async (attempt) => statementsOf(attempt), batchSize: 2, log: (line) => log.push(line) };
  });
  afterEach(async () => {
    await store.close();
    await lrs.close();
  });

  it('sends each attempt’s statements once, in batches, and marks the attempts delivered', async () => {
    expect(await deliverPending(options)).toEqual({ ok: true, delivered: 3 });
    expect(lrs.answers).toEqual([200, 200]);
    expect([...lrs.statements.keys()]).toEqual(attempts.flatMap(statementsOf).map(({ id }) => id));
    expect(await store.xapiPending(10)).toEqual([]);

    expect(await deliverPending(options)).toEqual({ ok: true, delivered: 0 });
    expect(lrs.answers).toHaveLength(2);
  });

  it('marks nothing while the LRS is down, and sends everything once it is back', async () => {
    for (const state of ['unavailable', 'refusing'] as const) {
      await lrs.setState(state);
      expect(await deliverPending(options)).toMatchObject({ ok: false, delivered: 0 });
      expect(await store.xapiPending(10)).toEqual(attempts);
    }
    await lrs.setState('up');
    expect(await deliverPending(options)).toEqual({ ok: true, delivered: 3 });
    expect(lrs.statements.size).toBe(statementCount);
  });

  it('keeps the batches delivered before the LRS failed, and sends the rest later', async () => {
    const flaky = lrsClient(lrs);
    let sent = 0;
    const failingSecond = { send: async (...args: Parameters<typeof flaky.send>) => (++sent === 2 ? { ok: false as const, status: 502, reason: 'bad gateway' } : flaky.send(...args)) };
    expect(await deliverPending({ ...options, lrs: failingSecond })).toEqual({ ok: false, delivered: 2, reason: 'bad gateway' });
    expect((await store.xapiPending(10)).map(({ id }) => id)).toEqual(['a3']);
    expect(await deliverPending(options)).toEqual({ ok: true, delivered: 1 });
    expect(lrs.statements.size).toBe(statementCount);
  });

  it('sends a changed statement the LRS already holds one by one, keeping the LRS’s, and delivers the rest', async () => {
    await lrsClient(lrs).send(statementsOf(attempts[0]).slice(0, 1));
    personName = 'Li Wei (Shanghai)';
    expect(await deliverPending(options)).toEqual({ ok: true, delivered: 3 });
    expect(lrs.answers.slice(0, 3)).toEqual([200, 409, 409]);
    expect(lrs.statements.size).toBe(statementCount);
    expect(log).toEqual([expect.stringMatching(new RegExp(`^xAPI: the LRS keeps statement ${statementsOf(attempts[0])[0].id} as first sent`))]);
    expect(await store.xapiPending(10)).toEqual([]);
  });

  describe('across a crash between sending and marking', () => {
    let folder: string;
    beforeEach(async () => {
      folder = await mkdtemp(join(tmpdir(), 'crm-drill-xapi-'));
    });
    afterEach(async () => {
      await rm(folder, { recursive: true, force: true });
    });

    it('sends the same statements again with the same ids, and the LRS holds no duplicates', async () => {
      let onDisk = await openLowdbStore(folder);
      for (const attempt of attempts) await onDisk.saveAttempt(attempt, []);
      // The process dies after the LRS answered, before the marks reach the disk.
      const dying = { xapiPending: onDisk.xapiPending.bind(onDisk), markXapiDelivered: () => Promise.reject(new Error('killed')) };
      await expect(deliverPending({ ...options, store: dying })).rejects.toThrow('killed');
      expect(lrs.statements.size).toBe(5 + 3);
      await onDisk.close();

      onDisk = await openLowdbStore(folder);
      expect(await deliverPending({ ...options, store: onDisk })).toEqual({ ok: true, delivered: 3 });
      expect(lrs.answers).toEqual([200, 200, 200]);
      expect([...lrs.statements.keys()]).toEqual(attempts.flatMap(statementsOf).map(({ id }) => id));
      await onDisk.close();
      onDisk = await openLowdbStore(folder);
      expect(await onDisk.xapiPending(10)).toEqual([]);
      await onDisk.close();
    });
  });

  describe('the loop', () => {
    const backoff = { firstMs: 1_000, maxMs: 4_000 };
    const pollMs = 60_000;
    /** Every wait asked for; a retry's wait ends at once, a rest after everything was delivered lasts until a nudge or a stop. */
    let waits: number[];
    const sleep = async (ms: number, signal: AbortSignal) => {
      waits.push(ms);
      if (ms === pollMs) await new Promise((resolve) => signal.addEventListener('abort', resolve, { once: true }));
    };
    beforeEach(() => {
      waits = [];
    });

    it('retries a down LRS with growing waits, delivers once it is back, then goes at a nudge', async () => {
      await lrs.setState('refusing');
      const downFor = (failures: number) => async (ms: number, signal: AbortSignal) => {
        await sleep(ms, signal);
        if (waits.length === failures) await lrs.setState('up');
      };
      const delivery = xapiDelivery({ ...options, pollMs, backoff, random: () => 0.5, sleep: downFor(4) });
      delivery.start();
      await vi.waitFor(() => expect(waits).toEqual([750, 1_500, 3_000, 3_000, pollMs]));
      expect(lrs.statements.size).toBe(statementCount);
      expect(log.filter((line) => line.includes('trying again'))).toHaveLength(4);
      expect(log.at(-1)).toBe('xAPI: the LRS is taking statements again.');

      await store.saveAttempt(exampleAttempt({ id: 'a4', submittedAt: at(4) }), []);
      delivery.nudge();
      await vi.waitFor(() => expect(lrs.statements.size).toBe(statementCount + 5));
      await delivery.stop();
      expect(await store.xapiPending(10)).toEqual([]);
    });

    it('ends at stop while resting, and does not start again', async () => {
      const delivery = xapiDelivery({ ...options, pollMs, backoff, sleep });
      delivery.start();
      await vi.waitFor(() => expect(waits).toEqual([pollMs]));
      await delivery.stop();
      await store.saveAttempt(exampleAttempt({ id: 'a4', submittedAt: at(4) }), []);
      delivery.nudge();
      delivery.start();
      expect(waits).toEqual([pollMs]);
      expect((await store.xapiPending(10)).map(({ id }) => id)).toEqual(['a4']);
    });
  });
});

describe('retryDelay', () => {
  const backoff = { firstMs: 5_000, maxMs: 600_000 };
  it('doubles with each failure up to the cap, then keeps between half and all of it', () => {
    expect([1, 2, 3, 4].map((failures) => retryDelay(failures, () => 0.999_999, backoff))).toEqual([5_000, 10_000, 20_000, 40_000]);
    expect(retryDelay(1, () => 0, backoff)).toBe(2_500);
    expect(retryDelay(20, () => 0.999_999, backoff)).toBe(600_000);
    expect(retryDelay(20, () => 0, backoff)).toBe(300_000);
  });
});
