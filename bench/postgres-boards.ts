import { performance } from 'node:perf_hooks';
import pg from 'pg';
import type { Scenario } from '../engine/index.ts';
import { boardMetrics } from '../site/records/board-metrics.ts';
import { boardMinCommands } from '../site/records/board-rules.ts';
import { boardScopes } from '../site/records/board-ranking.ts';
import { storeBoard } from '../site/records/leaderboard.ts';
import { periodKinds } from '../site/records/periods.ts';
import { openPostgresStore } from '../site/records/postgres-store.ts';
import { trainees } from '../site/records/runs.ts';
import type { StoredAttempt, User } from '../site/records/schema.ts';
import type { RecordsStore } from '../site/records/store.ts';
import type { ThrowawayCluster } from '../tests/postgres-cluster.ts';
import { boardFigure, boardWindows, largeStoreTiming, medianMs } from './boards.ts';
import { notAvailable, round, type Figure } from './figures.ts';
import { measurePostgresReports } from './postgres-reports.ts';
import { streamRecords, type RecordsSize } from './records-data.ts';
import { addBenchAdmin, measureServerMemory } from './server-memory.ts';

/**
 * Boards and the dashboard on PostgreSQL as the company grows: the same
 * records generator as the in-memory boards (bench/boards.ts), loaded into
 * the bench's throwaway cluster (fsync on, as in production) at 10,000, 100,000 and
 * 1,000,000 attempts, then each asked what its API route asks. A board is
 * the route's whole work (leaderboard.ts storeBoard): the store's ranking
 * in SQL (board totals, postgres-boards.ts), the users and teams, the names.
 * The target is that a board stays under 50 ms and flat however many
 * attempts there are. Then the built server is started on each size and
 * asked for every board and page, for its memory (server-memory.ts).
 */

export const postgresSizes: readonly (RecordsSize & { readonly label: string })[] = [
  { label: '10k', users: 1_000, teams: 50, attempts: 10_000, days: 120 },
  { label: '100k', users: 1_000, teams: 50, attempts: 100_000, days: 120 },
  { label: '1M', users: 10_000, teams: 500, attempts: 1_000_000, days: 365 },
];


/** Attempts go in by thousands in one statement each, the triggers counting every one; the load is timed, not measured against a target. */
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
  // As after any bulk load (docs/operations.md): the triggers rewrote each person's totals hundreds of times, and a
  // server's autovacuum would have cleared the old rows long before a million attempts came in one at a time.
  await client.end();
  await store.settle();
  return performance.now() - started;
}

/** `cluster`: the bench's throwaway PostgreSQL, undefined when PostgreSQL is not installed. */
export async function measurePostgresBoards(root: string, cluster: ThrowawayCluster | undefined, scenarios: readonly Scenario[], seed: number, now: string): Promise<Figure[]> {
  if (cluster === undefined) return [notAvailable('postgres.boards', 'ms', 'PostgreSQL is not installed (apt-get install postgresql)')];
  const figures: Figure[] = [];
  for (const size of postgresSizes) {
    const url = await cluster.createDatabase(`bench_${size.label.toLowerCase()}`);
    const store = await openPostgresStore(url);
    try {
      const records = streamRecords(scenarios, seed, now, size);
      const loadMs = await load(url, store, records);
      figures.push(...(await measureOne(store, records.users, scenarios, now, size, loadMs)));
      await addBenchAdmin(store);
    } finally {
      await store.close();
    }
    figures.push(...(await measureServerMemory(root, `postgres.${size.label}`, { env: { RECORDS_URL: url } })));
  }
  return [...figures, ...flatness(figures)];
}

async function measureOne(store: RecordsStore, users: readonly User[], scenarios: readonly Scenario[], now: string, size: (typeof postgresSizes)[number], loadMs: number): Promise<Figure[]> {
  const viewer = trainees(users)[0];
  const prefix = `postgres.${size.label}`;
  const figures: Figure[] = [
    {
      name: `${prefix}.attempts`,
      value: size.attempts,
      unit: 'attempts',
      note: `${size.users.toLocaleString('en-US')} users in ${size.teams} teams over ${size.days} days; loaded in ${round(loadMs / 1000, 1)} s (${Math.round(size.attempts / (loadMs / 1000)).toLocaleString('en-US')} attempts/s through the triggers)`,
    },
  ];
  for (const scope of boardScopes) {
    for (const period of periodKinds) {
      const times = [];
      for (const metric of boardMetrics)
        for (const [window, shown] of Object.entries(boardWindows))
          times.push({ label: `${metric} ${window}`, ms: await medianMs(() => storeBoard(store, { scope, period, metric, now, viewer, minCommands: boardMinCommands, ...shown }), largeStoreTiming) });
      figures.push(boardFigure(`${prefix}.boards`, scope, period, times));
    }
  }
  figures.push(...(await measurePostgresReports(store, users, scenarios, now, size.label)));
  return figures;
}

/**
 * Whether the boards stay flat as attempts grow: each size's slowest board
 * over the smallest's. 100k has the people of 10k and ten times the
 * attempts; 1M has ten times the people too, and a board ranks every one.
 */
function flatness(figures: readonly Figure[]): Figure[] {
  const slowest = (label: string) => Math.max(...figures.filter((figure) => figure.name.startsWith(`postgres.${label}.boards.`)).map((figure) => figure.value ?? 0));
  const base = slowest(postgresSizes[0].label);
  return postgresSizes.slice(1).map(({ label, attempts, users }) => ({
    name: `postgres.boards.${label}Over${postgresSizes[0].label}`,
    value: round(slowest(label) / base, 2),
    unit: '×',
    note: `slowest board at ${attempts.toLocaleString('en-US')} attempts and ${users.toLocaleString('en-US')} users over the slowest at ${postgresSizes[0].attempts.toLocaleString('en-US')}`,
  }));
}
