import type pg from 'pg';
import { accuracy, errorRate } from '../../engine/scenario/score.ts';
import type { BoardResultsQuery, PersonalResult } from './board-metrics.ts';
import { improvementWindows, periodRange } from './periods.ts';
import { sortVersions } from './runs.ts';

/**
 * `boardResults` in SQL, over the board tables migration 2 keeps
 * (postgres-migrations.ts) rather than the attempts: a board reads one row
 * per person and scenario version in its period, however many attempts were
 * made. The rules are board-metrics.ts's, and the contract suite checks that
 * both give the same results.
 */

/** One side of a board's figure: a person's best runs in a span, summed, with the versions they are of. */
interface SumRow {
  user_id: string;
  commands: number;
  mistakes: number;
  value: number;
  scenario_ids: string[];
  versions: number[];
}

const sums = `sum(commands)::integer AS commands, sum(mistakes)::integer AS mistakes, array_agg(scenario_id) AS scenario_ids, array_agg(version) AS versions`;

/** The best run of each version in one week or month (or all time), per person. */
const bestsIn = (kind: string, start: string) => `SELECT * FROM board_bests WHERE kind = ${kind}::text AND period_start = ${start}::timestamptz AND user_id = ANY($1::text[])`;

/** The best run of each version over every month before `before`: "all time" improvement compares this month with all of it. */
const bestsBefore = (before: string) => `
  SELECT DISTINCT ON (user_id, scenario_id, version) * FROM board_bests
   WHERE kind = 'month' AND period_start < ${before}::timestamptz AND user_id = ANY($1::text[])
   ORDER BY user_id, scenario_id, version, score DESC, mistakes, at, attempt_id`;

export async function postgresBoardResults(pool: pg.Pool, query: BoardResultsQuery): Promise<Map<string, PersonalResult>> {
  const { metric, period, now, userIds } = query;
  const minCommands = Math.max(1, query.minCommands);
  const range = periodRange(period, now);
  const results = new Map<string, PersonalResult>();
  const result = (row: SumRow, value: number, commands = row.commands, counts = versionsOf(row)) => results.set(row.user_id, { value, commands, counts: sortVersions(counts) });

  switch (metric) {
    case 'score': {
      // What each best adds to the person's best on that version before the period (all time: nothing before).
      const earlier =
        period === 'all'
          ? '0'
          : `coalesce((SELECT max(e.score) FROM board_bests e WHERE e.kind = b.kind AND e.user_id = b.user_id AND e.scenario_id = b.scenario_id AND e.version = b.version AND e.period_start < b.period_start), 0)`;
      const { rows } = await pool.query<SumRow>(
        `SELECT user_id, sum(gain) AS value, ${sums} FROM (SELECT b.*, b.score - ${earlier} AS gain FROM (${bestsIn('$2', '$3')}) b) gains
          WHERE gain > 0 GROUP BY user_id`,
        [userIds, period, range.from],
      );
      for (const row of rows) result(row, row.value);
      break;
    }
    case 'completed': {
      const { rows } = await pool.query<SumRow>(
        `SELECT user_id, count(*)::integer AS value, ${sums.replace('sum(mistakes)::integer', '0')} FROM board_firsts
          WHERE at >= $2 AND at < $3 AND user_id = ANY($1::text[]) GROUP BY user_id`,
        [userIds, range.from, range.to],
      );
      for (const row of rows) result(row, row.value);
      break;
    }
    case 'accuracy': {
      const { rows } = await pool.query<SumRow>(`SELECT user_id, ${sums} FROM (${bestsIn('$2', '$3')}) b GROUP BY user_id HAVING sum(commands) >= $4`, [
        userIds,
        period,
        range.from,
        minCommands,
      ]);
      for (const row of rows) result(row, accuracy(row.mistakes, row.commands));
      break;
    }
    case 'improved': {
      const { before, after } = improvementWindows(period, now);
      // Weeks compare weeks, months and all time compare months: `after` is this week or this month.
      const kind = period === 'week' ? 'week' : 'month';
      // All time's "before" is every month before this one: it ends where `after` starts.
      const beforeBests = period === 'all' ? bestsBefore('$2') : bestsIn(`'${kind}'`, '$2');
      const side = (bests: string) => `SELECT user_id, ${sums} FROM (${bests}) b GROUP BY user_id HAVING sum(commands) >= $4`;
      const { rows } = await pool.query<{ before: SumRow; after: SumRow }>(
        `SELECT row_to_json(earlier) AS before, row_to_json(later) AS after
           FROM (${side(beforeBests)}) earlier JOIN (${side(bestsIn(`'${kind}'`, '$3'))}) later USING (user_id)`,
        [userIds, period === 'all' ? before.to : before.from, after.from, minCommands],
      );
      for (const { before: then, after: now } of rows) {
        result(then, errorRate(then.mistakes, then.commands) - errorRate(now.mistakes, now.commands), then.commands + now.commands, [...versionsOf(then), ...versionsOf(now)]);
      }
      break;
    }
    default: {
      const _exhaustive: never = metric;
      return _exhaustive;
    }
  }
  return results;
}

function versionsOf(row: SumRow) {
  return row.scenario_ids.map((scenarioId, index) => ({ scenarioId, version: row.versions[index] }));
}
