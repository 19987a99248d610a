import type pg from 'pg';
import type { MistakeCode } from '../../engine/mistakes.ts';
import type { LessonTalliesQuery, LessonTally } from './lessons-wanted.ts';

/**
 * Lessons wanted's tallies from the tables a trigger keeps (postgres-migrations.ts,
 * version 8), a row per person and pair rather than per attempt. A person
 * saw a pair's lesson at their first attempt making it; they made the code
 * again when their latest attempt showing the code is later than that; they
 * had a chance to when that is so, or when their latest attempt on a scenario
 * watching the code is. The watches are the site's scenarios, which the
 * database does not hold, so they come with the question.
 */
const talliesSql = `
  WITH watched AS (
    SELECT code, array_agg(DISTINCT scenario_id) AS scenario_ids FROM unnest($1::text[], $2::text[]) AS watch (scenario_id, code) GROUP BY code
  ),
  people AS (
    SELECT first.code, first.lesson,
           (last.at, last.attempt_id) > (first.at, first.attempt_id) AS repeated,
           EXISTS (
             SELECT FROM scenario_lasts AS tried
              WHERE tried.user_id = first.user_id AND tried.scenario_id = ANY (watched.scenario_ids) AND (tried.at, tried.attempt_id) > (first.at, first.attempt_id)
           ) AS watched_later
      FROM lesson_firsts AS first JOIN code_lasts AS last USING (user_id, code) LEFT JOIN watched USING (code)
  ),
  pairs AS (
    SELECT code, lesson, count(*) AS people, count(*) FILTER (WHERE repeated OR watched_later) AS seen, count(*) FILTER (WHERE repeated) AS repeated
      FROM people GROUP BY code, lesson
  ),
  -- Summed per scenario first, then listed: a list of distinct scenarios made straight from every person's rows sorts them all.
  made AS (
    SELECT code, lesson, sum(mistakes) AS mistakes, array_agg(scenario_id) AS scenario_ids
      FROM (SELECT code, lesson, scenario_id, sum(mistakes) AS mistakes FROM lesson_mistakes GROUP BY 1, 2, 3) AS per_scenario
     GROUP BY code, lesson
  )
  SELECT coalesce(json_agg(json_build_array(code, lesson, mistakes, people, seen, repeated, scenario_ids)), '[]') AS pairs
    FROM made JOIN pairs USING (code, lesson)
`;

/** `query` already checked (schema.ts lessonTalliesQuerySchema). */
export async function postgresLessonTallies(pool: pg.Pool, { watches }: LessonTalliesQuery): Promise<LessonTally[]> {
  const { rows } = await pool.query<{ pairs: [MistakeCode, string, number, number, number, number, string[]][] }>(talliesSql, [
    watches.map((watch) => watch.scenarioId),
    watches.map((watch) => watch.code),
  ]);
  // Sorted here, as JavaScript compares strings, whatever the database's collation.
  return rows[0].pairs.map(([code, lesson, mistakes, people, seen, repeated, scenarioIds]) => ({ code, lesson, mistakes, people, seen, repeated, scenarioIds: scenarioIds.sort() }));
}
