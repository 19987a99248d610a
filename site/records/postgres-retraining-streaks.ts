import type pg from 'pg';
import type { MistakeCode } from '../../engine/mistakes.ts';
import type { RetrainingStreak, RetrainingStreaksQuery } from './needs-retraining.ts';
import { scopeSql } from './postgres-report-tallies.ts';

/**
 * The needs-retraining streaks from the attempts' codes a trigger keeps
 * (postgres-migrations.ts, version 9), reading a few rows a person rather
 * than every attempt in scope. The candidates are the codes each trainee in
 * scope has made (chosen as the error report chooses them), less those last
 * made before the span (`code_lasts`, version 8). For each, the latest
 * `inARow` attempts in span making the code: the streak holds if there are
 * that many, with the commands asked for, each above the threshold (a rate
 * divided in float8 as JavaScript divides, 0 for no commands), and no other
 * attempt since the oldest of them, on a scenario watching the code, broke it
 * by being clean of it. Attempts are ordered by time, then id byte by byte,
 * as runs.ts orders them.
 */
const streaksSql = `
  WITH ${scopeSql},
  watching AS MATERIALIZED (
    SELECT code, array_agg(DISTINCT scenario_id) AS scenario_ids FROM unnest($5::text[], $6::text[]) AS watch (scenario_id, code) GROUP BY code
  ),
  candidates AS (
    SELECT user_id, code FROM code_lasts WHERE user_id IN (SELECT id FROM scope) AND at >= $3::timestamptz
  ),
  last_made AS (
    SELECT candidate.user_id, candidate.code, made.* FROM candidates AS candidate CROSS JOIN LATERAL (
      SELECT at, attempt_id, scenario_id, commands, mistakes FROM attempt_codes
       WHERE attempt_codes.user_id = candidate.user_id AND attempt_codes.code = candidate.code
         AND at >= $3::timestamptz AND at < $4::timestamptz AND ($2::text IS NULL OR scenario_id = $2)
       ORDER BY at DESC, attempt_id DESC LIMIT $9::bigint
    ) AS made
  ),
  streaks AS (
    SELECT user_id, code, min(at) AS oldest_at,
           array_agg(attempt_id ORDER BY at, attempt_id) AS ids, array_agg(scenario_id ORDER BY at, attempt_id) AS scenario_ids,
           array_agg(commands ORDER BY at, attempt_id) AS commands, array_agg(mistakes ORDER BY at, attempt_id) AS mistakes
      FROM last_made GROUP BY user_id, code
    HAVING count(*) = $9::bigint AND sum(commands) >= $8::bigint
       AND bool_and(CASE WHEN commands = 0 THEN 0 ELSE mistakes::float8 / commands END > $7::float8)
  ),
  flagged AS (
    SELECT streak.* FROM streaks AS streak LEFT JOIN watching USING (code)
     WHERE NOT EXISTS (
       SELECT FROM attempts AS other
        WHERE other.user_id = streak.user_id AND other.submitted_at >= streak.oldest_at AND other.submitted_at < $4::timestamptz
          AND other.scenario_id = ANY (watching.scenario_ids) AND ($2::text IS NULL OR other.scenario_id = $2)
          AND (other.submitted_at, other.id COLLATE "C") > (streak.oldest_at, streak.ids[1])
          AND other.id COLLATE "C" <> ALL (streak.ids)
     )
  )
  SELECT user_id, code,
         (SELECT json_agg(json_build_array(streak.id, streak.scenario_id, attempt.record->>'submittedAt', streak.commands, streak.mistakes) ORDER BY streak.n)
            FROM unnest(ids, scenario_ids, commands, mistakes) WITH ORDINALITY AS streak (id, scenario_id, commands, mistakes, n)
            JOIN attempts AS attempt ON attempt.id = streak.id COLLATE "default") AS attempts
    FROM flagged
`;

/** `query` already checked (schema.ts retrainingStreaksQuerySchema). */
export async function postgresRetrainingStreaks(pool: pg.Pool, query: RetrainingStreaksQuery): Promise<RetrainingStreak[]> {
  const { rows } = await pool.query<{ user_id: string; code: MistakeCode; attempts: [string, string, string, number, number][] }>(streaksSql, [
    query.teamIds ?? null,
    query.scenarioId ?? null,
    query.from,
    query.to,
    query.watches.map((watch) => watch.scenarioId),
    query.watches.map((watch) => watch.code),
    query.threshold,
    query.minCommands,
    query.inARow,
  ]);
  return rows.map((row) => ({
    userId: row.user_id,
    code: row.code,
    attempts: row.attempts.map(([id, scenarioId, submittedAt, commands, mistakes]) => ({ id, scenarioId, submittedAt, commands, mistakes })),
  }));
}
