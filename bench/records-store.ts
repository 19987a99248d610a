import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { exampleAttempt, exampleEntries, exampleTeam, exampleUser } from '../site/records/examples.ts';
import { openLowdbStore } from '../site/records/lowdb-store.ts';
import type { RecordsStore } from '../site/records/store.ts';
import { round, type Figure } from './figures.ts';

/** A leaderboard or dashboard reads its attempts within this, milliseconds. */
export const recordsQueryTargetMs = 50;
/** p99 of a submission's store write with 20 clients submitting at once, milliseconds. */
export const recordsSaveTargetMs = 250;

export interface RecordsBenchSize {
  readonly users: number;
  /** Attempts in the store when it is full. */
  readonly attempts: number;
  /** Saves timed one after another, then the same number by `clients` at once. */
  readonly saves: number;
  readonly clients: number;
}

export const companySize: RecordsBenchSize = { users: 1_000, attempts: 10_000, saves: 1_000, clients: 20 };

/**
 * The embedded store (lowdb) on a temporary folder on this machine's disk,
 * with a company's records: teams of 20, attempts spread over a year, each
 * with a summary and a 24-entry log like a real one. Measures saves one at a
 * time and from concurrent clients (each durable: log and document
 * fsync'd), the size of the document and logs when full, reopening them,
 * and reading attempts back as a leaderboard or dashboard does.
 */
