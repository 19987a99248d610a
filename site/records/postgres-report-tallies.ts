import type pg from 'pg';
import type { MistakeCode } from '../../engine/mistakes.ts';
import { wholeDays } from './periods.ts';
import { forSumming } from './postgres-summing.ts';
import { recurringAfter, type ReportTallies, type ReportTalliesQuery } from './report-tallies.ts';

/**
 * The error report's tallies in one query over the day totals a trigger
 * keeps (postgres-migrations.ts, version 7): the whole China days of the
 * span from the totals, the parts of a day at either end from the attempts
 * themselves, by the same functions the trigger counts with. Summed per
 * bucket here, so a week's report sends a row per week, not per day.
 *
 * The trainees on the teams are chosen here as report-scope.ts
 * `reportOperators` chooses them, so that the planner sees the people
 * through the users' statistics (a lead's few through the keys, everyone
 * through the days) rather than through ten thousand ids. Each chosen
 * team is looked up in the team index, rather than each person's teams
 * compared with the chosen ones: every team may be five hundred.
 */
/**
 * The bucket of a day as a date: the day itself, or the Monday of its ISO week (`size` the parameter holding the
 * bucket size). Integer arithmetic from a Monday, cheap on the millions of step rows an all-time report sums.
 */
const bucketDate = (size: string, day = 'day') => `CASE ${size} WHEN 'week' THEN ${day} - ((${day} - DATE '2000-01-03') % 7 + 7) % 7 ELSE ${day} END`;
/** The bucket of a day, as its key (periods.ts `bucketKey`). */
const bucketKey = (date: string) => `to_char(${date}, 'YYYY-MM-DD')`;
export const bucketOfDay = (size: string, day = 'day') => bucketKey(bucketDate(size, day));

/** The trainees on the teams of `$1`, or every trainee when it is null: `reportOperators`, as the comment above says. */
export const scopeSql = `scope AS (
    SELECT id FROM users WHERE role = 'trainee' AND $1::text[] IS NULL
    UNION
    SELECT id FROM users, unnest($1::text[]) AS chosen (team) WHERE role = 'trainee' AND team_ids @> ARRAY[chosen.team]
  )`;

/** The rows of a day-totals table in scope: its whole days from the table, the cut days from the attempts (`edges`), each with its bucket. */
const inSpan = (table: string, columns: string, attemptRows: string) => `
    SELECT ${columns.replace('day', bucketDate('$7'))} FROM (
      SELECT ${columns} FROM ${table}
       WHERE user_id IN (SELECT id FROM scope) AND ($2::text IS NULL OR scenario_id = $2) AND day >= china_day($4) AND day < china_day($5)
      UNION ALL SELECT r.* FROM edges, ${attemptRows}(edges.attempt) AS r
    ) AS day_rows`;

