import type pg from 'pg';
import type { MistakeCode } from '../../engine/mistakes.ts';
import { wholeDays } from './periods.ts';
import type { ReportTallies, ReportTalliesQuery } from './report-tallies.ts';

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
/** The bucket of a day, as its key: the day itself, or the Monday of its ISO week (`size` the parameter holding the bucket size). */
export const bucketOfDay = (size: string, day = 'day') => `to_char(CASE ${size} WHEN 'week' THEN ${day} - (extract(isodow FROM ${day})::integer - 1) ELSE ${day} END, 'YYYY-MM-DD')`;
const bucket = `${bucketOfDay('$7')} AS bucket`;

/** The trainees on the teams of `$1`, or every trainee when it is null: `reportOperators`, as the comment above says. */
export const scopeSql = `scope AS (
    SELECT id FROM users WHERE role = 'trainee' AND $1::text[] IS NULL
    UNION
    SELECT id FROM users, unnest($1::text[]) AS chosen (team) WHERE role = 'trainee' AND team_ids @> ARRAY[chosen.team]
  )`;

const talliesSql = `
  WITH ${scopeSql},
  edges AS MATERIALIZED (
    SELECT attempt FROM attempts AS attempt
     WHERE attempt.user_id IN (SELECT id FROM scope) AND ($2::text IS NULL OR attempt.scenario_id = $2)
       AND (attempt.submitted_at >= $3 AND attempt.submitted_at < $4 OR attempt.submitted_at >= $5 AND attempt.submitted_at < $6)
  ),
  days AS (
    SELECT user_id, day, scenario_id, attempts, commands, mistakes FROM report_days
     WHERE user_id IN (SELECT id FROM scope) AND ($2::text IS NULL OR scenario_id = $2) AND day >= china_day($4) AND day < china_day($5)
    UNION ALL SELECT r.* FROM edges, report_attempt_days(edges.attempt) AS r
  ),
  steps AS (
    SELECT user_id, day, scenario_id, step_id, commands, mistakes FROM report_steps
     WHERE user_id IN (SELECT id FROM scope) AND ($2::text IS NULL OR scenario_id = $2) AND day >= china_day($4) AND day < china_day($5)
    UNION ALL SELECT r.* FROM edges, report_attempt_steps(edges.attempt) AS r
  ),
  codes AS (
    SELECT user_id, day, scenario_id, code, mistakes, attempts FROM report_codes
     WHERE user_id IN (SELECT id FROM scope) AND ($2::text IS NULL OR scenario_id = $2) AND day >= china_day($4) AND day < china_day($5)
    UNION ALL SELECT r.* FROM edges, report_attempt_codes(edges.attempt) AS r
  ),
  bucketed_days AS (SELECT *, ${bucket} FROM days),
  bucketed_steps AS (SELECT *, ${bucket} FROM steps),
  bucketed_codes AS (SELECT *, ${bucket} FROM codes)
  SELECT
    (SELECT coalesce(sum(attempts), 0) FROM days) AS attempts,
    (SELECT coalesce(json_agg(json_build_array(user_id, bucket, commands, mistakes)), '[]')
       FROM (SELECT user_id, bucket, sum(commands) AS commands, sum(mistakes) AS mistakes FROM bucketed_days GROUP BY 1, 2) AS row) AS operators,
    (SELECT coalesce(json_agg(json_build_array(scenario_id, bucket, commands, mistakes)), '[]')
       FROM (SELECT scenario_id, bucket, sum(commands) AS commands, sum(mistakes) AS mistakes FROM bucketed_days GROUP BY 1, 2) AS row) AS scenarios,
    (SELECT coalesce(json_agg(json_build_array(scenario_id, step_id, bucket, commands, mistakes)), '[]')
       FROM (SELECT scenario_id, step_id, bucket, sum(commands) AS commands, sum(mistakes) AS mistakes FROM bucketed_steps GROUP BY 1, 2, 3) AS row) AS steps,
    (SELECT coalesce(json_agg(json_build_array(code, bucket, mistakes)), '[]')
       FROM (SELECT code, bucket, sum(mistakes) AS mistakes FROM bucketed_codes GROUP BY 1, 2) AS row) AS codes,
    (SELECT coalesce(json_agg(json_build_array(user_id, code, mistakes, attempts)), '[]')
       FROM (SELECT user_id, code, sum(mistakes) AS mistakes, sum(attempts) AS attempts FROM codes GROUP BY 1, 2) AS row) AS operator_codes
`;

interface TalliesRow {
  readonly attempts: string;
  readonly operators: [string, string, number, number][];
  readonly scenarios: [string, string, number, number][];
  readonly steps: [string, string, string, number, number][];
  readonly codes: [MistakeCode, string, number][];
  readonly operator_codes: [string, MistakeCode, number, number][];
}

/** `query` already checked (schema.ts reportTalliesQuerySchema). */
export async function postgresReportTallies(pool: pg.Pool, query: ReportTalliesQuery): Promise<ReportTallies> {
  const whole = wholeDays(query);
  const { rows } = await pool.query<TalliesRow>(talliesSql, [query.teamIds ?? null, query.scenarioId ?? null, query.from, whole.from, whole.to, query.to, query.bucket]);
  const [row] = rows;
  return {
    attempts: Number(row.attempts),
    operators: row.operators.map(([userId, bucket, commands, mistakes]) => ({ userId, bucket, commands, mistakes })),
    scenarios: row.scenarios.map(([scenarioId, bucket, commands, mistakes]) => ({ scenarioId, bucket, commands, mistakes })),
    steps: row.steps.map(([scenarioId, stepId, bucket, commands, mistakes]) => ({ scenarioId, stepId, bucket, commands, mistakes })),
    codes: row.codes.map(([code, bucket, mistakes]) => ({ code, bucket, mistakes })),
    operatorCodes: row.operator_codes.map(([userId, code, mistakes, attempts]) => ({ userId, code, mistakes, attempts })),
  };
}
