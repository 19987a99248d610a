import type pg from 'pg';
import { StoreError } from './store.ts';

/**
 * The PostgreSQL store's schema, as numbered steps applied in order when a
 * server starts. A step is never changed once released: a change to the
 * schema is a new step. Each record is kept whole as JSON (`record`), as the
 * schema in schema.ts reads it, beside the columns queries narrow and order
 * by; `seq` keeps the order records were saved in.
 */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

export const postgresMigrations: readonly Migration[] = [
  {
    version: 1,
    name: 'records',
    sql: `
      CREATE TABLE teams (
        seq bigint GENERATED ALWAYS AS IDENTITY,
        id text PRIMARY KEY,
        record jsonb NOT NULL
      );
      CREATE TABLE users (
        seq bigint GENERATED ALWAYS AS IDENTITY,
        id text PRIMARY KEY,
        username text NOT NULL CONSTRAINT users_username_key UNIQUE,
        role text NOT NULL,
        team_ids text[] NOT NULL,
        record jsonb NOT NULL
      );
      CREATE INDEX users_team_ids ON users USING gin (team_ids);
      CREATE TABLE attempts (
        seq bigint GENERATED ALWAYS AS IDENTITY,
        id text PRIMARY KEY,
        user_id text NOT NULL,
        scenario_id text NOT NULL,
        submitted_at timestamptz NOT NULL,
        record jsonb NOT NULL
      );
      CREATE INDEX attempts_by_time ON attempts (submitted_at, seq);
      CREATE INDEX attempts_by_user ON attempts (user_id, submitted_at, seq);
      CREATE INDEX attempts_by_scenario ON attempts (scenario_id, submitted_at, seq);
      -- The command logs: large, and read only to replay one attempt. Kept as the text saved (json, not jsonb).
      CREATE TABLE attempt_entries (
        attempt_id text PRIMARY KEY REFERENCES attempts (id),
        entries json NOT NULL
      );
      CREATE TABLE lessons (
        seq bigint GENERATED ALWAYS AS IDENTITY,
        lesson_id text NOT NULL,
        locale text NOT NULL,
        version integer NOT NULL,
        record jsonb NOT NULL,
        PRIMARY KEY (lesson_id, locale, version)
      );
      CREATE TABLE published_scenarios (
        seq bigint GENERATED ALWAYS AS IDENTITY,
        scenario_id text NOT NULL,
        version integer NOT NULL,
        record jsonb NOT NULL,
        PRIMARY KEY (scenario_id, version)
      );
    `,
  },
];

/** Any number, the same for every CRM Drill: servers starting at once take turns migrating. */
const migrationLock = 7_317_001;

/**
 * Brings the database up to the newest step, each step in its own
 * transaction, recorded in `schema_migrations`. Refuses (`newer-schema`) a
 * database a newer CRM Drill has migrated further than this one knows.
 */
export async function migrate(pool: pg.Pool, migrations: readonly Migration[] = postgresMigrations): Promise<number> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [migrationLock]);
    await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())');
    const { rows } = await client.query<{ version: number }>('SELECT coalesce(max(version), 0) AS version FROM schema_migrations');
    const current = rows[0].version;
    const newest = migrations.at(-1)?.version ?? 0;
    if (current > newest)
      throw new StoreError('newer-schema', `the database was migrated by a newer CRM Drill (schema version ${current}; this one knows versions up to ${newest})`, 'schemaVersion');
    for (const migration of migrations.filter((step) => step.version > current)) {
      await client.query('BEGIN');
      try {
        await client.query(migration.sql);
        await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
    }
    return newest;
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [migrationLock]).catch(() => undefined);
    client.release();
  }
}