/** `$8` people or teams at most (no limit when null). Sums of integers come as numeric: ranked as float8, as JavaScript divides. */
const talliesSql = `
  WITH ${scopeSql},
  edges AS MATERIALIZED (
    SELECT attempt FROM attempts AS attempt
     WHERE attempt.user_id IN (SELECT id FROM scope) AND ($2::text IS NULL OR attempt.scenario_id = $2)
       AND (attempt.submitted_at >= $3 AND attempt.submitted_at < $4 OR attempt.submitted_at >= $5 AND attempt.submitted_at < $6)
  ),
  -- One pass over each table, summed two ways at once (GROUPING(...) = 1 where that column is summed over).
  day_sums AS MATERIALIZED (
    SELECT user_id, scenario_id, bucket, GROUPING(user_id) AS per_scenario, sum(attempts) AS attempts, sum(commands) AS commands, sum(mistakes) AS mistakes
      FROM (${inSpan('report_days', 'user_id, day, scenario_id, attempts, commands, mistakes', 'report_attempt_days')}) AS days (user_id, bucket, scenario_id, attempts, commands, mistakes)
     GROUP BY GROUPING SETS ((user_id, bucket), (scenario_id, bucket))
  ),
  steps (user_id, bucket, scenario_id, step_id, commands, mistakes) AS (${inSpan('report_steps', 'user_id, day, scenario_id, step_id, commands, mistakes', 'report_attempt_steps')}),
  code_sums AS MATERIALIZED (
    SELECT user_id, code, bucket, GROUPING(user_id) AS per_bucket, sum(mistakes) AS mistakes, sum(attempts) AS attempts
      FROM (${inSpan('report_codes', 'user_id, day, scenario_id, code, mistakes, attempts', 'report_attempt_codes')}) AS codes (user_id, bucket, scenario_id, code, mistakes, attempts)
     GROUP BY GROUPING SETS ((user_id, code), (code, bucket))
  ),
  person_buckets AS (SELECT user_id, bucket, commands, mistakes FROM day_sums WHERE per_scenario = 0),
  scenario_buckets AS (SELECT scenario_id, bucket, attempts, commands, mistakes FROM day_sums WHERE per_scenario = 1),
  people AS MATERIALIZED (SELECT user_id, sum(commands) AS commands, sum(mistakes) AS mistakes FROM person_buckets GROUP BY 1),
  team_buckets AS MATERIALIZED (
    SELECT team, bucket, sum(person.commands) AS commands, sum(person.mistakes) AS mistakes
      FROM person_buckets AS person JOIN users ON users.id = person.user_id, unnest(users.team_ids) AS team
     WHERE $1::text[] IS NULL OR team = ANY ($1::text[]) GROUP BY 1, 2
  ),
  teams AS MATERIALIZED (SELECT team, sum(mistakes) AS mistakes FROM team_buckets GROUP BY 1),
  person_codes AS (SELECT user_id, code, mistakes, attempts FROM code_sums WHERE per_bucket = 0),
  heat AS (
    SELECT user_id, commands, mistakes FROM people
     ORDER BY CASE WHEN commands = 0 THEN 0 ELSE mistakes::float8 / commands::float8 END DESC, user_id COLLATE "C" LIMIT $8
  ),
  repeaters AS (
    SELECT code, user_id, attempts, mistakes, count(*) OVER (PARTITION BY code) AS people, sum(mistakes) OVER (PARTITION BY code) AS code_mistakes,
           row_number() OVER (PARTITION BY code ORDER BY attempts DESC, mistakes DESC, user_id COLLATE "C") AS place
      FROM person_codes WHERE attempts >= ${recurringAfter}
  )
  SELECT
    (SELECT coalesce(sum(attempts), 0) FROM scenario_buckets) AS attempts,
    (SELECT coalesce(sum(commands), 0) FROM people) AS commands,
    (SELECT coalesce(sum(mistakes), 0) FROM people) AS mistakes,
    (SELECT count(*) FROM people) AS operator_count,
    (SELECT coalesce(json_agg(json_build_array(user_id, ${bucketKey('bucket')}, commands, mistakes)), '[]') FROM person_buckets
      WHERE user_id IN (SELECT user_id FROM people ORDER BY mistakes DESC, user_id COLLATE "C" LIMIT $8)) AS operators,
    (SELECT count(*) FROM teams) AS team_count,
    (SELECT coalesce(json_agg(json_build_array(team, ${bucketKey('bucket')}, commands, mistakes)), '[]') FROM team_buckets
      WHERE team IN (SELECT team FROM teams ORDER BY mistakes DESC, team COLLATE "C" LIMIT $8)) AS teams,
    (SELECT coalesce(json_agg(json_build_array(scenario_id, ${bucketKey('bucket')}, commands, mistakes)), '[]') FROM scenario_buckets) AS scenarios,
    (SELECT coalesce(json_agg(json_build_array(scenario_id, step_id, ${bucketKey('bucket')}, commands, mistakes)), '[]')
       FROM (SELECT scenario_id, step_id, bucket, sum(commands) AS commands, sum(mistakes) AS mistakes FROM steps GROUP BY 1, 2, 3) AS row) AS steps,
    (SELECT coalesce(json_agg(json_build_array(code, ${bucketKey('bucket')}, mistakes)), '[]') FROM code_sums WHERE per_bucket = 1) AS codes,
    (SELECT coalesce(json_agg(json_build_array(code, people)), '[]') FROM (SELECT code, count(*) AS people FROM person_codes GROUP BY 1) AS row) AS code_people,
    (SELECT coalesce(json_agg(json_build_array(heat.user_id, heat.commands, heat.mistakes,
              (SELECT coalesce(json_agg(json_build_array(code, mistakes)), '[]') FROM person_codes WHERE person_codes.user_id = heat.user_id))), '[]')
       FROM heat) AS heat,
    (SELECT coalesce(json_agg(json_build_array(code, people, code_mistakes, operators)), '[]')
       FROM (SELECT code, min(people) AS people, min(code_mistakes) AS code_mistakes, json_agg(json_build_array(user_id, attempts, mistakes)) FILTER (WHERE $8::integer IS NULL OR place <= $8) AS operators
               FROM repeaters GROUP BY code) AS row) AS recurring
`;

