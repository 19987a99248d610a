import { performance } from 'node:perf_hooks';
import pg from 'pg';
import type { Scenario } from '../engine/index.ts';
import { boardMetrics } from '../site/records/board-metrics.ts';
import { boardMinCommands } from '../site/records/board-rules.ts';
import { errorReport } from '../site/records/error-report.ts';
import { boardScopes } from '../site/records/board-ranking.ts';
import { storeBoard } from '../site/records/leaderboard.ts';
import { periodKinds } from '../site/records/periods.ts';
import { openPostgresStore } from '../site/records/postgres-store.ts';
import { trainees } from '../site/records/runs.ts';
import type { StoredAttempt, User } from '../site/records/schema.ts';
import type { RecordsStore } from '../site/records/store.ts';
import { reportRequest } from '../site/server/report-request.ts';
import type { ThrowawayCluster } from '../tests/postgres-cluster.ts';
import { boardFigure, boardQueryTargetMs, medianMs } from './boards.ts';
import { notAvailable, round, type Figure } from './figures.ts';
import { streamRecords, type RecordsSize } from './records-data.ts';

/**
 * Boards and the dashboard on PostgreSQL as the company grows: the same
 * records generator as the in-memory boards (bench/boards.ts), loaded into
 * the bench's throwaway cluster (fsync on, as in production) at 10,000, 100,000 and
 * 1,000,000 attempts, then each asked what its API route asks. A board is
 * the route's whole work (leaderboard.ts storeBoard): the users and teams, the store's `boardResults`
 * (board tables, postgres-boards.ts), the ranking. The target is that a
 * board stays under 50 ms and flat however many attempts there are.
 */

export const postgresSizes: readonly (RecordsSize & { readonly label: string })[] = [
  { label: '10k', users: 1_000, teams: 50, attempts: 10_000, days: 120 },
  { label: '100k', users: 1_000, teams: 50, attempts: 100_000, days: 120 },
  { label: '1M', users: 10_000, teams: 500, attempts: 1_000_000, days: 365 },
];

/** Fewer rounds than in memory: a million attempts take minutes to load, and each board a query. */
const timing = { warmups: 1, rounds: 7 };

/** Attempts go in by thousands in one statement each, the board tables' trigger counting every one; nothing of this is timed. */
async function load(url: string, store: RecordsStore, records: ReturnType<typeof streamRecords>): Promise<number> {
  for (const team of records.teams) await store.createTeam(team);
  await store.createUsers(records.users);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const insert = (batch: StoredAttempt[]) =>
    client.query(
      `INSERT INTO attempts (id, user_id, scenario_id, submitted_at, record)
       SELECT r->>'id', r->>'userId', r->>'scenarioId', (r->>'submittedAt')::timestamptz, r FROM jsonb_array_elements($1::jsonb) r`,
      [JSON.stringify(batch)],
    );
  const started = performance.now();
  let batch: StoredAttempt[] = [];
  for (const attempt of records.attempts) {
    batch.push(attempt);
    if (batch.length === 5_000) {
      await insert(batch);
      batch = [];
    }
  }
  if (batch.length > 0) await insert(batch);
  await client.query('ANALYZE');
  await client.end();
  return performance.now() - started;
}

/** `cluster`: the bench's throwaway PostgreSQL, undefined when PostgreSQL is not installed. */
export async function measurePostgresBoards(cluster: ThrowawayCluster | undefined, scenarios: readonly Scenario[], seed: number, now: string): Promise<Figure[]> {
  if (cluster === undefined) return [notAvailable('postgres.boards', 'ms', 'PostgreSQL is not installed (apt-get install postgresql)')];
  const figures: Figure[] = [];
  for (const size of postgresSizes) {
    const url = await cluster.createDatabase(`bench_${size.label.toLowerCase()}`);
    const store = await openPostgresStore(url);
    try {
      const records = streamRecords(scenarios, seed, now, size);
      const loadMs = await load(url, store, records);
      figures.push(...(await measureOne(store, records.users, now, size, loadMs)));
    } finally {
      await store.close();
    }
  }
  return figures;
}

async function measureOne(store: RecordsStore, users: readonly User[], now: string, size: (typeof postgresSizes)[number], loadMs: number): Promise<Figure[]> {
  const viewer = trainees(users)[0];
  const target = { atMost: boardQueryTargetMs };
  const prefix = `postgres.${size.label}`;
  const figures: Figure[] = [
    {
      name: `${prefix}.attempts`,
      value: size.attempts,
      unit: 'attempts',
      note: `${size.users.toLocaleString('en-US')} users in ${size.teams} teams over ${size.days} days; loaded in ${round(loadMs / 1000, 1)} s (${Math.round(size.attempts / (loadMs / 1000)).toLocaleString('en-US')} attempts/s through the board trigger)`,
    },
  ];

  for (const scope of boardScopes) {
    for (const period of periodKinds) {
      const times = [];
      for (const metric of boardMetrics)
        times.push({ metric, ms: await medianMs(() => storeBoard(store, { scope, period, metric, now, viewer, minCommands: boardMinCommands, neighbours: 3 }), timing) });
      figures.push(boardFigure(`${prefix}.boards`, scope, period, times));
    }
  }

  const lead = users.find((user) => user.role === 'lead')!;
  const admin: User = { ...lead, id: 'bench-admin', role: 'admin', teamIds: [] };
  for (const [who, viewerOfReport] of [
    ['lead', lead],
    ['admin', admin],
  ] as const) {
    const ms = await medianMs(async () => {
      const asked = await reportRequest(new URL('http://bench/api/reports/errors?period=month&bucket=day'), viewerOfReport, store, new Date(now));
      if (!asked.ok) throw new Error(asked.error.message);
      return errorReport(asked.input);
    }, timing);
    figures.push({
      name: `${prefix}.dashboard.${who}MonthMs`,
      value: round(ms, 1),
      unit: 'ms',
      ...(who === 'lead' ? { target } : {}),
      note: who === 'lead' ? "a lead's team, this month, by day" : 'every team, this month, by day: every attempt of the month is read',
    });
  }
  const { rss, heapUsed } = process.memoryUsage();
  figures.push({ name: `${prefix}.benchRssMb`, value: round(rss / 2 ** 20, 0), unit: 'MB', note: `the bench process after the queries (heap ${round(heapUsed / 2 ** 20, 0)} MB): the store holds nothing, PostgreSQL does` });
  return figures;
}
