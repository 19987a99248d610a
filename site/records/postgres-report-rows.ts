import type pg from 'pg';
import { mistakeCodes, type MistakeCode } from '../../engine/mistakes.ts';
import { bucketKeyStart, bucketsBetween, instantMs } from './periods.ts';
import { bucketOfDay, scopeSql } from './postgres-report-tallies.ts';
import { forSumming } from './postgres-summing.ts';
import { reportRowsChunk, type ReportRow, type ReportRowsQuery } from './report-rows.ts';

/**
 * The error report's CSV rows (report-rows.ts) summed in SQL from the
 * attempts, a page at a time: first the pages, found without reading a
 * record (every team all time at a million attempts: an index-only scan,
 * 2 s), each bucket's operators in id order, cut wherever their attempts
 * pass a multiple of the chunk; then one query per page, which
 * expands only that page's attempts' `perStep` and `mistakes`. So the
 * server holds one page's rows, never the attempts, and no query holds a
 * connection or a snapshot while the reader takes its time: a slow download
 * costs PostgreSQL nothing between pages.
 *
 * The trainees are chosen as the tallies choose them (`scopeSql`); ids are
 * compared byte by byte (COLLATE "C"), as JavaScript compares them.
 */

/** A page: one bucket's operators after `after` up to `through` (to the last when null), `after` being '' at a bucket's start. */
interface Page {
  readonly bucket: string;
  readonly after: string;
  readonly through: string | null;
}

const pagesSql = `
  WITH ${scopeSql},
  chosen AS (
    SELECT user_id COLLATE "C" AS user_id, ${bucketOfDay('$5', 'china_day(submitted_at)')} AS bucket FROM attempts
     WHERE user_id IN (SELECT id FROM scope) AND ($2::text IS NULL OR scenario_id = $2) AND submitted_at >= $3 AND submitted_at < $4
  ),
  operators AS (SELECT bucket, user_id, count(*) AS attempts FROM chosen GROUP BY 1, 2),
  running AS (
    SELECT bucket, user_id, attempts,
           sum(attempts) OVER (PARTITION BY bucket ORDER BY user_id ROWS UNBOUNDED PRECEDING)::bigint AS upto,
           lead(user_id) OVER (PARTITION BY bucket ORDER BY user_id) IS NULL AS last
      FROM operators
  )
  SELECT bucket, user_id, last FROM running WHERE last OR (upto - attempts) / $6 <> upto / $6 ORDER BY bucket, user_id
`;

/**
 * A page's rows. A step's row starts at the first attempt naming it in its
 * `perStep` (the oldest, ties by id, then its place there), which also
 * orders the steps; a mistake counts on it from that attempt on.
 */
const rowsSql = `
  WITH ${scopeSql},
  page AS MATERIALIZED (
    SELECT attempt.id COLLATE "C" AS id, attempt.user_id COLLATE "C" AS user_id, attempt.scenario_id COLLATE "C" AS scenario_id,
           (attempt.record->>'scenarioVersion')::bigint AS version, attempt.submitted_at AS at, attempt.record
      FROM attempts AS attempt
     WHERE attempt.user_id IN (SELECT id FROM scope WHERE id COLLATE "C" > $5 AND ($6::text IS NULL OR id COLLATE "C" <= $6))
       AND ($2::text IS NULL OR attempt.scenario_id = $2) AND attempt.submitted_at >= $3 AND attempt.submitted_at < $4
  ),
  steps AS (
    SELECT page.user_id, page.scenario_id, page.version, step->>'id' AS step_id, page.at, page.id, place,
           sum((step->>'commands')::bigint) OVER whole AS commands, sum((step->>'mistakes')::bigint) OVER whole AS mistakes
      FROM page, jsonb_array_elements(page.record->'perStep') WITH ORDINALITY AS summary (step, place)
    WINDOW whole AS (PARTITION BY page.user_id, page.scenario_id, page.version, step->>'id' ORDER BY page.at, page.id, place ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)
  ),
  firsts AS (
    SELECT DISTINCT ON (user_id, scenario_id, version, step_id) * FROM steps ORDER BY user_id, scenario_id, version, step_id, at, id, place
  ),
  made AS MATERIALIZED (
    SELECT page.user_id, page.scenario_id, page.version, mistake->>'step' AS step_id, mistake->>'code' AS code, page.at, page.id
      FROM page, jsonb_array_elements(page.record->'mistakes') AS mistake
  ),
  codes AS (
    SELECT user_id, scenario_id, version, step_id, jsonb_object_agg(code, mistakes) AS codes FROM (
      SELECT first.user_id, first.scenario_id, first.version, first.step_id, made.code, count(*) AS mistakes
        FROM firsts AS first JOIN made USING (user_id, scenario_id, version, step_id)
       WHERE (made.at, made.id) >= (first.at, first.id)
       GROUP BY 1, 2, 3, 4, 5
    ) AS counted GROUP BY 1, 2, 3, 4
  )
  SELECT first.user_id, first.scenario_id, first.version, first.step_id, first.commands, first.mistakes, codes.codes
    FROM firsts AS first LEFT JOIN codes USING (user_id, scenario_id, version, step_id)
   ORDER BY first.user_id, first.scenario_id, first.version, first.at, first.id, first.place
`;

