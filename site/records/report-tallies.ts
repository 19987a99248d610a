import { mistakeCodes, type MistakeCode } from '../../engine/mistakes.ts';
import { bucketKey, bucketStart, type BucketSize } from './periods.ts';
import type { ReportFrame } from './report-scope.ts';
import type { Run } from './runs.ts';

/**
 * What the error report (error-report.ts) counts, summed before it becomes
 * lines, bars and a heat map: the part a records store can answer without
 * handing over the attempts (PostgreSQL sums day totals a trigger keeps,
 * postgres-report-tallies.ts). Rows come in no particular order.
 *
 * The parts that name people (a line per operator or team, the heat map's
 * rows, the people who keep making a code) hold at most `top` of them, the
 * ones a lead looks at first, with how many there are in all: a report on
 * every team of a large company would otherwise send a line and a row per
 * person, ten thousand of them, to draw eight.
 */

/** The attempts a report counts: those of the trainees on the teams, in the span, on the scenario. */
export interface ReportAttemptsQuery {
  /** Trainees on these teams (report-scope.ts reportOperators); every trainee when absent. */
  readonly teamIds?: readonly string[];
  readonly scenarioId?: string;
  /** ISO instants, `from` included, `to` excluded: any instants, not only midnights. */
  readonly from: string;
  readonly to: string;
  readonly bucket: BucketSize;
}

export interface ReportTalliesQuery extends ReportAttemptsQuery {
  /** How many people or teams each part naming them holds at most; every one when absent. */
  readonly top?: number;
}

/** Commands and mistakes in one bucket, named by its key (the China date it starts on, periods.ts). */
export interface BucketTally {
  readonly bucket: string;
  readonly commands: number;
  readonly mistakes: number;
}

/** The lines of the `top` keys with the most mistakes (ties by key, as JavaScript compares strings), out of `count` keys with an attempt. */
export interface TopLines {
  readonly count: number;
  readonly rows: readonly (BucketTally & { readonly key: string })[];
}

/** An operator's row of the heat map: their commands and mistakes, and each code's mistakes (codes they made only). */
export interface HeatRow {
  readonly userId: string;
  readonly commands: number;
  readonly mistakes: number;
  readonly codes: readonly { readonly code: MistakeCode; readonly mistakes: number }[];
}

/** Someone who made a code in `attempts` attempts, `mistakes` times in all. */
export interface Repeater {
  readonly userId: string;
  readonly attempts: number;
  readonly mistakes: number;
}

/** A code the same people keep making: `people` made it in at least `recurringAfter` attempts each, `mistakes` times together. */
export interface RecurringTally {
  readonly code: MistakeCode;
  readonly people: number;
  readonly mistakes: number;
  /** The `top` of them: most attempts, then most mistakes, then by id. */
  readonly operators: readonly Repeater[];
}

export interface ReportTallies {
  readonly attempts: number;
  readonly commands: number;
  readonly mistakes: number;
  /** Per operator and bucket, for the `top` operators. */
  readonly operators: TopLines;
  /** Per team in scope and bucket (a team's members pooled), for the `top` teams. */
  readonly teams: TopLines;
  /** Per scenario (every version) and bucket. */
  readonly scenarios: readonly (BucketTally & { readonly scenarioId: string })[];
  /** Per step of a scenario and bucket, as the attempts' per-step summaries count them. */
  readonly steps: readonly (BucketTally & { readonly scenarioId: string; readonly stepId: string })[];
  /** Per mistake code and bucket. */
  readonly codes: readonly { readonly code: MistakeCode; readonly bucket: string; readonly mistakes: number }[];
  /** Per code made at all, how many operators made it. */
  readonly codePeople: readonly { readonly code: MistakeCode; readonly people: number }[];
  /** The heat map's rows: the `top` operators with the highest error rate (mistakes ÷ commands, 0 with no command; ties by id). */
  readonly heat: readonly HeatRow[];
  /** Codes someone made in `recurringAfter` attempts or more. */
  readonly recurring: readonly RecurringTally[];
}

/** Attempts in which an operator makes a code before it counts as recurring. */
export const recurringAfter = 2;

/** JavaScript's order of strings, which the stores sort ids by too (PostgreSQL with COLLATE "C"). */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** An error rate to rank or compare with a threshold: 0 when nothing was issued. */
export function rateOrZero(mistakes: number, commands: number): number {
  return commands === 0 ? 0 : mistakes / commands;
}

/** Heat-map rows worst first: the highest error rate, then by id. */
export function worstFirst(a: Omit<HeatRow, 'codes'>, b: Omit<HeatRow, 'codes'>): number {
  return rateOrZero(b.mistakes, b.commands) - rateOrZero(a.mistakes, a.commands) || compareIds(a.userId, b.userId);
}

/** Repeaters in order: most attempts making the code, then most mistakes, then by id. */
export function mostRepeated(a: Repeater, b: Repeater): number {
  return b.attempts - a.attempts || b.mistakes - a.mistakes || compareIds(a.userId, b.userId);
}

/** Sums under a key made of the row's identifying fields. */
class Sums<Row extends object> {
  readonly #rows = new Map<string, Row>();

