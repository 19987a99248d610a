import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { createDatabase } from '../../tests/postgres-cluster.ts';
import { describeRecordsStore, expectRefusal } from './contract.ts';
import { exampleAttempt, exampleEntries, exampleTeam, exampleUser } from './examples.ts';
import { boardMetrics } from './board-metrics.ts';
import { boardScopes, rankingOf } from './board-ranking.ts';
import { migrate, postgresMigrations } from './postgres-migrations.ts';
import { bucketSizes, periodKinds } from './periods.ts';
import { reportCompany } from './contract-reports.ts';
import { errorReport, storeErrorReport } from './error-report.ts';
import { retrainingStreaks, type RetrainingStreak } from './needs-retraining.ts';
import { reportOperators } from './report-scope.ts';
import { uniqueRuns } from './runs.ts';
import type { StoredAttempt } from './schema.ts';
import { seededRandom } from '../../engine/random.ts';
import { openPostgresStore } from './postgres-store.ts';
import type { RecordsStore } from './store.ts';

const cluster = inject('postgresUrl');
/** A database of its own for each test, on the run's throwaway cluster (tests/postgres-setup.ts). */
const freshDatabase = () => createDatabase(cluster!, `records_${randomUUID().replaceAll('-', '')}`);

describe.skipIf(cluster === undefined)('PostgreSQL', () => {
  describeRecordsStore('PostgreSQL', async () => {
    const url = await freshDatabase();
    let store = await openPostgresStore(url, { poolSize: 4 });
    return {
      store,
      async reopen() {
        store = await openPostgresStore(url, { poolSize: 4 });
        return store;
      },
      cleanup: () => store.close(),
    };
  });

  describe('the PostgreSQL store', () => {
    let url: string;
    const open: RecordsStore[] = [];
    const openStore = async () => {
      const store = await openPostgresStore(url, { poolSize: 4 });
      open.push(store);
      return store;
    };
    beforeEach(async () => {
      url = await freshDatabase();
    });
    afterEach(async () => {
      await Promise.all(open.splice(0).map((store) => store.close()));
    });

    it('migrates a new database once, however many servers open it at the same moment', async () => {
      const stores = await Promise.all([openStore(), openStore(), openStore()]);
      await stores[0].createTeam(exampleTeam());
      expect(await stores[2].teams()).toEqual([exampleTeam()]);
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      const { rows } = await client.query('SELECT version, name FROM schema_migrations ORDER BY version');
      await client.end();
      expect(rows).toEqual(postgresMigrations.map(({ version, name }) => ({ version, name })));
    });

    it('settles after a bulk load: every table vacuumed and analysed, nothing changed', async () => {
      const store = await openStore();
      await store.createUser(exampleUser());
      await store.saveAttempt(exampleAttempt(), []);
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      const unvacuumed = "SELECT relname FROM pg_stat_user_tables WHERE relname IN ('attempts', 'board_all_totals', 'report_days') AND (last_vacuum IS NULL OR last_analyze IS NULL) ORDER BY relname";
      expect((await client.query(unvacuumed)).rows.map((row) => row.relname)).toEqual(['attempts', 'board_all_totals', 'report_days']);
      await store.settle();
      expect((await client.query(unvacuumed)).rows).toEqual([]);
      await client.end();
      expect(await store.attempts()).toEqual([exampleAttempt()]);
    });

    it('refuses a database a newer CRM Drill migrated, changing nothing', async () => {
      const store = await openStore();
      await store.createTeam(exampleTeam());
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query("INSERT INTO schema_migrations (version, name) VALUES (999, 'from the future')");
      await client.end();
      const refusal = await expectRefusal(openPostgresStore(url), 'newer-schema', 'schemaVersion');
      expect(refusal.message).toContain('schema version 999');
      expect(await store.teams()).toEqual([exampleTeam()]);
    });

    it('lets two servers on one database race for the same username and attempt: one wins, the other is told', async () => {
      const [first, second] = await Promise.all([openStore(), openStore()]);
      const outcomes = await Promise.allSettled([
        first.createUser(exampleUser({ id: 'u1', username: 'li.wei' })),
        second.createUser(exampleUser({ id: 'u2', username: 'LI.WEI' })),
      ]);
      expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(['fulfilled', 'rejected']);
      expect((await first.users()).length).toBe(1);
      // Each server keeps the list of users; a change made through the other is seen at once.
      const [winner] = await second.users();
      await first.updateUser(winner.id, { name: 'Renamed' });
      await first.createUser(exampleUser({ id: 'u3', username: 'zhang.min' }));
      expect((await second.users()).map((user) => user.name)).toEqual(['Renamed', exampleUser().name]);

      const saves = await Promise.all([
        first.saveAttempt(exampleAttempt({ id: 'a1', score: 40 }), exampleEntries(2)),
        second.saveAttempt(exampleAttempt({ id: 'a1', score: 90 }), exampleEntries(7)),
      ]);
      expect(saves.map(({ created }) => created).sort()).toEqual([false, true]);
      expect(saves[0].attempt).toEqual(saves[1].attempt);
      expect(await second.attempts()).toEqual([saves[0].attempt]);
      expect((await first.attemptEntries('a1'))?.length).toBe(saves[0].attempt.score === 40 ? 2 : 7);
    });

    it.each([
      ['before the board tables existed', 1],
      ['before the period totals existed', 5],
      ['while the version lists were kept in the totals', 9],
    ])('counts the attempts kept %s, when it migrates', async (_when, steps) => {
      const pool = new pg.Pool({ connectionString: url });
      await migrate(pool, postgresMigrations.filter((migration) => migration.version <= steps));
      const random = seededRandom(7);
      const people = ['p1', 'p2', 'p3', 'p4'];
      const attempts = Array.from({ length: 60 }, (_, index) =>
        exampleAttempt({ id: `m${index}`, userId: random.pick(people), submittedAt: new Date(Date.parse('2026-09-01T00:00:00Z') + random.int(0, 90 * 24) * 3_600_000).toISOString(), score: random.pick([50, 80, 100]) }),
      );
      for (const attempt of random.shuffle(attempts))
        await pool.query('INSERT INTO attempts (id, user_id, scenario_id, submitted_at, record) VALUES ($1, $2, $3, $4, $5)', [attempt.id, attempt.userId, attempt.scenarioId, attempt.submittedAt, attempt]);
      await pool.end();
      const store = await openStore();
      await store.createTeam(exampleTeam({ id: 't1' }));
      await store.createUsers(people.map((id, index) => exampleUser({ id, username: id, teamIds: index < 3 ? ['t1'] : [] })));
      const records = { attempts: await store.attempts(), users: await store.users(), teams: await store.teams() };
      for (const period of periodKinds)
        for (const metric of boardMetrics)
          for (const scope of boardScopes) {
            const query = { scope, metric, period, now: '2026-11-20T00:00:00.000Z', minCommands: 0, viewer: { id: 'p1', teamIds: ['t1'] } };
            expect(await store.boardRanking(query)).toEqual(rankingOf(records, query));
          }
    });

    it.each([
      ['the report tables', 5],
      ['the attempt codes', 8],
    ])('sums and finds streaks in the attempts kept before %s existed, and in those a statement adds many at once', async (_tables, steps) => {
      const pool = new pg.Pool({ connectionString: url });
      await migrate(pool, postgresMigrations.filter((step) => step.version <= steps));
      const { users, attempts } = reportCompany(11);
      const teams = [exampleTeam({ id: 'north' }), exampleTeam({ id: 'south' })];
      for (const team of teams) await pool.query('INSERT INTO teams (id, record) VALUES ($1, $2)', [team.id, team]);
      for (const user of users) await pool.query('INSERT INTO users (id, username, role, team_ids, record) VALUES ($1, $2, $3, $4, $5)', [user.id, user.username, user.role, user.teamIds, user]);
      const insert = (batch: readonly StoredAttempt[]) =>
        pool.query(
          `INSERT INTO attempts (id, user_id, scenario_id, submitted_at, record)
           SELECT r->>'id', r->>'userId', r->>'scenarioId', (r->>'submittedAt')::timestamptz, r FROM jsonb_array_elements($1::jsonb) r`,
          [JSON.stringify(batch)],
        );
      await insert(attempts.slice(0, 120));
      const store = await openStore();
      await insert(attempts.slice(120));
      await pool.end();
      for (const period of periodKinds)
        for (const bucket of bucketSizes) {
          const question = { users, teams, now: '2026-11-20T00:00:00.000Z', filters: { period, teamIds: ['north'] }, bucket };
          expect(await storeErrorReport(store, question)).toEqual(errorReport({ ...question, attempts: await store.attempts() }));
        }
      const trainees = new Set(reportOperators(users, undefined).map((user) => user.id));
      const runs = uniqueRuns(await store.attempts()).filter((run) => trainees.has(run.userId));
      const watches = [{ scenarioId: 'lead-to-cash', code: 'validation.format' as const }];
      for (const inARow of [1, 3]) {
        const query = { from: '2026-01-01T00:00:00.000Z', to: '2027-01-01T00:00:00.000Z', watches, threshold: 0.1, minCommands: 0, inARow };
        const byPair = (streaks: readonly RetrainingStreak[]) => [...streaks].sort((a, b) => (a.userId < b.userId ? -1 : a.userId > b.userId ? 1 : a.code < b.code ? -1 : 1));
        const reference = byPair(retrainingStreaks(runs, query));
        expect(reference.length).toBeGreaterThan(0);
        expect(byPair(await store.retrainingStreaks(query))).toEqual(reference);
      }
    });

    it('refuses a URL it cannot reach with the reason, without hanging', async () => {
      const closed = new URL(url);
      closed.port = '1';
      await expect(openPostgresStore(closed.href)).rejects.toThrow(/ECONNREFUSED/);
    });
  });
});
