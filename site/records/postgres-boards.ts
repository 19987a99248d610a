import type pg from 'pg';
import { accuracy, errorRate } from '../../engine/scenario/score.ts';
import type { BoardResultsQuery, PersonalResult } from './board-metrics.ts';
import { improvementWindows, periodRange } from './periods.ts';
import { sortVersions, type VersionRef } from './runs.ts';

/**
 * `boardResults` in SQL, over the board tables the migrations keep
 * (postgres-migrations.ts) rather than the attempts: a week's or month's
 * board reads a row per person and scenario version active in it, an
 * all-time board a row per person, however many attempts were made. The
 * rules are board-metrics.ts's, and the contract suite checks that both
 * give the same results.
 *
 * Version lists travel as comma-joined text (scenario ids are slugs): pg
 * parses array columns slowly, and a board reads thousands of them.
 */

/** A person's best runs over a span, summed, with the versions they are of. */
interface SumRow {
  user_id: string;
  value: number;
  commands: number;
  mistakes: number;
  scenario_ids: string;
  versions: string;
}

const sums = `sum(commands)::integer AS commands, sum(mistakes)::integer AS mistakes,
  string_agg(scenario_id, ',' ORDER BY scenario_id, version) AS scenario_ids, string_agg(version::text, ',' ORDER BY scenario_id, version) AS versions`;
const listedAs = (scenarioIds: string, versions: string) => `array_to_string(${scenarioIds}, ',') AS scenario_ids, array_to_string(${versions}, ',') AS versions`;

/**
 * Only the people asked about. A join with the list, not `= ANY($1)`: once
 * PostgreSQL settles on a generic plan, ANY over a parameter is a linear
 * search per row, and a board asks about ten thousand people.
 */
const listed = 'user_id IN (SELECT unnest($1::text[]))';

/** The best run of each version in one week or month, per person. */
const bestsIn = (kind: string, start: string) => `SELECT * FROM board_bests WHERE kind = ${kind}::text AND period_start = ${start}::timestamptz AND ${listed}`;

/** Each person's all-time figures, kept as the bests change (migration 4). */
const totals: Record<'score' | 'accuracy' | 'completed', string> = {
  score: `SELECT user_id, score AS value, score_commands AS commands, ${listedAs('score_scenario_ids', 'score_versions')}
            FROM board_totals WHERE ${listed} AND cardinality(score_versions) > 0`,
  accuracy: `SELECT user_id, commands, mistakes, ${listedAs('scenario_ids', 'versions')}
               FROM board_totals WHERE ${listed} AND commands >= $2`,
  completed: `SELECT user_id, cardinality(versions) AS value, first_commands AS commands, ${listedAs('scenario_ids', 'versions')}
                FROM board_totals WHERE ${listed}`,
};

