import { mistakeCodes, type MistakeCode } from '../../engine/mistakes.ts';
import { bucketPosition, bucketsBetween, instantMs, type Bucket, type BucketSize, type Range } from './periods.ts';
import { reportScope, type ReportInput, type ReportScope } from './report-scope.ts';
import type { Run } from './runs.ts';
import type { Team, User } from './schema.ts';

/**
 * The lead dashboard's numbers (seed 000: audit errors periodically and
 * summarise them into reports): error rate over time per operator, team,
 * scenario, step and mistake code; the operator × code heat map; the
 * mistakes the same people keep making.
 *
 * Error rate = mistakes ÷ commands issued, as everywhere in CRM Drill. A
 * team's rate is pooled (its members' mistakes over their commands): the
 * dashboard asks how often the team's work goes wrong, not who ranks where.
 * A code's rate is that code's mistakes over all commands, so the codes of
 * one bucket add up to its error rate.
 */

export interface Tally {
  readonly commands: number;
  readonly mistakes: number;
  /** Null when nothing was issued: a gap in a line, not a perfect 0. */
  readonly errorRate: number | null;
}

export const reportDimensions = ['operator', 'team', 'scenario', 'step', 'code'] as const;
export type ReportDimension = (typeof reportDimensions)[number];

/** One line of a chart: a user id, team id, scenario id, `scenario/step` or mistake code, with a tally per bucket. */
export interface Series {
  readonly key: string;
  readonly total: Tally;
  /** One per bucket of the report, in order. */
  readonly points: readonly Tally[];
}

/** Operators (rows) × mistake codes (columns): each cell the code's mistakes over the operator's commands. */
export interface HeatMap {
  readonly operators: readonly string[];
  readonly codes: readonly MistakeCode[];
  readonly cells: readonly (readonly Tally[])[];
}

/** A code the same people keep making: each operator listed made it in at least `recurringAfter` attempts. */
export interface RecurringMistake {
  readonly code: MistakeCode;
  readonly mistakes: number;
  readonly operators: readonly { readonly userId: string; readonly attempts: number; readonly mistakes: number }[];
}

/** Attempts in which an operator makes a code before it counts as recurring. */
export const recurringAfter = 2;

export interface ErrorReport {
  readonly range: Range;
  readonly bucket: BucketSize;
  /** The time axis, with no gaps. */
  readonly buckets: readonly Bucket[];
  readonly totals: Tally & { readonly attempts: number };
  /** The people and teams the keys name, with real names (the report is for leads and admins). */
  readonly operators: readonly Pick<User, 'id' | 'name' | 'teamIds'>[];
  readonly teams: readonly Team[];
  /** Lines over time, most mistakes first. */
  readonly series: Readonly<Record<ReportDimension, readonly Series[]>>;
  /** Bars: every code, in the taxonomy's order, with how many operators made it. */
  readonly byCode: readonly { readonly code: MistakeCode; readonly tally: Tally; readonly operators: number }[];
  readonly heatMap: HeatMap;
  readonly recurring: readonly RecurringMistake[];
}

export function tally(commands: number, mistakes: number): Tally {
  return { commands, mistakes, errorRate: commands === 0 ? null : mistakes / commands };
}

/** Commands and mistakes summed per key and bucket. */
class Lines {
  readonly #lines = new Map<string, { commands: number[]; mistakes: number[] }>();
  readonly #size: number;

  constructor(size: number) {
    this.#size = size;
  }

