import { mistakeCodes } from '../../engine/mistakes.ts';
import { bucketPosition, bucketsBetween, type BucketSize } from './periods.ts';
import type { ReportAttemptsQuery } from './report-tallies.ts';
import type { Run } from './runs.ts';

/**
 * The error report's CSV (error-report-csv.ts) as a records store answers
 * it: a row per period bucket, operator, scenario version and step, with
 * the numbers and no names, so that a store can sum them where the attempts
 * are (PostgreSQL: postgres-report-rows.ts) and hand them over a chunk at a
 * time, never every attempt nor every row at once.
 *
 * The order is the file's: by bucket, then operator, scenario and version
 * (ids compared as JavaScript compares strings); within those, the steps in
 * the order the attempts first name them (oldest attempt first, ties by id,
 * then the order of its `perStep`). A mistake is counted on its step's row
 * once that step has a row, that is, from the first attempt of the group
 * naming the step in its `perStep`: a mistake on a step no attempt so far
 * summarised has no row to go on, as when the CSV was drawn from the
 * attempts.
 */

/** The attempts the rows are about (as the report's tallies), and how much of the answer one chunk holds. */
export interface ReportRowsQuery extends ReportAttemptsQuery {
  /**
   * About how many attempts one chunk is summed from (`reportRowsChunk`
   * unless told): a chunk holds the rows of whole operators in a bucket, so
   * it may hold more when one operator alone has more.
   */
  readonly chunk?: number;
}

export const reportRowsChunk = 5_000;

export interface ReportRow {
  /** The bucket's key: the China date it starts on (periods.ts). */
  readonly bucket: string;
  readonly userId: string;
  readonly scenarioId: string;
  readonly version: number;
  readonly stepId: string;
  /** The step's commands and mistakes as the attempts' per-step summaries count them. */
  readonly commands: number;
  readonly mistakes: number;
  /** The mistakes on the step, one count per code of `mistakeCodes`, in that order. */
  readonly codes: readonly number[];
}

interface Group {
  readonly order: readonly (string | number)[];
  attempts: number;
  readonly steps: Map<string, { commands: number; mistakes: number; codes: number[] }>;
}

function compareTuples(a: readonly (string | number)[], b: readonly (string | number)[]): number {
  for (let index = 0; index < a.length; index++) if (a[index] !== b[index]) return a[index] < b[index] ? -1 : 1;
  return 0;
}

/** The groups of runs (already narrowed to the report's scope, oldest first, as `reportScope` gives them), sorted. */
function groupRuns(runs: readonly Run[], size: BucketSize): Group[] {
  const groups = new Map<string, Group>();
  // Each attempt's period found by arithmetic on one axis, rather than a date formatted per attempt.
  const first = runs[0]?.at ?? 0;
  const periods = bucketsBetween(first, runs.at(-1)?.at ?? first, size).map((bucket) => bucket.key);
  for (const run of runs) {
    const period = periods[bucketPosition(first, run.at, size)];
    // Ids joined with a character none of them holds.
    const key = [period, run.userId, run.scenarioId, run.scenarioVersion].join('\u0000');
    const group = groups.get(key) ?? groups.set(key, { order: [period, run.userId, run.scenarioId, run.scenarioVersion], attempts: 0, steps: new Map() }).get(key)!;
    group.attempts += 1;
    for (const step of run.perStep) {
      const row = group.steps.get(step.id) ?? group.steps.set(step.id, { commands: 0, mistakes: 0, codes: mistakeCodes.map(() => 0) }).get(step.id)!;
      row.commands += step.commands;
      row.mistakes += step.mistakes;
    }
    for (const mistake of run.mistakes) {
      const row = group.steps.get(mistake.step);
      if (row !== undefined) row.codes[mistakeCodes.indexOf(mistake.code)] += 1;
    }
  }
  return [...groups.values()].sort((a, b) => compareTuples(a.order, b.order));
}

function rowsOf(group: Group): ReportRow[] {
  const [bucket, userId, scenarioId, version] = group.order as [string, string, string, number];
  return [...group.steps].map(([stepId, row]) => ({ bucket, userId, scenarioId, version, stepId, ...row }));
}

/** Every row of the runs, in order: the reference every store's answer must equal. */
export function reportRows(runs: readonly Run[], size: BucketSize): ReportRow[] {
  return groupRuns(runs, size).flatMap(rowsOf);
}

/** The same rows cut into chunks of about `chunk` attempts each, an operator's rows of one bucket never cut apart; no chunk is empty. */
export function reportRowChunks(runs: readonly Run[], size: BucketSize, chunk: number): ReportRow[][] {
  const chunks: ReportRow[][] = [];
  let current: ReportRow[] = [];
  let attempts = 0;
  let operator = '';
  for (const group of groupRuns(runs, size)) {
    const at = `${group.order[0]}\u0000${group.order[1]}`;
    if (at !== operator && attempts >= chunk && current.length > 0) {
      chunks.push(current);
      current = [];
      attempts = 0;
    }
    operator = at;
    attempts += group.attempts;
    current.push(...rowsOf(group));
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}
