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

/**
 * Adds a set of attempts to the report day totals (version 7): `source` is the trigger's new rows, or every
 * attempt when the step is applied. Rows go in key order, day first, so that two statements adding to the same
 * totals lock them in the same order, and a day's totals lie together on disk as new attempts put them.
 */
function countReportDays(source: string): string {
  return `
    INSERT INTO report_days AS total
      SELECT r.user_id, r.day, r.scenario_id, sum(r.attempts), sum(r.commands), sum(r.mistakes)
        FROM ${source} AS attempt, report_attempt_days(attempt) AS r GROUP BY 1, 2, 3 ORDER BY 2, 1, 3
      ON CONFLICT ON CONSTRAINT report_days_pkey DO UPDATE
        SET attempts = total.attempts + excluded.attempts, commands = total.commands + excluded.commands, mistakes = total.mistakes + excluded.mistakes;
    INSERT INTO report_steps AS total
      SELECT r.user_id, r.day, r.scenario_id, r.step_id, sum(r.commands), sum(r.mistakes)
        FROM ${source} AS attempt, report_attempt_steps(attempt) AS r GROUP BY 1, 2, 3, 4 ORDER BY 2, 1, 3, 4
      ON CONFLICT ON CONSTRAINT report_steps_pkey DO UPDATE
        SET commands = total.commands + excluded.commands, mistakes = total.mistakes + excluded.mistakes;
    INSERT INTO report_codes AS total
      SELECT r.user_id, r.day, r.scenario_id, r.code, sum(r.mistakes), sum(r.attempts)
        FROM ${source} AS attempt, report_attempt_codes(attempt) AS r GROUP BY 1, 2, 3, 4 ORDER BY 2, 1, 3, 4
      ON CONFLICT ON CONSTRAINT report_codes_pkey DO UPDATE
        SET mistakes = total.mistakes + excluded.mistakes, attempts = total.attempts + excluded.attempts;`;
}

/** Adds a set of attempts to the lesson tables (version 8), `source` as in `countReportDays`; a first moves earlier, a latest later. */
function countLessons(source: string): string {
  const made = `${source} AS attempt, jsonb_array_elements(attempt.record->'mistakes') AS mistake`;
  return `
    INSERT INTO lesson_mistakes AS total
      SELECT attempt.user_id, mistake->>'code', mistake->>'lesson', attempt.scenario_id, count(*) FROM ${made} GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
      ON CONFLICT ON CONSTRAINT lesson_mistakes_pkey DO UPDATE SET mistakes = total.mistakes + excluded.mistakes;
    INSERT INTO lesson_firsts AS first
      SELECT DISTINCT ON (attempt.user_id, mistake->>'code', mistake->>'lesson') attempt.user_id, mistake->>'code', mistake->>'lesson', attempt.submitted_at, attempt.id
        FROM ${made} ORDER BY attempt.user_id, mistake->>'code', mistake->>'lesson', attempt.submitted_at, attempt.id COLLATE "C"
      ON CONFLICT ON CONSTRAINT lesson_firsts_pkey DO UPDATE SET at = excluded.at, attempt_id = excluded.attempt_id
        WHERE (excluded.at, excluded.attempt_id) < (first.at, first.attempt_id);
    INSERT INTO code_lasts AS last
      SELECT DISTINCT ON (attempt.user_id, mistake->>'code') attempt.user_id, mistake->>'code', attempt.submitted_at, attempt.id
        FROM ${made} ORDER BY attempt.user_id, mistake->>'code', attempt.submitted_at DESC, attempt.id COLLATE "C" DESC
      ON CONFLICT ON CONSTRAINT code_lasts_pkey DO UPDATE SET at = excluded.at, attempt_id = excluded.attempt_id
        WHERE (excluded.at, excluded.attempt_id) > (last.at, last.attempt_id);
    INSERT INTO scenario_lasts AS last
      SELECT DISTINCT ON (attempt.user_id, attempt.scenario_id) attempt.user_id, attempt.scenario_id, attempt.submitted_at, attempt.id
        FROM ${source} AS attempt ORDER BY attempt.user_id, attempt.scenario_id, attempt.submitted_at DESC, attempt.id COLLATE "C" DESC
      ON CONFLICT ON CONSTRAINT scenario_lasts_pkey DO UPDATE SET at = excluded.at, attempt_id = excluded.attempt_id
        WHERE (excluded.at, excluded.attempt_id) > (last.at, last.attempt_id);`;
}

