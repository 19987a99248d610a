import pg from 'pg';
import type { AttemptEntry } from '../../engine/scenario/record.ts';
import type { BoardRankingQuery, Ranking } from './board-ranking.ts';
import { postgresBoardRanking } from './postgres-boards.ts';
import { deepFreeze } from './deep-freeze.ts';
import { migrate } from './postgres-migrations.ts';
import type { LessonTalliesQuery, LessonTally } from './lessons-wanted.ts';
import { postgresLessonTallies } from './postgres-lesson-tallies.ts';
import { postgresReportRows } from './postgres-report-rows.ts';
import { postgresReportTallies } from './postgres-report-tallies.ts';
import { postgresRetrainingStreaks } from './postgres-retraining-streaks.ts';
import type { RetrainingStreak, RetrainingStreaksQuery } from './needs-retraining.ts';
import { refusals } from './refusals.ts';
import type { ReportRow, ReportRowsQuery } from './report-rows.ts';
import type { ReportTallies, ReportTalliesQuery } from './report-tallies.ts';
import {
  attemptQuerySchema,
  deliveredSchema,
  lessonTalliesQuerySchema,
  lessonVersionSchema,
  pendingQuerySchema,
  rankingWindowSchema,
  publishedScenarioSchema,
  reportRowsQuerySchema,
  reportTalliesQuerySchema,
  retrainingStreaksQuerySchema,
  storedAttemptSchema,
  teamSchema,
  userSchema,
  type LessonVersion,
  type PublishedScenario,
  type StoredAttempt,
  type Team,
  type User,
} from './schema.ts';
import { StoreError, type AttemptQuery, type RecordsStore } from './store.ts';
import { parseEntries, parseInput } from './validate.ts';

export interface PostgresOptions {
  /** Connections the pool keeps at most (`RECORDS_POOL_SIZE`, 10 when unset). */
  readonly poolSize?: number;
}

/**
 * The store for a company that has outgrown one JSON file, and for several
 * servers sharing one company: `RECORDS_URL=postgres://…`. Opening it
 * applies the schema's migrations (postgres-migrations.ts); every write is
 * one transaction, so a promise that resolves means committed, and one that
 * rejects changed nothing. Uniqueness is the database's: two servers racing
 * for one username or attempt id cannot both win.
 */
export async function openPostgresStore(url: string, options: PostgresOptions = {}): Promise<RecordsStore> {
  const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 10 });
  // An idle connection the server drops (a restart, a fail-over) is replaced on the next query; unhandled, its error would stop the process.
  pool.on('error', () => undefined);
  try {
    await migrate(pool);
  } catch (error) {
    await pool.end();
    throw error;
  }
  return new PostgresStore(pool);
}

/** What PostgreSQL calls a broken unique constraint. */
const uniqueViolation = '23505';

type Queryable = Pick<pg.PoolClient, 'query'>;

class PostgresStore implements RecordsStore {
  readonly #pool: pg.Pool;
  readonly #pending = new Set<Promise<unknown>>();
  /** Every user, as of the users' change counter: boards and reports read them all on every view. Frozen, so readers share them. */
  #users: { readonly stamp: string; readonly list: readonly User[] } | undefined;
  #closing: Promise<void> | undefined;

  constructor(pool: pg.Pool) {
    this.#pool = pool;
  }

