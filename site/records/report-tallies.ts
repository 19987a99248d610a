import type { MistakeCode } from '../../engine/mistakes.ts';
import { bucketKey, type BucketSize } from './periods.ts';
import type { Run } from './runs.ts';

/**
 * What the error report (error-report.ts) counts, summed per bucket before
 * it becomes lines, bars and a heat map: the part a records store can
 * answer without handing over the attempts (PostgreSQL sums day totals a
 * trigger keeps, postgres-report-tallies.ts). Every row stands for at
 * least one attempt, step or mistake, so a row with zeros still draws its
 * line. Rows come in no particular order.
 */

/** The attempts a report counts: those of the trainees on the teams, in the span, on the scenario. */
export interface ReportTalliesQuery {
  /** Trainees on these teams (report-scope.ts reportOperators); every trainee when absent. */
  readonly teamIds?: readonly string[];
  readonly scenarioId?: string;
  /** ISO instants, `from` included, `to` excluded: any instants, not only midnights. */
  readonly from: string;
  readonly to: string;
  readonly bucket: BucketSize;
}

/** Commands and mistakes in one bucket, named by its key (the China date it starts on, periods.ts). */
export interface BucketTally {
  readonly bucket: string;
  readonly commands: number;
  readonly mistakes: number;
}

export interface ReportTallies {
  readonly attempts: number;
  /** Per operator and bucket: the attempts' commands and mistakes. */
  readonly operators: readonly (BucketTally & { readonly userId: string })[];
  /** Per scenario (every version) and bucket. */
  readonly scenarios: readonly (BucketTally & { readonly scenarioId: string })[];
  /** Per step of a scenario and bucket, as the attempts' per-step summaries count them. */
  readonly steps: readonly (BucketTally & { readonly scenarioId: string; readonly stepId: string })[];
  /** Per mistake code and bucket. */
  readonly codes: readonly { readonly code: MistakeCode; readonly bucket: string; readonly mistakes: number }[];
  /** Per operator and code over the whole span: its mistakes, and the attempts holding at least one. */
  readonly operatorCodes: readonly { readonly userId: string; readonly code: MistakeCode; readonly mistakes: number; readonly attempts: number }[];
}

/** Sums under a key made of the row's identifying fields. */
class Sums<Row extends object> {
  readonly #rows = new Map<string, Row>();

  add(key: string, row: Row, add: (sum: Row) => void): void {
    const sum = this.#rows.get(key) ?? this.#rows.set(key, { ...row }).get(key)!;
    add(sum);
  }

  get rows(): Row[] {
    return [...this.#rows.values()];
  }
}

/** The tallies of runs already narrowed to the report's scope: the reference every store's answer must equal. */
export function tallyRuns(runs: readonly Run[], size: BucketSize): ReportTallies {
  const operators = new Sums<{ userId: string; bucket: string; commands: number; mistakes: number }>();
  const scenarios = new Sums<{ scenarioId: string; bucket: string; commands: number; mistakes: number }>();
  const steps = new Sums<{ scenarioId: string; stepId: string; bucket: string; commands: number; mistakes: number }>();
  const codes = new Sums<{ code: MistakeCode; bucket: string; mistakes: number }>();
  const operatorCodes = new Sums<{ userId: string; code: MistakeCode; mistakes: number; attempts: number }>();
  for (const run of runs) {
    const bucket = bucketKey(run.at, size);
    const mistakes = run.mistakes.length;
    const addRun = (sum: { commands: number; mistakes: number }) => {
      sum.commands += run.commands;
      sum.mistakes += mistakes;
    };
    // Ids joined with a character none of them holds.
    operators.add(`${run.userId}\u0000${bucket}`, { userId: run.userId, bucket, commands: 0, mistakes: 0 }, addRun);
    scenarios.add(`${run.scenarioId}\u0000${bucket}`, { scenarioId: run.scenarioId, bucket, commands: 0, mistakes: 0 }, addRun);
    for (const step of run.perStep) {
      steps.add(`${run.scenarioId}\u0000${step.id}\u0000${bucket}`, { scenarioId: run.scenarioId, stepId: step.id, bucket, commands: 0, mistakes: 0 }, (sum) => {
        sum.commands += step.commands;
        sum.mistakes += step.mistakes;
      });
    }
    const made = new Set<MistakeCode>();
    for (const { code } of run.mistakes) {
      codes.add(`${code}\u0000${bucket}`, { code, bucket, mistakes: 0 }, (sum) => (sum.mistakes += 1));
      operatorCodes.add(`${run.userId}\u0000${code}`, { userId: run.userId, code, mistakes: 0, attempts: 0 }, (sum) => {
        sum.mistakes += 1;
        // An attempt counts once per code.
        if (!made.has(code)) sum.attempts += 1;
      });
      made.add(code);
    }
  }
  return { attempts: runs.length, operators: operators.rows, scenarios: scenarios.rows, steps: steps.rows, codes: codes.rows, operatorCodes: operatorCodes.rows };
}