/** Adds a set of attempts to the codes they made (version 9), `source` as in `countReportDays`: a row per attempt and code. */
function countAttemptCodes(source: string): string {
  return `
    INSERT INTO attempt_codes
      SELECT attempt.user_id, mistake->>'code', attempt.submitted_at, attempt.id, attempt.scenario_id, (attempt.record->>'commands')::integer, count(*)
        FROM ${source} AS attempt, jsonb_array_elements(attempt.record->'mistakes') AS mistake
        GROUP BY attempt.id, attempt.user_id, attempt.submitted_at, attempt.scenario_id, attempt.record->>'commands', mistake->>'code';`;
}

/** A trigger counting the attempts each INSERT adds, all at once (`new_attempts`), with `count`'s statements. */
function countNewAttempts(name: string, count: (source: string) => string): string {
  return `
    CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      ${count('new_attempts')}
      RETURN NULL;
    END
    $$;
    CREATE TRIGGER ${name} AFTER INSERT ON attempts REFERENCING NEW TABLE AS new_attempts
      FOR EACH STATEMENT EXECUTE FUNCTION ${name}();`;
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
  {
    version: 2,
    name: 'board tables',
    // Boards read these instead of the attempts (postgres-boards.ts): per person and scenario version, the best
    // completed run of each China week, month and of all time, and the first completed run. A trigger keeps them as
    // attempts arrive, by the rules of board-metrics.ts: the higher score, then fewer mistakes, then the earlier run.
    sql: `
      CREATE FUNCTION china_period_start(kind text, at timestamptz) RETURNS timestamptz
        LANGUAGE sql IMMUTABLE PARALLEL SAFE
        RETURN CASE kind
          WHEN 'all' THEN timestamptz '1970-01-01 00:00:00+00'
          ELSE (date_trunc(kind, (at AT TIME ZONE 'UTC') + interval '8 hours') - interval '8 hours') AT TIME ZONE 'UTC'
        END;

      CREATE TABLE board_bests (
        kind text NOT NULL,
        period_start timestamptz NOT NULL,
        user_id text NOT NULL,
        scenario_id text COLLATE "C" NOT NULL,
        version integer NOT NULL,
        score double precision NOT NULL,
        mistakes integer NOT NULL,
        commands integer NOT NULL,
        at timestamptz NOT NULL,
        attempt_id text COLLATE "C" NOT NULL,
        PRIMARY KEY (kind, period_start, user_id, scenario_id, version)
      );
      -- A person's earlier bests of one version, for the score a period adds to them.
      CREATE INDEX board_bests_history ON board_bests (kind, user_id, scenario_id, version, period_start) INCLUDE (score);

      CREATE TABLE board_firsts (
        user_id text NOT NULL,
        scenario_id text COLLATE "C" NOT NULL,
        version integer NOT NULL,
        at timestamptz NOT NULL,
        attempt_id text COLLATE "C" NOT NULL,
        commands integer NOT NULL,
        PRIMARY KEY (user_id, scenario_id, version)
      );
      CREATE INDEX board_firsts_by_time ON board_firsts (at);

      CREATE FUNCTION board_count(attempt attempts) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE
        version integer := (attempt.record->>'scenarioVersion')::integer;
        score double precision := (attempt.record->>'score')::double precision;
        mistakes integer := jsonb_array_length(attempt.record->'mistakes');
        commands integer := (attempt.record->>'commands')::integer;
      BEGIN
        IF NOT (attempt.record->>'completed')::boolean THEN
          RETURN;
        END IF;
        INSERT INTO board_bests AS best (kind, period_start, user_id, scenario_id, version, score, mistakes, commands, at, attempt_id)
          SELECT kind, china_period_start(kind, attempt.submitted_at), attempt.user_id, attempt.scenario_id, version, score, mistakes, commands, attempt.submitted_at, attempt.id
            FROM unnest(ARRAY['week', 'month', 'all']) AS kind
          ON CONFLICT ON CONSTRAINT board_bests_pkey DO UPDATE
            SET score = excluded.score, mistakes = excluded.mistakes, commands = excluded.commands, at = excluded.at, attempt_id = excluded.attempt_id
            WHERE (excluded.score, -excluded.mistakes) > (best.score, -best.mistakes)
               OR ((excluded.score, excluded.mistakes) = (best.score, best.mistakes) AND (excluded.at, excluded.attempt_id) < (best.at, best.attempt_id));
        INSERT INTO board_firsts AS first (user_id, scenario_id, version, at, attempt_id, commands)
          VALUES (attempt.user_id, attempt.scenario_id, version, attempt.submitted_at, attempt.id, commands)
          ON CONFLICT ON CONSTRAINT board_firsts_pkey DO UPDATE
            SET at = excluded.at, attempt_id = excluded.attempt_id, commands = excluded.commands
            WHERE (excluded.at, excluded.attempt_id) < (first.at, first.attempt_id);
      END
      $$;

      CREATE FUNCTION board_count_attempt() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM board_count(NEW);
        RETURN NULL;
      END
      $$;

      CREATE TRIGGER board_count_attempt AFTER INSERT ON attempts FOR EACH ROW EXECUTE FUNCTION board_count_attempt();

      -- The attempts kept before this step.
      SELECT board_count(attempt) FROM attempts AS attempt ORDER BY submitted_at, seq;
    `,
  },
  {
    version: 3,
    name: 'xAPI delivery marks',
    // When the Learning Record Store took the attempt's statements; the pending ones are found by a partial index.
    sql: `
      ALTER TABLE attempts ADD COLUMN xapi_delivered_at timestamptz;
      CREATE INDEX attempts_xapi_pending ON attempts (submitted_at, seq) WHERE xapi_delivered_at IS NULL;
    `,
  },
  {
    version: 4,
    name: 'all-time board totals',
    // The all-time boards summed per person as the bests change, so they read a row per person, not one per
    // person and version. "Most improved" of all time compares this month with every month before it: that
    // side is kept per month, made on the first ask in a month and dropped when an older month changes.
    sql: `
      CREATE TABLE board_totals (
        user_id text PRIMARY KEY,
        -- Every version's all-time best (accuracy), and the versions themselves (completed: each has a first run).
        commands integer NOT NULL,
        mistakes integer NOT NULL,
        scenario_ids text[] NOT NULL,
        versions integer[] NOT NULL,
        -- The versions whose best scored (score).
        score double precision NOT NULL,
        score_commands integer NOT NULL,
        score_scenario_ids text[] NOT NULL,
        score_versions integer[] NOT NULL,
        -- The commands of each version's first completed run (completed).
        first_commands integer NOT NULL
      );

      CREATE FUNCTION board_total_best() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        scored boolean := NEW.score > 0;
      BEGIN
        IF NEW.kind = 'month' THEN
          DELETE FROM board_history_months WHERE month_start > NEW.period_start;
        END IF;
        IF NEW.kind <> 'all' THEN
          RETURN NULL;
        END IF;
        IF TG_OP = 'INSERT' THEN
          INSERT INTO board_totals AS total VALUES (
            NEW.user_id, NEW.commands, NEW.mistakes, ARRAY[NEW.scenario_id], ARRAY[NEW.version],
            NEW.score, CASE WHEN scored THEN NEW.commands ELSE 0 END,
            CASE WHEN scored THEN ARRAY[NEW.scenario_id] ELSE '{}' END, CASE WHEN scored THEN ARRAY[NEW.version] ELSE '{}' END, 0)
          ON CONFLICT (user_id) DO UPDATE SET
            commands = total.commands + excluded.commands, mistakes = total.mistakes + excluded.mistakes,
            scenario_ids = total.scenario_ids || excluded.scenario_ids, versions = total.versions || excluded.versions,
            score = total.score + excluded.score, score_commands = total.score_commands + excluded.score_commands,
            score_scenario_ids = total.score_scenario_ids || excluded.score_scenario_ids, score_versions = total.score_versions || excluded.score_versions;
        ELSE
          -- A better run replaced the version's best: its score is no lower.
          UPDATE board_totals SET
            commands = commands + NEW.commands - OLD.commands, mistakes = mistakes + NEW.mistakes - OLD.mistakes,
            score = score + NEW.score - OLD.score,
            score_commands = score_commands + CASE WHEN scored THEN NEW.commands ELSE 0 END - CASE WHEN OLD.score > 0 THEN OLD.commands ELSE 0 END,
            score_scenario_ids = CASE WHEN scored AND OLD.score = 0 THEN score_scenario_ids || NEW.scenario_id ELSE score_scenario_ids END,
            score_versions = CASE WHEN scored AND OLD.score = 0 THEN score_versions || NEW.version ELSE score_versions END
          WHERE user_id = NEW.user_id;
        END IF;
        RETURN NULL;
      END
      $$;

      CREATE FUNCTION board_total_first() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE board_totals SET first_commands = first_commands + NEW.commands - CASE WHEN TG_OP = 'UPDATE' THEN OLD.commands ELSE 0 END
          WHERE user_id = NEW.user_id;
        RETURN NULL;
      END
      $$;

      CREATE TABLE board_history_months (month_start timestamptz PRIMARY KEY);
      CREATE TABLE board_history (
        month_start timestamptz NOT NULL REFERENCES board_history_months ON DELETE CASCADE,
        user_id text NOT NULL,
        commands integer NOT NULL,
        mistakes integer NOT NULL,
        scenario_ids text[] NOT NULL,
        versions integer[] NOT NULL,
        PRIMARY KEY (month_start, user_id)
      );

      -- The bests' totals first (a first run's row comes after its best's, in board_count).
      INSERT INTO board_totals
        SELECT user_id, sum(commands), sum(mistakes), array_agg(scenario_id), array_agg(version),
               sum(score), coalesce(sum(commands) FILTER (WHERE score > 0), 0),
               coalesce(array_agg(scenario_id) FILTER (WHERE score > 0), '{}'), coalesce(array_agg(version) FILTER (WHERE score > 0), '{}'),
               (SELECT coalesce(sum(f.commands), 0) FROM board_firsts f WHERE f.user_id = b.user_id)
          FROM board_bests b WHERE kind = 'all' GROUP BY user_id;
      CREATE TRIGGER board_total_best AFTER INSERT OR UPDATE ON board_bests FOR EACH ROW EXECUTE FUNCTION board_total_best();
      CREATE TRIGGER board_total_first AFTER INSERT OR UPDATE ON board_firsts FOR EACH ROW EXECUTE FUNCTION board_total_first();
    `,
  },
  {
    version: 5,
    name: 'users change counter',
    // Every server keeps the list of users, which every board and report reads, and asks this number whether it is still current.
    sql: `
      CREATE TABLE change_counters (name text PRIMARY KEY, value bigint NOT NULL);
      INSERT INTO change_counters VALUES ('users', 0);
      CREATE FUNCTION count_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE change_counters SET value = value + 1 WHERE name = TG_ARGV[0];
        RETURN NULL;
      END
      $$;
      CREATE TRIGGER users_changed AFTER INSERT OR UPDATE OR DELETE ON users FOR EACH STATEMENT EXECUTE FUNCTION count_change('users');
    `,
  },
  {
    version: 6,
    name: 'board period totals',
    // Every board, of every period, reads one row per person: the period's totals, kept as the bests change. The
    // score a best adds to the person's earlier bests of its version is kept on the best (gain), and recounted for
    // the later periods of that version when an earlier best improves, so attempts may arrive in any order. This
    // replaces the all-time totals of step 4, which kept only all time.
    sql: `
      ALTER TABLE board_bests ADD COLUMN gain double precision NOT NULL DEFAULT 0;

      CREATE TABLE board_period_totals (
        kind text NOT NULL,
        period_start timestamptz NOT NULL,
        user_id text NOT NULL,
        -- Over the best run of each version in the period (accuracy, improvement).
        commands integer NOT NULL DEFAULT 0,
        mistakes integer NOT NULL DEFAULT 0,
        -- What the period's bests added to the person's earlier bests (score), and the commands of the bests that added.
        gain double precision NOT NULL DEFAULT 0,
        gain_commands integer NOT NULL DEFAULT 0,
        -- Versions first completed in the period (completed), and the commands of those first runs.
        firsts integer NOT NULL DEFAULT 0,
        first_commands integer NOT NULL DEFAULT 0,
        -- The versions each of those counts ('scenario@version'), for the rows a board shows: a team's are its members'.
        versions text[] NOT NULL DEFAULT '{}',
        gain_versions text[] NOT NULL DEFAULT '{}',
        first_versions text[] NOT NULL DEFAULT '{}',
        PRIMARY KEY (kind, period_start, user_id)
      ) PARTITION BY LIST (kind);
      -- A table per kind: the all-time board reads every person's row, and those rows stay together, not scattered among
      -- weeks'. The version lists are kept aside (TOAST) from the row's first 128 bytes: a board ranks by the numbers and
      -- reads the lists of the rows it shows only.
      CREATE TABLE board_week_totals PARTITION OF board_period_totals FOR VALUES IN ('week') WITH (toast_tuple_target = 128);
      CREATE TABLE board_month_totals PARTITION OF board_period_totals FOR VALUES IN ('month') WITH (toast_tuple_target = 128);
      CREATE TABLE board_all_totals PARTITION OF board_period_totals FOR VALUES IN ('all') WITH (toast_tuple_target = 128);

      -- Planned afresh each call: a plan kept from when the tables were small (a new company, an import) scans them whole.
      CREATE FUNCTION board_period_best() RETURNS trigger LANGUAGE plpgsql SET plan_cache_mode = force_custom_plan AS $$
      DECLARE
        prior double precision;
        later record;
        gained double precision;
      BEGIN
        IF NEW.kind = 'month' THEN
          DELETE FROM board_history_months WHERE month_start > NEW.period_start;
        END IF;
        INSERT INTO board_period_totals AS total (kind, period_start, user_id, commands, mistakes, versions)
          VALUES (NEW.kind, NEW.period_start, NEW.user_id,
                  NEW.commands - CASE WHEN TG_OP = 'UPDATE' THEN OLD.commands ELSE 0 END,
                  NEW.mistakes - CASE WHEN TG_OP = 'UPDATE' THEN OLD.mistakes ELSE 0 END,
                  CASE WHEN TG_OP = 'INSERT' THEN ARRAY[NEW.scenario_id || '@' || NEW.version] ELSE '{}' END)
          ON CONFLICT ON CONSTRAINT board_period_totals_pkey DO UPDATE
            SET commands = total.commands + excluded.commands, mistakes = total.mistakes + excluded.mistakes, versions = total.versions || excluded.versions;
        -- The version's gains from this period on: a better best here may shrink what later periods added.
        SELECT coalesce(max(score), 0) INTO prior FROM board_bests
          WHERE kind = NEW.kind AND user_id = NEW.user_id AND scenario_id = NEW.scenario_id AND version = NEW.version AND period_start < NEW.period_start;
        FOR later IN
          SELECT period_start, score, gain FROM board_bests
            WHERE kind = NEW.kind AND user_id = NEW.user_id AND scenario_id = NEW.scenario_id AND version = NEW.version AND period_start >= NEW.period_start
            ORDER BY period_start
        LOOP
          gained := greatest(later.score - prior, 0);
          IF gained <> later.gain OR later.period_start = NEW.period_start THEN
            UPDATE board_bests SET gain = gained
              WHERE kind = NEW.kind AND period_start = later.period_start AND user_id = NEW.user_id AND scenario_id = NEW.scenario_id AND version = NEW.version;
            UPDATE board_period_totals SET (gain, gain_commands, gain_versions) = (
                SELECT coalesce(sum(gain), 0), coalesce(sum(commands) FILTER (WHERE gain > 0), 0),
                       coalesce(array_agg(scenario_id || '@' || version) FILTER (WHERE gain > 0), '{}') FROM board_bests
                  WHERE kind = NEW.kind AND period_start = later.period_start AND user_id = NEW.user_id)
              WHERE kind = NEW.kind AND period_start = later.period_start AND user_id = NEW.user_id;
          END IF;
          prior := greatest(prior, later.score);
        END LOOP;
        RETURN NULL;
      END
      $$;

      -- A first completion counts in its week, its month and all time; one that an earlier run replaces moves.
      CREATE FUNCTION board_period_first() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' THEN
          UPDATE board_period_totals
             SET firsts = firsts - 1, first_commands = first_commands - OLD.commands, first_versions = array_remove(first_versions, OLD.scenario_id || '@' || OLD.version)
           WHERE user_id = OLD.user_id AND (kind, period_start) IN (SELECT kind, china_period_start(kind, OLD.at) FROM unnest(ARRAY['week', 'month', 'all']) AS kind);
        END IF;
        INSERT INTO board_period_totals AS total (kind, period_start, user_id, firsts, first_commands, first_versions)
          SELECT kind, china_period_start(kind, NEW.at), NEW.user_id, 1, NEW.commands, ARRAY[NEW.scenario_id || '@' || NEW.version] FROM unnest(ARRAY['week', 'month', 'all']) AS kind
          ON CONFLICT ON CONSTRAINT board_period_totals_pkey DO UPDATE
            SET firsts = total.firsts + 1, first_commands = total.first_commands + excluded.first_commands, first_versions = total.first_versions || excluded.first_versions;
        RETURN NULL;
      END
      $$;

      -- The bests and first completions kept before this step.
      UPDATE board_bests AS best SET gain = greatest(best.score - coalesce(earlier.prior, 0), 0)
        FROM (SELECT kind, period_start, user_id, scenario_id, version,
                     max(score) OVER (PARTITION BY kind, user_id, scenario_id, version ORDER BY period_start ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS prior
                FROM board_bests) AS earlier
        WHERE (best.kind, best.period_start, best.user_id, best.scenario_id, best.version)
            = (earlier.kind, earlier.period_start, earlier.user_id, earlier.scenario_id, earlier.version);
      INSERT INTO board_period_totals (kind, period_start, user_id, commands, mistakes, gain, gain_commands, versions, gain_versions)
        SELECT kind, period_start, user_id, sum(commands), sum(mistakes), sum(gain), coalesce(sum(commands) FILTER (WHERE gain > 0), 0),
               array_agg(scenario_id || '@' || version), coalesce(array_agg(scenario_id || '@' || version) FILTER (WHERE gain > 0), '{}')
          FROM board_bests GROUP BY kind, period_start, user_id;
      INSERT INTO board_period_totals AS total (kind, period_start, user_id, firsts, first_commands, first_versions)
        SELECT kind, china_period_start(kind, at), user_id, count(*), sum(commands), array_agg(scenario_id || '@' || version)
          FROM board_firsts CROSS JOIN unnest(ARRAY['week', 'month', 'all']) AS kind GROUP BY 1, 2, 3
        ON CONFLICT ON CONSTRAINT board_period_totals_pkey DO UPDATE
          SET firsts = excluded.firsts, first_commands = excluded.first_commands, first_versions = excluded.first_versions;

      DROP TRIGGER board_total_best ON board_bests;
      DROP TRIGGER board_total_first ON board_firsts;
      DROP FUNCTION board_total_best();
      DROP FUNCTION board_total_first();
      DROP TABLE board_totals;
      CREATE TRIGGER board_period_best AFTER INSERT OR UPDATE OF score, mistakes, commands ON board_bests FOR EACH ROW EXECUTE FUNCTION board_period_best();
      CREATE TRIGGER board_period_first AFTER INSERT OR UPDATE ON board_firsts FOR EACH ROW EXECUTE FUNCTION board_period_first();
      -- Boards are drawn as soon as the server starts: plan them on the backfilled tables, not on guesses.
      ANALYZE board_bests, board_period_totals;
    `,
  },
  {
    version: 7,
    name: 'report day totals',
    // The error report sums these instead of the attempts (postgres-report-tallies.ts): per person, China day and
    // scenario, the attempts' commands and mistakes, each step's, and each code's mistakes with the attempts holding
    // it. A trigger adds each statement's attempts; the functions of one attempt also count the parts of days a
    // report's span cuts, from the attempts themselves. The person stays in every table because a report is about
    // the trainees on some teams, and people change teams: totals by team would count the teams of the past.
    sql: `
      CREATE FUNCTION china_day(at timestamptz) RETURNS date
        LANGUAGE sql IMMUTABLE PARALLEL SAFE
        RETURN ((at AT TIME ZONE 'UTC') + interval '8 hours')::date;

      CREATE FUNCTION report_attempt_days(attempt attempts)
        RETURNS TABLE (user_id text, day date, scenario_id text, attempts integer, commands integer, mistakes integer)
        LANGUAGE sql IMMUTABLE PARALLEL SAFE
        BEGIN ATOMIC
          SELECT attempt.user_id, china_day(attempt.submitted_at), attempt.scenario_id, 1,
                 (attempt.record->>'commands')::integer, jsonb_array_length(attempt.record->'mistakes');
        END;
      CREATE FUNCTION report_attempt_steps(attempt attempts)
        RETURNS TABLE (user_id text, day date, scenario_id text, step_id text, commands integer, mistakes integer)
        LANGUAGE sql IMMUTABLE PARALLEL SAFE
        BEGIN ATOMIC
          SELECT attempt.user_id, china_day(attempt.submitted_at), attempt.scenario_id, step->>'id',
                 sum((step->>'commands')::integer), sum((step->>'mistakes')::integer)
            FROM jsonb_array_elements(attempt.record->'perStep') AS step GROUP BY step->>'id';
        END;
      -- An attempt counts once per code, however many of its mistakes have it.
      CREATE FUNCTION report_attempt_codes(attempt attempts)
        RETURNS TABLE (user_id text, day date, scenario_id text, code text, mistakes integer, attempts integer)
        LANGUAGE sql IMMUTABLE PARALLEL SAFE
        BEGIN ATOMIC
          SELECT attempt.user_id, china_day(attempt.submitted_at), attempt.scenario_id, mistake->>'code', count(*), 1
            FROM jsonb_array_elements(attempt.record->'mistakes') AS mistake GROUP BY mistake->>'code';
        END;

      CREATE TABLE report_days (
        user_id text NOT NULL, day date NOT NULL, scenario_id text NOT NULL,
        attempts integer NOT NULL, commands bigint NOT NULL, mistakes bigint NOT NULL,
        PRIMARY KEY (user_id, day, scenario_id)
      );
      CREATE TABLE report_steps (
        user_id text NOT NULL, day date NOT NULL, scenario_id text NOT NULL, step_id text NOT NULL,
        commands bigint NOT NULL, mistakes bigint NOT NULL,
        PRIMARY KEY (user_id, day, scenario_id, step_id)
      );
      CREATE TABLE report_codes (
        user_id text NOT NULL, day date NOT NULL, scenario_id text NOT NULL, code text NOT NULL,
        mistakes bigint NOT NULL, attempts integer NOT NULL,
        PRIMARY KEY (user_id, day, scenario_id, code)
      );
      -- A lead's few people are found by the keys; every team's, by the days.
      CREATE INDEX report_days_by_day ON report_days (day);
      CREATE INDEX report_steps_by_day ON report_steps (day);
      CREATE INDEX report_codes_by_day ON report_codes (day);

      ${countNewAttempts('report_count_attempts', countReportDays)}

      -- The attempts kept before this step.
      ${countReportDays('attempts')}
    `,
  },
  {
    version: 8,
    name: 'lesson firsts and lasts',
    // Lessons wanted reads these instead of every attempt (postgres-lesson-tallies.ts): per person, each pair's
    // mistakes per scenario, the first attempt making each pair (when they were shown its lesson); the latest
    // attempt showing each code, and the latest on each scenario (a later chance at a code its steps watch).
    // Attempts are ordered by time, then id, as runs.ts orders them, so one saved late (an import) moves a first
    // back or a latest forward only if it is earlier or later.
    sql: `
      -- Per person too: a row every trainee's attempt added to would make their submissions wait for each other's commits.
      CREATE TABLE lesson_mistakes (
        user_id text NOT NULL, code text NOT NULL, lesson text NOT NULL, scenario_id text NOT NULL, mistakes bigint NOT NULL,
        PRIMARY KEY (user_id, code, lesson, scenario_id)
      );
      CREATE TABLE lesson_firsts (
        user_id text NOT NULL, code text NOT NULL, lesson text NOT NULL, at timestamptz NOT NULL, attempt_id text COLLATE "C" NOT NULL,
        PRIMARY KEY (user_id, code, lesson)
      );
      CREATE TABLE code_lasts (
        user_id text NOT NULL, code text NOT NULL, at timestamptz NOT NULL, attempt_id text COLLATE "C" NOT NULL,
        PRIMARY KEY (user_id, code)
      );
      CREATE TABLE scenario_lasts (
        user_id text NOT NULL, scenario_id text NOT NULL, at timestamptz NOT NULL, attempt_id text COLLATE "C" NOT NULL,
        PRIMARY KEY (user_id, scenario_id)
      );

      ${countNewAttempts('lesson_count_attempts', countLessons)}

      -- The attempts kept before this step.
      ${countLessons('attempts')}
    `,
  },
  {
    version: 9,
    name: 'attempt codes',
    // The needs-retraining list reads these instead of every attempt in scope (postgres-retraining-streaks.ts): per
    // person and code, each attempt making it, newest found first by the key, with its commands and the code's
    // mistakes. Only attempts making a code: a streak is made of those, and a clean one breaking it is looked for in
    // the attempts themselves, for the few streaks found.
    sql: `
      CREATE TABLE attempt_codes (
        user_id text NOT NULL, code text NOT NULL, at timestamptz NOT NULL, attempt_id text COLLATE "C" NOT NULL,
        scenario_id text NOT NULL, commands integer NOT NULL, mistakes integer NOT NULL,
        PRIMARY KEY (user_id, code, at, attempt_id)
      );

      ${countNewAttempts('retraining_count_attempts', countAttemptCodes)}

      -- The attempts kept before this step.
      ${countAttemptCodes('attempts')}
      ANALYZE attempt_codes;
    `,
  },
  {
    version: 10,
    name: 'board version lists apart',
    // A board ranks every person by the numbers of their period totals, and reads the lists of versions those count
    // only for the rows it shows. Step 6 kept both in one row, meaning the lists to be kept aside (TOAST); but
    // PostgreSQL moves values aside only from a row over 2 kB, and a list of every version a person has played
    // stays just under it. So each all-time row took a quarter of a page, and the all-time boards, reading 9,500
    // people, read 70 MB (46–52 ms at a million attempts; 35 ms at most apart). The lists now have a table of their own,
    // and a total's row holds its numbers alone. Each list is written only when it changes: a new version in the
    // period, a version starting or ending a gain, a first completion.
    sql: `
      CREATE TABLE board_period_versions (
        kind text NOT NULL,
        period_start timestamptz NOT NULL,
        user_id text NOT NULL,
        versions text[] NOT NULL DEFAULT '{}',
        gain_versions text[] NOT NULL DEFAULT '{}',
        first_versions text[] NOT NULL DEFAULT '{}',
        PRIMARY KEY (kind, period_start, user_id)
      );
      INSERT INTO board_period_versions SELECT kind, period_start, user_id, versions, gain_versions, first_versions FROM board_period_totals;

      -- A dropped column stays in every row until the row is written again: each kind's table written again now.
      ALTER TABLE board_period_totals DROP COLUMN versions, DROP COLUMN gain_versions, DROP COLUMN first_versions;
      CLUSTER board_week_totals USING board_week_totals_pkey;
      CLUSTER board_month_totals USING board_month_totals_pkey;
      CLUSTER board_all_totals USING board_all_totals_pkey;

      CREATE OR REPLACE FUNCTION board_period_best() RETURNS trigger LANGUAGE plpgsql SET plan_cache_mode = force_custom_plan AS $$
      DECLARE
        prior double precision;
        later record;
        gained double precision;
        gains record;
      BEGIN
        IF NEW.kind = 'month' THEN
          DELETE FROM board_history_months WHERE month_start > NEW.period_start;
        END IF;
        INSERT INTO board_period_totals AS total (kind, period_start, user_id, commands, mistakes)
          VALUES (NEW.kind, NEW.period_start, NEW.user_id,
                  NEW.commands - CASE WHEN TG_OP = 'UPDATE' THEN OLD.commands ELSE 0 END,
                  NEW.mistakes - CASE WHEN TG_OP = 'UPDATE' THEN OLD.mistakes ELSE 0 END)
          ON CONFLICT ON CONSTRAINT board_period_totals_pkey DO UPDATE
            SET commands = total.commands + excluded.commands, mistakes = total.mistakes + excluded.mistakes;
        IF TG_OP = 'INSERT' THEN
          INSERT INTO board_period_versions AS listed (kind, period_start, user_id, versions)
            VALUES (NEW.kind, NEW.period_start, NEW.user_id, ARRAY[NEW.scenario_id || '@' || NEW.version])
            ON CONFLICT ON CONSTRAINT board_period_versions_pkey DO UPDATE SET versions = listed.versions || excluded.versions;
        END IF;
        -- The version's gains from this period on: a better best here may shrink what later periods added.
        SELECT coalesce(max(score), 0) INTO prior FROM board_bests
          WHERE kind = NEW.kind AND user_id = NEW.user_id AND scenario_id = NEW.scenario_id AND version = NEW.version AND period_start < NEW.period_start;
        FOR later IN
          SELECT period_start, score, gain FROM board_bests
            WHERE kind = NEW.kind AND user_id = NEW.user_id AND scenario_id = NEW.scenario_id AND version = NEW.version AND period_start >= NEW.period_start
            ORDER BY period_start
        LOOP
          gained := greatest(later.score - prior, 0);
          IF gained <> later.gain OR later.period_start = NEW.period_start THEN
            UPDATE board_bests SET gain = gained
              WHERE kind = NEW.kind AND period_start = later.period_start AND user_id = NEW.user_id AND scenario_id = NEW.scenario_id AND version = NEW.version;
            SELECT coalesce(sum(gain), 0) AS gain, coalesce(sum(commands) FILTER (WHERE gain > 0), 0) AS commands,
                   coalesce(array_agg(scenario_id || '@' || version) FILTER (WHERE gain > 0), '{}') AS versions
              INTO gains FROM board_bests
             WHERE kind = NEW.kind AND period_start = later.period_start AND user_id = NEW.user_id;
            UPDATE board_period_totals SET (gain, gain_commands) = (gains.gain, gains.commands)
             WHERE kind = NEW.kind AND period_start = later.period_start AND user_id = NEW.user_id;
            UPDATE board_period_versions SET gain_versions = gains.versions
             WHERE kind = NEW.kind AND period_start = later.period_start AND user_id = NEW.user_id AND gain_versions IS DISTINCT FROM gains.versions;
          END IF;
          prior := greatest(prior, later.score);
        END LOOP;
        RETURN NULL;
      END
      $$;

      -- A first completion counts in its week, its month and all time; one that an earlier run replaces moves.
      CREATE OR REPLACE FUNCTION board_period_first() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' THEN
          UPDATE board_period_totals SET firsts = firsts - 1, first_commands = first_commands - OLD.commands
           WHERE user_id = OLD.user_id AND (kind, period_start) IN (SELECT kind, china_period_start(kind, OLD.at) FROM unnest(ARRAY['week', 'month', 'all']) AS kind);
          UPDATE board_period_versions SET first_versions = array_remove(first_versions, OLD.scenario_id || '@' || OLD.version)
           WHERE user_id = OLD.user_id AND (kind, period_start) IN (SELECT kind, china_period_start(kind, OLD.at) FROM unnest(ARRAY['week', 'month', 'all']) AS kind);
        END IF;
        INSERT INTO board_period_totals AS total (kind, period_start, user_id, firsts, first_commands)
          SELECT kind, china_period_start(kind, NEW.at), NEW.user_id, 1, NEW.commands FROM unnest(ARRAY['week', 'month', 'all']) AS kind
          ON CONFLICT ON CONSTRAINT board_period_totals_pkey DO UPDATE
            SET firsts = total.firsts + 1, first_commands = total.first_commands + excluded.first_commands;
        INSERT INTO board_period_versions AS listed (kind, period_start, user_id, first_versions)
          SELECT kind, china_period_start(kind, NEW.at), NEW.user_id, ARRAY[NEW.scenario_id || '@' || NEW.version] FROM unnest(ARRAY['week', 'month', 'all']) AS kind
          ON CONFLICT ON CONSTRAINT board_period_versions_pkey DO UPDATE SET first_versions = listed.first_versions || excluded.first_versions;
        RETURN NULL;
      END
      $$;
      ANALYZE board_period_totals, board_period_versions;
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