  /** The sum under `key`, made by `make` the first time. */
  at(key: string, make: () => Row): Row {
    let sum = this.#rows.get(key);
    if (sum === undefined) {
      sum = make();
      this.#rows.set(key, sum);
    }
    return sum;
  }

  get rows(): Row[] {
    return [...this.#rows.values()];
  }
}

interface Totals {
  commands: number;
  mistakes: number;
}

/** A bucket's sums while they are added to. */
type BucketSum = Totals & { bucket: string };

/** The `top` keys with the most mistakes, and their rows. */
function topLines(rows: readonly (BucketTally & { key: string })[], top: number | undefined): TopLines {
  const totals = new Map<string, number>();
  for (const row of rows) totals.set(row.key, (totals.get(row.key) ?? 0) + row.mistakes);
  const kept = new Set(
    [...totals]
      .sort(([a, x], [b, y]) => y - x || compareIds(a, b))
      .slice(0, top)
      .map(([key]) => key),
  );
  return { count: totals.size, rows: rows.filter((row) => kept.has(row.key)) };
}

/** The tallies of runs already narrowed to the report's scope, for the frame's people and teams: the reference every store's answer must equal. */
export function tallyRuns(runs: readonly Run[], frame: Pick<ReportFrame, 'operators' | 'teams'>, { bucket: size, top }: Pick<ReportTalliesQuery, 'bucket' | 'top'>): ReportTallies {
  const chosenTeams = new Set(frame.teams.map((team) => team.id));
  const operators = new Sums<BucketSum & { key: string }>();
  const teams = new Sums<BucketSum & { key: string }>();
  const scenarios = new Sums<BucketSum & { scenarioId: string }>();
  const steps = new Sums<BucketSum & { scenarioId: string; stepId: string }>();
  const codes = new Sums<{ code: MistakeCode; bucket: string; mistakes: number }>();
  const people = new Map<string, Totals & { codes: Map<MistakeCode, { attempts: number; mistakes: number }> }>();
  const total: Totals = { commands: 0, mistakes: 0 };
  // A bucket's key formatted once, not once an attempt.
  const keys = new Map<number, string>();
  for (const run of runs) {
    const start = bucketStart(run.at, size);
    const bucket = keys.get(start) ?? keys.set(start, bucketKey(run.at, size)).get(start)!;
    const mistakes = run.mistakes.length;
    const addRun = (sum: Totals) => {
      sum.commands += run.commands;
      sum.mistakes += mistakes;
    };
    addRun(total);
    // Ids joined with a character none of them holds.
    addRun(operators.at(`${run.userId}\u0000${bucket}`, () => ({ key: run.userId, bucket, commands: 0, mistakes: 0 })));
    for (const team of frame.operators.get(run.userId)!.teamIds)
      if (chosenTeams.has(team)) addRun(teams.at(`${team}\u0000${bucket}`, () => ({ key: team, bucket, commands: 0, mistakes: 0 })));
    addRun(scenarios.at(`${run.scenarioId}\u0000${bucket}`, () => ({ scenarioId: run.scenarioId, bucket, commands: 0, mistakes: 0 })));
    for (const step of run.perStep) {
      const sum = steps.at(`${run.scenarioId}\u0000${step.id}\u0000${bucket}`, () => ({ scenarioId: run.scenarioId, stepId: step.id, bucket, commands: 0, mistakes: 0 }));
      sum.commands += step.commands;
      sum.mistakes += step.mistakes;
    }
    const person = people.get(run.userId) ?? people.set(run.userId, { commands: 0, mistakes: 0, codes: new Map() }).get(run.userId)!;
    addRun(person);
    const made = new Set<MistakeCode>();
    for (const { code } of run.mistakes) {
      codes.at(`${code}\u0000${bucket}`, () => ({ code, bucket, mistakes: 0 })).mistakes += 1;
      const tally = person.codes.get(code) ?? person.codes.set(code, { attempts: 0, mistakes: 0 }).get(code)!;
      tally.mistakes += 1;
      // An attempt counts once per code.
      if (!made.has(code)) tally.attempts += 1;
      made.add(code);
    }
  }
  return {
    attempts: runs.length,
    ...total,
    operators: topLines(operators.rows, top),
    teams: topLines(teams.rows, top),
    scenarios: scenarios.rows,
    steps: steps.rows,
    codes: codes.rows,
    codePeople: mistakeCodes.flatMap((code) => {
      const count = [...people.values()].filter((person) => person.codes.has(code)).length;
      return count === 0 ? [] : [{ code, people: count }];
    }),
    heat: [...people]
      .map(([userId, person]) => ({ userId, commands: person.commands, mistakes: person.mistakes, codes: [...person.codes].map(([code, tally]) => ({ code, mistakes: tally.mistakes })) }))
      .sort(worstFirst)
      .slice(0, top),
    recurring: mistakeCodes.flatMap((code) => {
      const repeaters = [...people]
        .flatMap(([userId, person]) => {
          const made = person.codes.get(code);
          return made !== undefined && made.attempts >= recurringAfter ? [{ userId, ...made }] : [];
        })
        .sort(mostRepeated);
      if (repeaters.length === 0) return [];
      return [{ code, people: repeaters.length, mistakes: repeaters.reduce((sum, repeater) => sum + repeater.mistakes, 0), operators: repeaters.slice(0, top) }];
    }),
  };
}
