import type pg from 'pg';
import type { BoardMetric } from './board-metrics.ts';
import type { BoardRankingQuery, RankedRow, Ranking } from './board-ranking.ts';
import { teamQuorum } from './board-rules.ts';
import { improvementWindows, periodRange } from './periods.ts';
import { sortVersions, type VersionRef } from './runs.ts';

/**
 * `boardRanking` in SQL. A board reads one row per person from the period
 * totals the migrations keep as attempts arrive (board_period_totals,
 * migration 6), however many attempts were made; ranks them with window
 * functions; and sends back only the places shown and the viewer's own. The
 * versions each shown row counts are read afterwards, for those rows only,
 * from their own table (board_period_versions, migration 10).
 * The rules are board-ranking.ts's and board-metrics.ts's, and the contract
 * suite checks that both give the same rankings.
 *
 * Parameters, the same for every board: $1 the kind of period the totals
 * are kept for, $2 its start, $3 the commands a rate needs, $4 the start of
 * the period improvement compares with, $5 the viewer's row ids, $6
 * neighbours, $7 offset, $8 limit, $9 whether the value is a rate, $10 the
 * team quorum; each query names them all with their types (`parameters`),
 * since PostgreSQL refuses a parameter it cannot type.
 */

/** Each person's value on the metric, from the totals of one period; only people on the board. */
const personal: Record<BoardMetric, string> = {
  score: 'SELECT user_id AS id, gain AS value, gain_commands AS commands FROM board_period_totals WHERE kind = $1 AND period_start = $2 AND gain > 0',
  completed: 'SELECT user_id AS id, firsts::float8 AS value, first_commands AS commands FROM board_period_totals WHERE kind = $1 AND period_start = $2 AND firsts > 0',
  accuracy: `SELECT user_id AS id, greatest(0, 1 - mistakes::float8 / commands) AS value, commands
               FROM board_period_totals WHERE kind = $1 AND period_start = $2 AND commands >= $3`,
  // This period against the one before it ($4), or for all time against every month before this one (board_history).
  improved: `SELECT later.user_id AS id, earlier.mistakes::float8 / earlier.commands - later.mistakes::float8 / later.commands AS value,
                    earlier.commands + later.commands AS commands
               FROM board_period_totals later
               JOIN (SELECT user_id, commands, mistakes FROM board_period_totals WHERE kind = $1 AND period_start = $4 AND commands >= $3
                     UNION ALL
                     SELECT user_id, commands, mistakes FROM board_history WHERE $4::timestamptz IS NULL AND month_start = $2 AND commands >= $3) earlier USING (user_id)
              WHERE later.kind = $1 AND later.period_start = $2 AND later.commands >= $3`,
};

/** A person's row: trainees only. */
const individualRows = `SELECT results.id, results.value, results.commands, NULL::integer AS counted, NULL::integer AS members, NULL::text[] AS member_ids
                          FROM results JOIN users ON users.id = results.id WHERE users.role = 'trainee'`;

/** A team's row, averaged as board-ranking.ts's teamRows does: over every trainee for totals, over those who qualify for rates, in the store's order of people. */
const teamRows = `SELECT teams.id, sum(results.value ORDER BY users.seq) / CASE WHEN $9 THEN count(results.id) ELSE count(*) END AS value,
                         coalesce(sum(results.commands), 0) AS commands, count(results.id)::integer AS counted, count(*)::integer AS members,
                         array_agg(results.id) FILTER (WHERE results.id IS NOT NULL) AS member_ids
                    FROM users CROSS JOIN unnest(users.team_ids) AS member(team_id)
                    JOIN teams ON teams.id = member.team_id
                    LEFT JOIN results ON results.id = users.id
                   WHERE users.role = 'trainee'
                   GROUP BY teams.id
                  HAVING count(results.id) > 0 AND (NOT $9 OR count(results.id) >= ceil(count(*) * $10::numeric))`;

/**
 * Ranked as board-ranking.ts ranks: values equal to nine decimals share a
 * rank, and are listed by id. The total comes back even when no place is in
 * the window.
 */
const rankedSql = (rows: string, metric: BoardMetric) => `
  WITH parameters AS (SELECT $1::text, $2::timestamptz, $3::integer, $4::timestamptz, $5::text[], $6::integer, $7::integer, $8::integer, $9::boolean, $10::numeric),
       results AS (${personal[metric]}),
       board AS (${rows}),
       ranked AS (SELECT board.*, rank() OVER (ORDER BY floor(value * 1e9::float8 + 0.5::float8) DESC)::integer AS rank,
                         row_number() OVER (ORDER BY floor(value * 1e9::float8 + 0.5::float8) DESC, id COLLATE "C")::integer AS place
                    FROM board),
       own AS MATERIALIZED (SELECT place FROM ranked WHERE id = ANY($5))
  SELECT (SELECT count(*) FROM ranked)::integer AS total, shown.*
    FROM (SELECT) AS always
    LEFT JOIN LATERAL (
      SELECT ranked.*, id = ANY($5) AS is_own,
             CASE WHEN $6::integer IS NULL THEN place > $7 AND ($8::integer IS NULL OR place <= $7 + $8)
                  ELSE EXISTS (SELECT FROM own WHERE abs(own.place - ranked.place) <= $6) END AS in_window
        FROM ranked) shown ON shown.is_own OR shown.in_window
   ORDER BY shown.place`;