export async function postgresBoardResults(pool: pg.Pool, query: BoardResultsQuery): Promise<Map<string, PersonalResult>> {
  const { metric, period, now, userIds } = query;
  const minCommands = Math.max(1, query.minCommands);
  const range = periodRange(period, now);
  const results = new Map<string, PersonalResult>();
  // The versions are read from the row only when asked for: a board lists them for the rows it shows, not for every person it ranks.
  const keep = (row: SumRow, value: number, commands = row.commands, counts = () => versionsOf(row)) => results.set(row.user_id, lazyCounts(value, commands, counts));
  const rows = async (sql: string, values: unknown[]) => (await pool.query<SumRow>(sql, values)).rows;

  switch (metric) {
    case 'score': {
      if (period === 'all') {
        for (const row of await rows(totals.score, [userIds])) keep(row, row.value);
        break;
      }
      // What each best adds to the person's best on that version before the period.
      const gains = `SELECT b.*, b.score - coalesce((SELECT max(e.score) FROM board_bests e WHERE e.kind = b.kind AND e.user_id = b.user_id
                       AND e.scenario_id = b.scenario_id AND e.version = b.version AND e.period_start < b.period_start), 0) AS gain
                     FROM (${bestsIn('$2', '$3')}) b`;
      for (const row of await rows(`SELECT user_id, sum(gain) AS value, ${sums} FROM (${gains}) g WHERE gain > 0 GROUP BY user_id`, [userIds, period, range.from]))
        keep(row, row.value);
      break;
    }
    case 'completed': {
      const sql =
        period === 'all'
          ? totals.completed
          : `SELECT user_id, count(*)::integer AS value, ${sums} FROM (SELECT *, 0 AS mistakes FROM board_firsts WHERE at >= $2 AND at < $3 AND ${listed}) f GROUP BY user_id`;
      for (const row of await rows(sql, period === 'all' ? [userIds] : [userIds, range.from, range.to])) keep(row, row.value);
      break;
    }
    case 'accuracy': {
      const sql = period === 'all' ? totals.accuracy : `SELECT user_id, ${sums} FROM (${bestsIn('$3', '$4')}) b GROUP BY user_id HAVING sum(commands) >= $2`;
      for (const row of await rows(sql, period === 'all' ? [userIds, minCommands] : [userIds, minCommands, period, range.from])) keep(row, accuracy(row.mistakes, row.commands));
      break;
    }
    case 'improved': {
      const { before, after } = improvementWindows(period, now);
      // Weeks compare weeks; months, and all time, compare months: `after` is this week or this month.
      const kind = `'${period === 'week' ? 'week' : 'month'}'`;
      const side = (start: string) => `SELECT user_id, ${sums} FROM (${bestsIn(kind, start)}) b GROUP BY user_id HAVING sum(commands) >= $2`;
      // All time's "before" is every month before this one: it ends where `after` starts.
      if (period === 'all') await historyBefore(pool, after.from);
      const earlier =
        period === 'all' ? `SELECT user_id, commands, mistakes, ${listedAs('scenario_ids', 'versions')} FROM board_history WHERE month_start = $3 AND ${listed} AND commands >= $2` : side('$3');
      const { rows: pairs } = await pool.query<{ user_id: string; before: SumRow; after: SumRow }>(
        `SELECT user_id, row_to_json(earlier) AS before, row_to_json(later) AS after FROM (${earlier}) earlier JOIN (${side('$4')}) later USING (user_id)`,
        [userIds, minCommands, period === 'all' ? after.from : before.from, after.from],
      );
      for (const { before: then, after: later } of pairs) {
        const value = errorRate(then.mistakes, then.commands) - errorRate(later.mistakes, later.commands);
        keep(then, value, then.commands + later.commands, () => [...versionsOf(then), ...versionsOf(later)]);
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

/**
 * Every person's bests over every month before `month`, summed: the "before"
 * of all-time improvement. Made once a month (and again when an older month
 * changes: the bests' trigger drops it) into board_history, then read like a total.
 */
async function historyBefore(pool: pg.Pool, month: string): Promise<void> {
  const { rowCount } = await pool.query('SELECT FROM board_history_months WHERE month_start = $1', [month]);
  if (rowCount !== 0) return;
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    // One server makes it; one asking at the same moment waits, then finds it made.
    await client.query('SELECT pg_advisory_xact_lock(7317002)');
    const made = await client.query('SELECT FROM board_history_months WHERE month_start = $1', [month]);
    if (made.rowCount === 0) {
      await client.query('DELETE FROM board_history_months');
      await client.query('INSERT INTO board_history_months VALUES ($1)', [month]);
      await client.query(
        `INSERT INTO board_history
         SELECT $1, user_id, sum(commands), sum(mistakes), array_agg(scenario_id), array_agg(version) FROM (
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

/** A result whose `counts` is made on first reading, then kept; an ordinary enumerable property to everyone reading it. */
function lazyCounts(value: number, commands: number, versions: () => VersionRef[]): PersonalResult {
  let counts: VersionRef[] | undefined;
  return Object.defineProperty({ value, commands } as PersonalResult, 'counts', { enumerable: true, get: () => (counts ??= sortVersions(versions())) });
}

function versionsOf(row: Pick<SumRow, 'scenario_ids' | 'versions'>): VersionRef[] {
  if (!row.scenario_ids) return [];
  const versions = row.versions.split(',');
  return row.scenario_ids.split(',').map((scenarioId, index) => ({ scenarioId, version: Number(versions[index]) }));
}
