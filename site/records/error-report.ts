import { mistakeCodes, type MistakeCode } from '../../engine/mistakes.ts';
import { bucketKeyStart, bucketsBetween, instantMs, type Bucket, type BucketSize, type Range } from './periods.ts';
import { reportFrame, reportRange, reportScope, type ReportFrame, type ReportInput, type ReportQuestion } from './report-scope.ts';
import { tallyRuns, type ReportTallies } from './report-tallies.ts';
import type { Team, User } from './schema.ts';
import type { RecordsStore } from './store.ts';

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

/**
 * The time axis: the whole period up to now (all time: from the first attempt), and never short of an attempt in it.
 * The buckets attempts fell in stand for the attempts: an axis only ever compares them with bucket starts.
 */
function axis(frame: ReportFrame, tallies: ReportTallies, size: BucketSize, allTime: boolean): Bucket[] {
  // Keys are dates, YYYY-MM-DD: they sort as text.
  const keys = tallies.operators.map((row) => row.bucket);
  if (keys.length === 0 && allTime) return [];
  const earliest = keys.reduce((min, key) => (key < min ? key : min), keys[0]);
  const latest = keys.reduce((max, key) => (key > max ? key : max), keys[0]);
  const first = allTime ? bucketKeyStart(earliest) : instantMs(frame.range.from);
  const last = latest === undefined ? first : Math.max(first, bucketKeyStart(latest));
  return bucketsBetween(first, Math.max(Math.min(frame.now, instantMs(frame.range.to) - 1), last), size);
}

function timeSeries(frame: ReportFrame, tallies: ReportTallies, buckets: readonly Bucket[]): Record<ReportDimension, Series[]> {
  const at = new Map(buckets.map((bucket, index) => [bucket.key, index]));
  const lines = Object.fromEntries(reportDimensions.map((dimension) => [dimension, new Lines(buckets.length)])) as Record<ReportDimension, Lines>;
  const commands = new Array<number>(buckets.length).fill(0);
  const teams = new Set(frame.teams.map((team) => team.id));
  for (const row of tallies.operators) {
    const bucket = at.get(row.bucket)!;
    commands[bucket] += row.commands;
    lines.operator.add(row.userId, bucket, row.commands, row.mistakes);
    for (const team of frame.operators.get(row.userId)!.teamIds) if (teams.has(team)) lines.team.add(team, bucket, row.commands, row.mistakes);
  }
  for (const row of tallies.scenarios) lines.scenario.add(row.scenarioId, at.get(row.bucket)!, row.commands, row.mistakes);
  for (const row of tallies.steps) lines.step.add(`${row.scenarioId}/${row.stepId}`, at.get(row.bucket)!, row.commands, row.mistakes);
  for (const row of tallies.codes) lines.code.add(row.code, at.get(row.bucket)!, 0, row.mistakes);
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

function perOperator(tallies: ReportTallies): Map<string, OperatorTally> {
  const operators = new Map<string, OperatorTally>();
  for (const row of tallies.operators) {
    const operator = operators.get(row.userId) ?? operators.set(row.userId, { commands: 0, mistakes: 0, codes: new Map() }).get(row.userId)!;
    operator.commands += row.commands;
    operator.mistakes += row.mistakes;
  }
  for (const { userId, code, mistakes, attempts } of tallies.operatorCodes) operators.get(userId)!.codes.set(code, { mistakes, attempts });
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

/** The report drawn from its tallies, whoever summed them. */
function reportOf(question: ReportQuestion & { readonly bucket: BucketSize }, tallies: ReportTallies): ErrorReport {
  const frame = reportFrame(question);
  const buckets = axis(frame, tallies, question.bucket, question.filters.period === 'all');
  const operators = perOperator(tallies);
  const commands = [...operators.values()].reduce((sum, operator) => sum + operator.commands, 0);
  const total = tally(commands, [...operators.values()].reduce((sum, operator) => sum + operator.mistakes, 0));
  const series = timeSeries(frame, tallies, buckets);
  return {
    range: frame.range,
    bucket: question.bucket,
    buckets,
    totals: { ...total, attempts: tallies.attempts },
    operators: [...frame.operators.values()].map(({ id, name, teamIds }) => ({ id, name, teamIds })),
    teams: frame.teams,
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

/** The report over attempts in hand: the reference for what a store's tallies must give. */
export function errorReport(input: ReportInput & { readonly bucket: BucketSize }): ErrorReport {
  return reportOf(input, tallyRuns(reportScope(input).runs, input.bucket));
}

/** The report as the error report's route draws it: the store sums the attempts (PostgreSQL without reading them), the rest is drawn here. */
export async function storeErrorReport(store: Pick<RecordsStore, 'reportTallies'>, question: ReportQuestion & { readonly bucket: BucketSize }): Promise<ErrorReport> {
  const { from, to } = reportRange(question.filters, question.now);
  const { teamIds, scenarioId } = question.filters;
  return reportOf(question, await store.reportTallies({ teamIds, scenarioId, from, to, bucket: question.bucket }));
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