export async function measureRecordsStore(size: RecordsBenchSize = companySize): Promise<Figure[]> {
  const folder = await mkdtemp(join(tmpdir(), 'crm-drill-bench-records-'));
  try {
    let store = await openLowdbStore(folder);
    const userIds = await seedPeople(store, size.users);
    let saved = 0;
    const nextAttempt = (): Promise<unknown> => {
      const n = saved++;
      return store.saveAttempt(
        exampleAttempt({ id: `a-${n}`, userId: userIds[n % userIds.length], submittedAt: new Date(yearStart + (n * year) / size.attempts).toISOString() }),
        exampleEntries(),
      );
    };

    const sequential = await timeSaves(nextAttempt, size.saves, 1);
    const concurrent = await timeSaves(nextAttempt, size.saves, size.clients);
    while (saved < size.attempts) await Promise.all(Array.from({ length: Math.min(500, size.attempts - saved) }, nextAttempt));
    const fullSequential = await timeSaves(nextAttempt, size.clients, 1);
    const fullConcurrent = await timeSaves(nextAttempt, size.clients * 10, size.clients);
    await store.close();

    const documentBytes = (await stat(join(folder, 'records.json'))).size;
    const logBytes = await folderBytes(join(folder, 'logs'));
    const reopenMs = median(
      await repeat(3, async () => {
        const started = performance.now();
        const reopened = await openLowdbStore(folder);
        const elapsed = performance.now() - started;
        await reopened.close();
        return elapsed;
      }),
    );

    store = await openLowdbStore(folder);
    const team = userIds.slice(0, 20);
    const lastMonth = { from: new Date(yearStart + year - year / 12).toISOString() };
    const allMs = median(await repeat(20, () => timed(() => store.attempts())));
    const teamMs = median(await repeat(20, () => timed(() => store.attempts({ userIds: team }))));
    const monthMs = median(await repeat(20, () => timed(() => store.attempts(lastMonth))));
    const count = (await store.attempts()).length;
    await store.close();

    const full = `${count.toLocaleString('en-US')} attempts, ${size.users.toLocaleString('en-US')} users`;
    const ms = (value: number) => round(value, 1);
    return [
      { name: 'recordsStore.saveMs.p50', value: ms(percentile(sequential, 0.5)), unit: 'ms', note: `one at a time, ${size.saves.toLocaleString('en-US')} saves into an empty store` },
      { name: 'recordsStore.saveMs.p99', value: ms(percentile(sequential, 0.99)), unit: 'ms', note: 'the same saves' },
      { name: `recordsStore.save${size.clients}ClientsMs.p50`, value: ms(percentile(concurrent, 0.5)), unit: 'ms', note: `${size.saves.toLocaleString('en-US')} saves by ${size.clients} clients at once, after those` },
      { name: `recordsStore.save${size.clients}ClientsMs.p99`, value: ms(percentile(concurrent, 0.99)), unit: 'ms', target: { atMost: recordsSaveTargetMs }, note: 'the same saves' },
      { name: 'recordsStore.fullSaveMs.p50', value: ms(percentile(fullSequential, 0.5)), unit: 'ms', note: `one at a time, into the full store (${full})` },
      { name: `recordsStore.fullSave${size.clients}ClientsMs.p99`, value: ms(percentile(fullConcurrent, 0.99)), unit: 'ms', target: { atMost: recordsSaveTargetMs }, note: `${size.clients} clients at once, into the full store` },
      { name: `recordsStore.fullSave${size.clients}ClientsPerSecond`, value: round(fullConcurrent.length / (fullConcurrent.wallMs / 1000), 0), unit: 'saves/s', note: 'the same saves' },
      { name: 'recordsStore.documentMB', value: round(documentBytes / 1e6, 2), unit: 'MB', note: `records.json with ${full}` },
      { name: 'recordsStore.logsMB', value: round(logBytes / 1e6, 2), unit: 'MB', note: 'logs/, one line per attempt' },
      { name: 'recordsStore.reopenMs', value: ms(reopenMs), unit: 'ms', note: 'open the full store: lock, read and check the document, scan the logs' },
      { name: 'recordsStore.attemptsMs', value: round(allMs, 2), unit: 'ms', target: { atMost: recordsQueryTargetMs }, note: `attempts(), all ${count.toLocaleString('en-US')}` },
      { name: 'recordsStore.teamAttemptsMs', value: round(teamMs, 2), unit: 'ms', target: { atMost: recordsQueryTargetMs }, note: "attempts() of a team's 20 people" },
      { name: 'recordsStore.monthAttemptsMs', value: round(monthMs, 2), unit: 'ms', target: { atMost: recordsQueryTargetMs }, note: 'attempts() of the last month' },
    ];
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

const yearStart = Date.UTC(2026, 0, 1);
const year = 365 * 24 * 3_600_000;

/** Teams of 20 and their trainees, created concurrently as an import would; answers the users' ids. */
async function seedPeople(store: RecordsStore, users: number): Promise<string[]> {
  const teamIds = Array.from({ length: Math.ceil(users / 20) }, (_, index) => `team-${index}`);
  await Promise.all(teamIds.map((id, index) => store.createTeam(exampleTeam({ id, name: `Team ${index}` }))));
  const userIds = Array.from({ length: users }, (_, index) => `u-${index}`);
  await Promise.all(userIds.map((id, index) => store.createUser(exampleUser({ id, username: `trainee.${index}`, teamIds: [teamIds[Math.floor(index / 20)]] }))));
  return userIds;
}

/** Each save's milliseconds, sorted, with the wall time of all of them: `total` saves by `clients` clients, each saving one after another. */
async function timeSaves(save: () => Promise<unknown>, total: number, clients: number): Promise<number[] & { wallMs: number }> {
  const times: number[] = [];
  let started = 0;
  const client = async () => {
    while (started < total) {
      started += 1;
      times.push(await timed(save));
    }
  };
  const wallStart = performance.now();
  await Promise.all(Array.from({ length: clients }, client));
  return Object.assign(times.sort((a, b) => a - b), { wallMs: performance.now() - wallStart });
}

async function timed(action: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await action();
  return performance.now() - started;
}

async function repeat(times: number, run: () => Promise<number>): Promise<number[]> {
  const results: number[] = [];
  for (let index = 0; index < times; index++) results.push(await run());
  return results;
}

/** The value below which `share` of the sorted values lie. */
function percentile(sorted: readonly number[], share: number): number {
  return sorted[Math.max(0, Math.ceil(share * sorted.length) - 1)];
}

function median(values: readonly number[]): number {
  return percentile([...values].sort((a, b) => a - b), 0.5);
}

async function folderBytes(folder: string): Promise<number> {
  const sizes = await Promise.all((await readdir(folder)).map(async (name) => (await stat(join(folder, name))).size));
  return sizes.reduce((sum, bytes) => sum + bytes, 0);
}