  add(key: string, bucket: number, commands: number, mistakes: number): void {
    let line = this.#lines.get(key);
    if (line === undefined) {
      line = { commands: new Array<number>(this.#size).fill(0), mistakes: new Array<number>(this.#size).fill(0) };
      this.#lines.set(key, line);
    }
    line.commands[bucket] += commands;
    line.mistakes[bucket] += mistakes;
  }

  /** The lines; `commandsOf` replaces every line's commands, for codes, whose rate is over all the bucket's commands. */
  series(commandsOf?: readonly number[]): Series[] {
    const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
    return [...this.#lines]
      .map(([key, line]) => {
        const commands = commandsOf ?? line.commands;
        return { key, total: tally(sum(commands), sum(line.mistakes)), points: line.mistakes.map((mistakes, index) => tally(commands[index], mistakes)) };
      })
      .sort((a, b) => b.total.mistakes - a.total.mistakes || (a.key < b.key ? -1 : 1));
  }
}

/** The time axis: the whole period up to now (all time: from the first attempt), and never short of an attempt in it. */
function axis(scope: ReportScope, size: BucketSize, allTime: boolean): Bucket[] {
  const first = allTime ? scope.runs[0]?.at : instantMs(scope.range.from);
  if (first === undefined) return [];
  const last = Math.max(Math.min(scope.now, instantMs(scope.range.to) - 1), scope.runs.at(-1)?.at ?? first);
  return bucketsBetween(first, last, size);
}

function timeSeries(scope: ReportScope, buckets: readonly Bucket[], size: BucketSize): Record<ReportDimension, Series[]> {
  const first = buckets.length === 0 ? 0 : instantMs(buckets[0].from);
  const lines = Object.fromEntries(reportDimensions.map((dimension) => [dimension, new Lines(buckets.length)])) as Record<ReportDimension, Lines>;
  const commands = new Array<number>(buckets.length).fill(0);
  const teams = new Set(scope.teams.map((team) => team.id));
  // One `scenario/step` string per step of a scenario, not one per step of every attempt (60,000 of them at 10,000 attempts).
  const stepKeys = new Map<string, Map<string, string>>();
  const stepKey = (scenarioId: string, stepId: string) => {
    const steps = stepKeys.get(scenarioId) ?? stepKeys.set(scenarioId, new Map()).get(scenarioId)!;
    return steps.get(stepId) ?? steps.set(stepId, `${scenarioId}/${stepId}`).get(stepId)!;
  };
  for (const run of scope.runs) {
    const at = bucketPosition(first, run.at, size);
    const mistakes = run.mistakes.length;
    commands[at] += run.commands;
    lines.operator.add(run.userId, at, run.commands, mistakes);
    for (const team of scope.operators.get(run.userId)!.teamIds) if (teams.has(team)) lines.team.add(team, at, run.commands, mistakes);
    lines.scenario.add(run.scenarioId, at, run.commands, mistakes);
    for (const step of run.perStep) lines.step.add(stepKey(run.scenarioId, step.id), at, step.commands, step.mistakes);
    for (const mistake of run.mistakes) lines.code.add(mistake.code, at, 0, 1);
  }
  return {
    operator: lines.operator.series(),
    team: lines.team.series(),
    scenario: lines.scenario.series(),
    step: lines.step.series(),
    code: lines.code.series(commands),
  };
}

/** What one operator did in scope: commands, mistakes, and per code the mistakes and the attempts they were made in. */
interface OperatorTally {
  commands: number;
  mistakes: number;
  readonly codes: Map<MistakeCode, { mistakes: number; attempts: number }>;
}

function perOperator(runs: readonly Run[]): Map<string, OperatorTally> {
  const operators = new Map<string, OperatorTally>();
  for (const run of runs) {
    const operator = operators.get(run.userId) ?? { commands: 0, mistakes: 0, codes: new Map() };
    operators.set(run.userId, operator);
    operator.commands += run.commands;
    operator.mistakes += run.mistakes.length;
    for (const [index, { code }] of run.mistakes.entries()) {
      const made = operator.codes.get(code) ?? operator.codes.set(code, { mistakes: 0, attempts: 0 }).get(code)!;
      made.mistakes += 1;
      // An attempt counts once per code: at the code's first mistake in it.
      if (run.mistakes.findIndex((mistake) => mistake.code === code) === index) made.attempts += 1;
    }
  }
  return operators;
}

/** Rows worst first, so the top of the heat map is where a lead looks first. */
function heatMap(operators: ReadonlyMap<string, OperatorTally>): HeatMap {
  const rate = new Map([...operators].map(([id, operator]) => [id, tally(operator.commands, operator.mistakes).errorRate ?? 0]));
  const ids = [...operators.keys()].sort((a, b) => rate.get(b)! - rate.get(a)! || (a < b ? -1 : 1));
  return {
    operators: ids,
    codes: mistakeCodes,
    cells: ids.map((id) => mistakeCodes.map((code) => tally(operators.get(id)!.commands, operators.get(id)!.codes.get(code)?.mistakes ?? 0))),
  };
}

function recurring(operators: ReadonlyMap<string, OperatorTally>): RecurringMistake[] {
  return mistakeCodes
    .map((code) => {
      const repeaters = [...operators]
        .flatMap(([userId, operator]) => {
          const made = operator.codes.get(code);
          return made !== undefined && made.attempts >= recurringAfter ? [{ userId, ...made }] : [];
        })
        .sort((a, b) => b.attempts - a.attempts || b.mistakes - a.mistakes || (a.userId < b.userId ? -1 : 1));
      return { code, mistakes: repeaters.reduce((sum, repeater) => sum + repeater.mistakes, 0), operators: repeaters };
    })
    .filter((entry) => entry.operators.length > 0)
    .sort((a, b) => b.operators.length - a.operators.length || b.mistakes - a.mistakes);
}

export function errorReport(input: ReportInput & { readonly bucket: BucketSize }): ErrorReport {
  const scope = reportScope(input);
  const buckets = axis(scope, input.bucket, input.filters.period === 'all');
  const operators = perOperator(scope.runs);
  const commands = scope.runs.reduce((sum, run) => sum + run.commands, 0);
  const total = tally(commands, scope.runs.reduce((sum, run) => sum + run.mistakes.length, 0));
  const series = timeSeries(scope, buckets, input.bucket);
  return {
    range: scope.range,
    bucket: input.bucket,
    buckets,
    totals: { ...total, attempts: scope.runs.length },
    operators: [...scope.operators.values()].map(({ id, name, teamIds }) => ({ id, name, teamIds })),
    teams: scope.teams,
    series,
    byCode: mistakeCodes.map((code) => ({
      code,
      tally: tally(commands, series.code.find((line) => line.key === code)?.total.mistakes ?? 0),
      operators: [...operators.values()].filter((operator) => operator.codes.has(code)).length,
    })),
    heatMap: heatMap(operators),
    recurring: recurring(operators),
  };
}

/**
 * The report as a consultant sees it: which mistakes are made and where in
 * the scenarios, without whom. Per-person lines, the heat map's rows and the
 * names of repeaters are dropped; counts stay.
 */
export function withoutPeople(report: ErrorReport): ErrorReport {
  return {
    ...report,
    operators: [],
    series: { ...report.series, operator: [] },
    heatMap: { operators: [], codes: report.heatMap.codes, cells: [] },
    recurring: report.recurring.map((entry) => ({ ...entry, operators: entry.operators.map((operator, index) => ({ ...operator, userId: `#${index + 1}` })) })),
  };
}
