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

/** Each person's all-time totals, kept as the bests change (migration 4). */
const totals = (columns: string) => `SELECT user_id, ${columns} FROM board_totals WHERE user_id = ANY($1::text[])`;

/**
 * Every person's bests over every month before `month`, summed: the "before"
 * of all-time improvement. Made once a month (and again when an older month
 * changes) into board_history, then read like a total.
 */
async function historyBefore(pool: pg.Pool, month: string): Promise<void> {
  const { rowCount } = await pool.query('SELECT FROM board_history_months WHERE month_start = $1', [month]);
  if (rowCount !== 0) return;
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock(7317002)');
    const made = await client.query('SELECT FROM board_history_months WHERE month_start = $1', [month]);
    if (made.rowCount === 0) {
      await client.query('DELETE FROM board_history_months');
      await client.query('INSERT INTO board_history_months VALUES ($1)', [month]);
      await client.query(
        `INSERT INTO board_history
         SELECT $1, user_id, ${sums} FROM (
           SELECT DISTINCT ON (user_id, scenario_id, version) * FROM board_bests
            WHERE kind = 'month' AND period_start < $1
            ORDER BY user_id, scenario_id, version, score DESC, mistakes, at, attempt_id) best
         GROUP BY user_id`,
        [month],
      );
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}

export async function postgresBoardResults(pool: pg.Pool, query: BoardResultsQuery): Promise<Map<string, PersonalResult>> {
  const { metric, period, now, userIds } = query;
  const minCommands = Math.max(1, query.minCommands);
  const range = periodRange(period, now);
  const results = new Map<string, PersonalResult>();
  const result = (row: SumRow, value: number, commands = row.commands, counts = versionsOf(row)) => results.set(row.user_id, { value, commands, counts: sortVersions(counts) });

  if (period === 'all' && metric !== 'improved') {
    const { rows } = await pool.query<SumRow & { score: number; score_commands: number; score_scenario_ids: string[]; score_versions: number[]; first_commands: number }>(
      totals('*'),
      [userIds],
    );
    for (const row of rows) {
      if (metric === 'score' && row.score_versions.length > 0)
        result(row, row.score, row.score_commands, versionsOf({ ...row, scenario_ids: row.score_scenario_ids, versions: row.score_versions }));
      if (metric === 'accuracy' && row.commands >= minCommands) result(row, accuracy(row.mistakes, row.commands));
      if (metric === 'completed') result(row, row.versions.length, row.first_commands);
    }
    return results;
  }

  switch (metric) {
    case 'score': {
      // What each best adds to the person's best on that version before the period.
      const earlier = `coalesce((SELECT max(e.score) FROM board_bests e WHERE e.kind = b.kind AND e.user_id = b.user_id AND e.scenario_id = b.scenario_id AND e.version = b.version AND e.period_start < b.period_start), 0)`;
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
      const side = (bests: string) => `SELECT user_id, ${sums} FROM (${bests}) b GROUP BY user_id HAVING sum(commands) >= $4`;
      // All time's "before" is every month before this one: it ends where `after` starts.
      if (period === 'all') await historyBefore(pool, before.to);
      const beforeSums =
        period === 'all' ? `SELECT * FROM board_history WHERE month_start = $2 AND user_id = ANY($1::text[]) AND commands >= $4` : side(bestsIn(`'${kind}'`, '$2'));
      const { rows } = await pool.query<{ before: SumRow; after: SumRow }>(
        `SELECT row_to_json(earlier) AS before, row_to_json(later) AS after
           FROM (${beforeSums}) earlier JOIN (${side(bestsIn(`'${kind}'`, '$3'))}) later USING (user_id)`,
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