interface TalliesRow {
  readonly attempts: string;
  readonly commands: string;
  readonly mistakes: string;
  readonly operator_count: string;
  readonly operators: [string, string, number, number][];
  readonly team_count: string;
  readonly teams: [string, string, number, number][];
  readonly scenarios: [string, string, number, number][];
  readonly steps: [string, string, string, number, number][];
  readonly codes: [MistakeCode, string, number][];
  readonly code_people: [MistakeCode, number][];
  readonly heat: [string, number, number, [MistakeCode, number][]][];
  readonly recurring: [MistakeCode, number, number, [string, number, number][]][];
}

/** `query` already checked (schema.ts reportTalliesQuerySchema). */
export async function postgresReportTallies(client: Pick<pg.PoolClient, 'query'>, query: ReportTalliesQuery): Promise<ReportTallies> {
  const whole = wholeDays(query);
  // In the transaction `client` is in: every team of all time sums millions of rows.
  await forSumming(client);
  const { rows } = await client.query<TalliesRow>(talliesSql, [query.teamIds ?? null, query.scenarioId ?? null, query.from, whole.from, whole.to, query.to, query.bucket, query.top ?? null]);
  const [row] = rows;
  const lines = (tallies: [string, string, number, number][]) => tallies.map(([key, bucket, commands, mistakes]) => ({ key, bucket, commands, mistakes }));
  return {
    attempts: Number(row.attempts),
    commands: Number(row.commands),
    mistakes: Number(row.mistakes),
    operators: { count: Number(row.operator_count), rows: lines(row.operators) },
    teams: { count: Number(row.team_count), rows: lines(row.teams) },
    scenarios: row.scenarios.map(([scenarioId, bucket, commands, mistakes]) => ({ scenarioId, bucket, commands, mistakes })),
    steps: row.steps.map(([scenarioId, stepId, bucket, commands, mistakes]) => ({ scenarioId, stepId, bucket, commands, mistakes })),
    codes: row.codes.map(([code, bucket, mistakes]) => ({ code, bucket, mistakes })),
    codePeople: row.code_people.map(([code, people]) => ({ code, people })),
    heat: row.heat.map(([userId, commands, mistakes, codes]) => ({ userId, commands, mistakes, codes: codes.map(([code, made]) => ({ code, mistakes: made })) })),
    recurring: row.recurring.map(([code, people, mistakes, operators]) => ({
      code,
      people,
      mistakes,
      operators: operators.map(([userId, attempts, made]) => ({ userId, attempts, mistakes: made })),
    })),
  };
}