interface RowsRow {
  readonly user_id: string;
  readonly scenario_id: string;
  readonly version: string;
  readonly step_id: string;
  readonly commands: string;
  readonly mistakes: string;
  readonly codes: Partial<Record<MistakeCode, number>> | null;
}

/** Runs `work` in a transaction of its own, on one connection. */
export type InTransaction = <T>(work: (client: Pick<pg.PoolClient, 'query'>) => Promise<T>) => Promise<T>;

/** `query` already checked (schema.ts reportRowsQuerySchema); each statement in a transaction of its own, none held between pages. */
export async function* postgresReportRows(transaction: InTransaction, query: ReportRowsQuery): AsyncGenerator<ReportRow[]> {
  // The planner takes the join of a page's steps with their codes for one row, and loops over it for each step:
  // at 100,000 attempts (a week's 860 operators a page) that was 66 million comparisons, 3.5 s a page; hashed, 0.1 s.
  const run = (sql: string, values: unknown[]) =>
    transaction(async (client) => {
      await forSumming(client);
      await client.query('SET LOCAL enable_nestloop = off');
      return client.query(sql, values);
    });
  const chosen = [query.teamIds ?? null, query.scenarioId ?? null];
  const { rows: cuts } = await run(pagesSql, [...chosen, query.from, query.to, query.bucket, query.chunk ?? reportRowsChunk]);
  const pages: Page[] = [];
  for (const [index, cut] of (cuts as { bucket: string; user_id: string; last: boolean }[]).entries()) {
    const previous = cuts[index - 1] as { bucket: string; user_id: string } | undefined;
    pages.push({ bucket: cut.bucket, after: previous?.bucket === cut.bucket ? previous.user_id : '', through: cut.last ? null : cut.user_id });
  }
  const from = instantMs(query.from);
  const to = instantMs(query.to);
  for (const page of pages) {
    const start = bucketKeyStart(page.bucket);
    // The bucket's span, cut by the report's.
    const bucket = bucketsBetween(start, start, query.bucket)[0];
    const low = instantMs(bucket.from) > from ? bucket.from : query.from;
    const high = instantMs(bucket.to) < to ? bucket.to : query.to;
    const { rows } = await run(rowsSql, [...chosen, low, high, page.after, page.through]);
    if (rows.length === 0) continue;
    yield (rows as RowsRow[]).map((row) => ({
      bucket: page.bucket,
      userId: row.user_id,
      scenarioId: row.scenario_id,
      version: Number(row.version),
      stepId: row.step_id,
      commands: Number(row.commands),
      mistakes: Number(row.mistakes),
      codes: mistakeCodes.map((code) => row.codes?.[code] ?? 0),
    }));
  }
}