  saveAttempt(input: StoredAttempt, entries: readonly AttemptEntry[]): Promise<{ created: boolean; attempt: StoredAttempt }> {
    return this.#run(async () => {
      const attempt = parseInput(storedAttemptSchema, input, 'attempt');
      const log = parseEntries(entries);
      const created = await this.#transaction(async (client) => {
        // A second save of the id waits here for the first to commit, then inserts nothing.
        const inserted = await client.query(
          'INSERT INTO attempts (id, user_id, scenario_id, submitted_at, record) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (id) DO NOTHING',
          [attempt.id, attempt.userId, attempt.scenarioId, attempt.submittedAt, attempt],
        );
        if (inserted.rowCount === 0) return false;
        await client.query('INSERT INTO attempt_entries (attempt_id, entries) VALUES ($1, $2)', [attempt.id, JSON.stringify(log)]);
        return true;
      });
      if (created) return { created, attempt };
      const stored = await this.#attempt(this.#pool, attempt.id);
      if (stored === undefined) throw new StoreError('corrupt', `attempt "${attempt.id}" was refused as already kept, but is not there`);
      return { created, attempt: stored };
    });
  }

  attempt(id: string): Promise<StoredAttempt | undefined> {
    return this.#run(() => this.#attempt(this.#pool, id));
  }

  attemptEntries(id: string): Promise<AttemptEntry[] | undefined> {
    return this.#run(async () => {
      const { rows } = await this.#pool.query<{ entries: AttemptEntry[] }>('SELECT entries FROM attempt_entries WHERE attempt_id = $1', [id]);
      return rows[0]?.entries;
    });
  }

  attempts(input: AttemptQuery = {}): Promise<StoredAttempt[]> {
    return this.#run(async () => {
      const query = parseInput(attemptQuerySchema, input, 'query');
      const { rows } = await this.#pool.query<{ record: StoredAttempt }>(
        `SELECT record FROM attempts
          WHERE ($1::text[] IS NULL OR user_id = ANY($1))
            AND ($2::text IS NULL OR scenario_id = $2)
            AND ($3::timestamptz IS NULL OR submitted_at >= $3)
            AND ($4::timestamptz IS NULL OR submitted_at < $4)
          ORDER BY submitted_at, seq`,
        [query.userIds ?? null, query.scenarioId ?? null, query.from ?? null, query.to ?? null],
      );
      return rows.map((row) => row.record);
    });
  }

  boardRanking(query: BoardRankingQuery): Promise<Ranking> {
    return this.#run(async () => postgresBoardRanking(this.#pool, { ...query, ...parseInput(rankingWindowSchema, query, 'query') }));
  }

  reportTallies(query: ReportTalliesQuery): Promise<ReportTallies> {
    return this.#run(async () => {
      const checked = parseInput(reportTalliesQuerySchema, query, 'query');
      return this.#transaction((client) => postgresReportTallies(client, checked));
    });
  }

  /** Each page a transaction of its own through `#run`: a closed store refuses the next one, and `close` waits for the one under way. */
  async *reportRows(query: ReportRowsQuery): AsyncGenerator<ReportRow[]> {
    const checked = parseInput(reportRowsQuerySchema, query, 'query');
    yield* postgresReportRows((work) => this.#run(() => this.#transaction(work)), checked);
  }

  lessonTallies(query: LessonTalliesQuery): Promise<LessonTally[]> {
    return this.#run(() => postgresLessonTallies(this.#pool, parseInput(lessonTalliesQuerySchema, query, 'query')));
  }

  retrainingStreaks(query: RetrainingStreaksQuery): Promise<RetrainingStreak[]> {
    return this.#run(async () => postgresRetrainingStreaks(this.#pool, parseInput(retrainingStreaksQuerySchema, query, 'query')));
  }

  xapiPending(limit: number): Promise<StoredAttempt[]> {
    return this.#run(async () => {
      const query = parseInput(pendingQuerySchema, { limit }, 'query');
      return this.#records<StoredAttempt>('SELECT record FROM attempts WHERE xapi_delivered_at IS NULL ORDER BY submitted_at, seq LIMIT $1', [query.limit]);
    });
  }

  markXapiDelivered(attemptIds: readonly string[]): Promise<void> {
    return this.#run(async () => {
      const { attemptIds: ids } = parseInput(deliveredSchema, { attemptIds }, 'delivered');
      await this.#transaction(async (client) => {
        const { rows } = await client.query<{ id: string }>('UPDATE attempts SET xapi_delivered_at = coalesce(xapi_delivered_at, now()) WHERE id = ANY($1) RETURNING id', [ids]);
        const marked = new Set(rows.map((row) => row.id));
        const unknown = ids.find((id) => !marked.has(id));
        if (unknown !== undefined) throw refusals.noSuchDeliveredAttempt(unknown);
      });
    });
  }

  createTeam(input: Team): Promise<Team> {
    return this.#run(async () => {
      const team = parseInput(teamSchema, input, 'team');
      const { rowCount } = await this.#pool.query('INSERT INTO teams (id, record) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING', [team.id, team]);
      if (rowCount === 0) throw refusals.teamIdTaken(team.id);
      return team;
    });
  }

  teams(): Promise<Team[]> {
    return this.#run(() => this.#records<Team>('SELECT record FROM teams ORDER BY seq'));
  }

  createUser(input: User): Promise<User> {
    return this.#run(async () => {
      const user = parseInput(userSchema, input, 'user');
      return this.#transaction(async (client) => {
        await this.#checkUser(client, user);
        await this.#insertUsers(client, [user]);
        return user;
      });
    });
  }

  createUsers(inputs: readonly User[]): Promise<User[]> {
    return this.#run(async () => {
      const users = inputs.map((input, index) => parseInput(userSchema, input, `users.${index}`));
      return this.#transaction(async (client) => {
        const ids = new Set<string>();
        const usernames = new Set<string>();
        for (const user of users) {
          if (usernames.has(user.username)) throw refusals.usernameTwice(user.username);
          if (ids.has(user.id)) throw refusals.userIdTaken(user.id);
          await this.#checkUser(client, user);
          ids.add(user.id);
          usernames.add(user.username);
        }
        await this.#insertUsers(client, users);
        return users;
      });
    });
  }

  updateUser(id: string, change: Partial<Omit<User, 'id'>>): Promise<User> {
    return this.#run(() =>
      this.#transaction(async (client) => {
        const { rows } = await client.query<{ record: User }>('SELECT record FROM users WHERE id = $1 FOR UPDATE', [id]);
        if (rows.length === 0) throw refusals.noSuchUser(id);
        const user = parseInput(userSchema, { ...rows[0].record, ...change, id }, 'user');
        await this.#checkUser(client, user, id);
        await this.#uniquely(
          () => client.query('UPDATE users SET username = $2, role = $3, team_ids = $4, record = $5 WHERE id = $1', [id, user.username, user.role, user.teamIds, user]),
          user,
        );
        return user;
      }),
    );
  }

  user(id: string): Promise<User | undefined> {
    return this.#run(async () => (await this.#records<User>('SELECT record FROM users WHERE id = $1', [id]))[0]);
  }

  userByUsername(username: string): Promise<User | undefined> {
    return this.#run(async () => (await this.#records<User>('SELECT record FROM users WHERE username = $1', [username.trim().toLowerCase()]))[0]);
  }

  users(query: { teamId?: string; role?: User['role'] } = {}): Promise<User[]> {
    return this.#run(async () => {
      const { rows } = await this.#pool.query<{ value: string }>("SELECT value FROM change_counters WHERE name = 'users'");
      if (this.#users?.stamp !== rows[0].value) {
        // Read after the number: a change in between makes the list newer than its number, and the next call reads it again.
        this.#users = { stamp: rows[0].value, list: (await this.#records<User>('SELECT record FROM users ORDER BY seq')).map(deepFreeze) };
      }
      return this.#users.list.filter((user) => (query.teamId === undefined || user.teamIds.includes(query.teamId)) && (query.role === undefined || user.role === query.role));
    });
  }

  saveLesson(input: LessonVersion): Promise<LessonVersion> {
    return this.#run(async () => {
      const lesson = parseInput(lessonVersionSchema, input, 'lesson');
      const latest = async () => {
        const { rows } = await this.#pool.query<{ version: number }>('SELECT coalesce(max(version), 0) AS version FROM lessons WHERE lesson_id = $1 AND locale = $2', [
          lesson.lessonId,
          lesson.locale,
        ]);
        return rows[0].version;
      };
      const before = await latest();
      if (lesson.version !== before + 1) throw refusals.lessonNotNext(lesson, before);
      try {
        await this.#pool.query('INSERT INTO lessons (lesson_id, locale, version, record) VALUES ($1, $2, $3, $4)', [lesson.lessonId, lesson.locale, lesson.version, lesson]);
      } catch (error) {
        // Someone saved this version between the check and the insert.
        if (isUniqueViolation(error)) throw refusals.lessonNotNext(lesson, await latest());
        throw error;
      }
      return lesson;
    });
  }

  lessons(query: { lessonId?: string; locale?: LessonVersion['locale'] } = {}): Promise<LessonVersion[]> {
    return this.#run(() =>
      this.#records<LessonVersion>('SELECT record FROM lessons WHERE ($1::text IS NULL OR lesson_id = $1) AND ($2::text IS NULL OR locale = $2) ORDER BY seq', [
        query.lessonId ?? null,
        query.locale ?? null,
      ]),
    );
  }

  publishScenario(input: PublishedScenario): Promise<PublishedScenario> {
    return this.#run(async () => {
      const scenario = parseInput(publishedScenarioSchema, input, 'scenario');
      const { rowCount } = await this.#pool.query(
        'INSERT INTO published_scenarios (scenario_id, version, record) VALUES ($1, $2, $3) ON CONFLICT (scenario_id, version) DO NOTHING',
        [scenario.scenarioId, scenario.version, scenario],
      );
      if (rowCount === 0) throw refusals.scenarioPublished(scenario);
      return scenario;
    });
  }

  publishedScenarios(): Promise<PublishedScenario[]> {
    return this.#run(() => this.#records<PublishedScenario>('SELECT record FROM published_scenarios ORDER BY seq'));
  }

  isEmpty(): Promise<boolean> {
    return this.#run(async () => {
      const tables = ['teams', 'users', 'attempts', 'lessons', 'published_scenarios'];
      const { rows } = await this.#pool.query<{ empty: boolean }>(`SELECT ${tables.map((table) => `NOT EXISTS (SELECT FROM ${table})`).join(' AND ')} AS empty`);
      return rows[0].empty;
    });
  }

  settle(): Promise<void> {
    return this.#run(async () => {
      await this.#pool.query('VACUUM ANALYZE');
    });
  }

  close(): Promise<void> {
    this.#closing ??= (async () => {
      await Promise.allSettled(this.#pending);
      await this.#pool.end();
    })();
    return this.#closing;
  }

  /** Each method runs through here: a closed store answers nothing, and `close` waits for what is under way. */
  #run<T>(work: () => Promise<T>): Promise<T> {
    if (this.#closing !== undefined) return Promise.reject(new Error('The records store is closed.'));
    const running = work();
    this.#pending.add(running);
    const forget = () => this.#pending.delete(running);
    running.then(forget, forget);
    return running;
  }

  async #transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.#pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async #records<T>(sql: string, values: unknown[] = []): Promise<T[]> {
    const { rows } = await this.#pool.query<{ record: T }>(sql, values);
    return rows.map((row) => row.record);
  }

  async #attempt(client: Queryable, id: string): Promise<StoredAttempt | undefined> {
    const { rows } = await client.query<{ record: StoredAttempt }>('SELECT record FROM attempts WHERE id = $1', [id]);
    return rows[0]?.record;
  }

  /** The checks `createUser` makes, in the memory store's order: the username first, then the id, then the teams. `holderId`: the user being changed. */
  async #checkUser(client: Queryable, user: User, holderId?: string): Promise<void> {
    const holder = await client.query<{ id: string }>('SELECT id FROM users WHERE username = $1', [user.username]);
    if (holder.rows.length > 0 && holder.rows[0].id !== holderId) throw refusals.usernameTaken(user.username, holder.rows[0].id);
    if (holderId === undefined) {
      const taken = await client.query('SELECT FROM users WHERE id = $1', [user.id]);
      if (taken.rows.length > 0) throw refusals.userIdTaken(user.id);
    }
    const known = await client.query<{ id: string }>('SELECT id FROM teams WHERE id = ANY($1)', [user.teamIds]);
    const unknown = user.teamIds.find((teamId) => !known.rows.some((row) => row.id === teamId));
    if (unknown !== undefined) throw refusals.noSuchTeam(unknown);
  }

  async #insertUsers(client: Queryable, users: readonly User[]): Promise<void> {
    for (const user of users) {
      await this.#uniquely(
        () => client.query('INSERT INTO users (id, username, role, team_ids, record) VALUES ($1, $2, $3, $4, $5)', [user.id, user.username, user.role, user.teamIds, user]),
        user,
      );
    }
  }

  /** A user write that another server's racing write beat to the id or username: the same refusal the checks give. */
  async #uniquely(write: () => Promise<unknown>, user: User): Promise<void> {
    try {
      await write();
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      if ((error as pg.DatabaseError).constraint === 'users_username_key') throw refusals.usernameTaken(user.username);
      throw refusals.userIdTaken(user.id);
    }
  }
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof pg.DatabaseError && error.code === uniqueViolation;
}
