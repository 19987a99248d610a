import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Scenario } from '../engine/index.ts';
import { hashPassword } from '../site/auth/password.ts';
import { boardMetrics } from '../site/records/board-metrics.ts';
import { boardScopes } from '../site/records/board-ranking.ts';
import { openLowdbStore } from '../site/records/lowdb-store.ts';
import { periodKinds } from '../site/records/periods.ts';
import type { RecordsStore } from '../site/records/store.ts';
import { getJson, signIn } from './api-client.ts';
import { medianMs } from './boards.ts';
import { notBuilt, startBuiltServer, type BuiltServerOptions } from './built-server.ts';
import { notAvailable, round, type Figure } from './figures.ts';
import { generateRecords } from './records-data.ts';

/**
 * The built server's memory over a company's records: started on them
 * (its records folder, or `RECORDS_URL`), asked for what its people look at
 * — every board, first page and around a viewer, the dashboard of every
 * team this month and all time, the lessons wanted — then measured from
 * Linux's /proc: resident now, and at its peak. A store that read every
 * attempt into memory for a page would show here, whatever its speed.
 */

const benchAdmin = { id: 'bench-admin', username: 'bench-admin', password: 'bench-admin-password' };

/** Adds the admin the bench signs in as (a real password hash, as the server checks it). */
export async function addBenchAdmin(store: RecordsStore): Promise<void> {
  const hashed = await hashPassword(benchAdmin.password);
  if (!hashed.ok) throw new Error(hashed.refusal.message);
  await store.createUser({ id: benchAdmin.id, username: benchAdmin.username, name: 'Bench admin', role: 'admin', teamIds: [], passwordHash: hashed.hash, createdAt: '2025-01-01T00:00:00.000Z' });
}

/** Resident memory now and at its peak, MB, from /proc; undefined where there is none. */
function processMemory(pid: number | undefined): { rssMb: number; peakMb: number } | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]);
    return { rssMb: round(kb('VmRSS') / 1024, 0), peakMb: round(kb('VmHWM') / 1024, 0) };
  } catch {
    return undefined;
  }
}

/** `prefix`: the figures' names (`postgres.1M`); the records must hold the bench admin (addBenchAdmin). */
export async function measureServerMemory(root: string, prefix: string, records: BuiltServerOptions): Promise<Figure[]> {
  const unbuilt = notBuilt(root);
  if (unbuilt !== undefined) return [notAvailable(`${prefix}.serverPeakMb`, 'MB', unbuilt)];
  const server = await startBuiltServer(root, records);
  try {
    const session = await signIn(server.origin, benchAdmin.username, benchAdmin.password);
    const boards = boardScopes.flatMap((scope) => periodKinds.flatMap((period) => boardMetrics.map((metric) => `/api/leaderboards?scope=${scope}&period=${period}&metric=${metric}`)));
    let next = 0;
    // Each call the next board, around and by page in turn: the median is of the route's whole work, over HTTP.
    const boardMs = await medianMs(() => getJson(session, `${boards[next % boards.length]}${next++ % 2 === 0 ? '' : '&neighbours=3'}`), { warmups: 0, rounds: boards.length * 2 });
    const pages = ['/api/reports/errors?period=month&bucket=day', '/api/reports/errors?period=all&bucket=week', '/api/reports/lessons-wanted'];
    const pageMs = [];
    for (const page of pages) pageMs.push(await medianMs(() => getJson(session, page), { warmups: 0, rounds: 3 }));
    const memory = processMemory(server.process.pid);
    if (memory === undefined) return [notAvailable(`${prefix}.serverPeakMb`, 'MB', 'no /proc on this system')];
    return [
      { name: `${prefix}.server.boardMs`, value: round(boardMs, 1), unit: 'ms', note: `median of ${boards.length * 2} boards over HTTP, as the admin: the route's whole work: session, ranking, names, JSON` },
      {
        name: `${prefix}.server.pagesMs`,
        value: round(Math.max(...pageMs), 1),
        unit: 'ms',
        note: `slowest of every team's dashboard this month ${round(pageMs[0], 0)}, all time ${round(pageMs[1], 0)}, lessons wanted ${round(pageMs[2], 0)}`,
      },
      { name: `${prefix}.server.rssMb`, value: memory.rssMb, unit: 'MB', note: 'resident after the boards and pages' },
      { name: `${prefix}.server.peakMb`, value: memory.peakMb, unit: 'MB', note: 'resident at its peak, from start to the last page' },
    ];
  } finally {
    await server.stop();
  }
}

/** The embedded store's server over the in-memory boards' company (bench/boards.ts): a lowdb folder of its records. */
export async function measureLowdbServer(root: string, scenarios: readonly Scenario[], seed: number, now: string): Promise<Figure[]> {
  const { users, teams, attempts } = generateRecords(scenarios, seed, now);
  const folder = await mkdtemp(join(tmpdir(), 'crm-drill-bench-lowdb-'));
  try {
    const store = await openLowdbStore(folder);
    for (const team of teams) await store.createTeam(team);
    await store.createUsers(users);
    // Saved in hundreds at once: the store commits what arrives together in one write.
    for (let at = 0; at < attempts.length; at += 500) await Promise.all(attempts.slice(at, at + 500).map((attempt) => store.saveAttempt(attempt, [])));
    await addBenchAdmin(store);
    await store.close();
    return await measureServerMemory(root, `lowdb.${attempts.length / 1000}k`, { data: folder });
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