interface ShownRow {
  total: number;
  id: string | null;
  value: number;
  commands: number;
  counted: number | null;
  members: number | null;
  member_ids: string[] | null;
  rank: number;
  is_own: boolean;
  in_window: boolean;
}

/**
 * The lists of versions ('scenario@version') each metric counts, for the
 * people $4, as the totals keep them: the bests that gained, every best,
 * first completions, or both sides' bests. Each list comes as one string,
 * its versions apart by the unit separator (chr(31), `listSeparator`). $1
 * and $2 the period's kind and start, $3 the start of the one before (none
 * for all time, whose "before" is board_history). A person may have a list
 * on each side; a team's rows count their members' lists together, each
 * version once (versionsOfRows).
 */
const versionsSql: Record<BoardMetric, string> = {
  score: "SELECT user_id, array_to_string(gain_versions, chr(31)) AS versions FROM board_period_versions WHERE kind = $1 AND period_start = $2 AND user_id = ANY($4)",
  accuracy: "SELECT user_id, array_to_string(versions, chr(31)) AS versions FROM board_period_versions WHERE kind = $1 AND period_start = $2 AND user_id = ANY($4)",
  completed: "SELECT user_id, array_to_string(first_versions, chr(31)) AS versions FROM board_period_versions WHERE kind = $1 AND period_start = $2 AND user_id = ANY($4)",
  improved: `SELECT user_id, array_to_string(versions, chr(31)) AS versions FROM board_period_versions WHERE kind = $1 AND period_start IN ($2, $3) AND user_id = ANY($4)
             UNION ALL
             SELECT user_id, (SELECT string_agg(scenario_id || '@' || version, chr(31)) FROM unnest(scenario_ids, versions) AS counted (scenario_id, version))
               FROM board_history WHERE $3::timestamptz IS NULL AND month_start = $2 AND user_id = ANY($4)`,
};
const listSeparator = '\u001f';
const listsSql = (metric: BoardMetric) => `WITH parameters AS (SELECT $1::text, $2::timestamptz, $3::timestamptz, $4::text[]) ${versionsSql[metric]}`;

/** The versions each shown row counts, each once: a person's own, a team's its counted members'. */
async function versionsOfRows(pool: pg.Pool, metric: BoardMetric, shown: readonly (ShownRow & { id: string })[], period: readonly [kind: string, start: string, before: string | null]): Promise<Map<string, VersionRef[]>> {
  const membersOf = (row: ShownRow & { id: string }) => row.member_ids ?? [row.id];
  const people = [...new Set(shown.flatMap(membersOf))];
  const byPerson = new Map<string, string[]>();
  if (people.length > 0) {
    // Sent as text: node-postgres takes 11 ms to read 22,000 versions as arrays, 2 ms as text.
    const { rows } = await pool.query<{ user_id: string; versions: string | null }>(listsSql(metric), [...period, people]);
    for (const { user_id: userId, versions } of rows) if (versions) byPerson.set(userId, [...(byPerson.get(userId) ?? []), ...versions.split(listSeparator)]);
  }
  return new Map(
    shown.map((row) => {
      const keys = new Set(membersOf(row).flatMap((userId) => byPerson.get(userId) ?? []));
      return [row.id, [...keys].map(versionOfKey)];
    }),
  );
}

function versionOfKey(key: string): VersionRef {
  const at = key.lastIndexOf('@');
  return { scenarioId: key.slice(0, at), version: Number(key.slice(at + 1)) };
}

export async function postgresBoardRanking(pool: pg.Pool, query: BoardRankingQuery): Promise<Ranking> {
  const { scope, metric, period, now } = query;
  const isRate = metric === 'accuracy' || metric === 'improved';
  // Improvement compares weeks for a week's board, months otherwise; all time's "before" is every month before this one.
  const kind = metric === 'improved' ? (period === 'week' ? 'week' : 'month') : period;
  const windows = improvementWindows(period, now);
  const start = metric === 'improved' ? windows.after.from : periodRange(period, now).from;
  const before = metric === 'improved' && period !== 'all' ? windows.before.from : null;
  if (metric === 'improved' && period === 'all') await historyBefore(pool, start);

  const viewerIds = scope === 'individual' ? [query.viewer.id] : query.viewer.teamIds;
  const { rows } = await pool.query<ShownRow>(rankedSql(scope === 'individual' ? individualRows : teamRows, metric), [
    kind,
    start,
    Math.max(1, query.minCommands),
    before,
    viewerIds,
    query.neighbours ?? null,
    query.offset ?? 0,
    query.limit ?? null,
    isRate,
    teamQuorum,
  ]);
  const shown = rows.filter((row): row is ShownRow & { id: string } => row.id !== null);

  const versions = await versionsOfRows(pool, metric, shown, [kind, start, before]);
  const ranked = (row: ShownRow & { id: string }): RankedRow => ({
    rank: row.rank,
    id: row.id,
    value: row.value,
    commands: Number(row.commands),
    ...(row.members === null ? {} : { members: { counted: row.counted ?? 0, total: row.members } }),
    counts: sortVersions(versions.get(row.id) ?? []),
  });
  return { rows: shown.filter((row) => row.in_window).map(ranked), own: shown.filter((row) => row.is_own).map(ranked), total: rows[0]?.total ?? 0 };
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
