import { mistakeCodes, type MistakeCode } from '../../engine/mistakes.ts';
import { bucketKeyStart, bucketsBetween, instantMs, type Bucket, type BucketSize, type Range } from './periods.ts';
import { reportFrame, reportRange, reportScope, type ReportFrame, type ReportInput, type ReportQuestion } from './report-scope.ts';
import { compareIds, mostRepeated, tallyRuns, worstFirst, type HeatRow, type RecurringTally, type ReportTallies } from './report-tallies.ts';
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
  /** Operators with an attempt in the report, of whom `operators` are the worst. */
  readonly of: number;
}

/** A code the same people keep making: `people` operators made it in at least `recurringAfter` attempts each; the first of them listed. */
export type RecurringMistake = RecurringTally;

/** Operators, teams, heat-map rows and repeaters a report names at most: the top of each, with how many there are. */
export const reportPeopleShown = 20;

export interface ErrorReport {
  readonly range: Range;
  readonly bucket: BucketSize;
  /** The time axis, with no gaps. */
  readonly buckets: readonly Bucket[];
  readonly totals: Tally & { readonly attempts: number };
  /** The people the report names, with real names (the report is for leads and admins). */
  readonly operators: readonly Pick<User, 'id' | 'name' | 'teamIds'>[];
  readonly teams: readonly Team[];
  /** Lines over time, most mistakes first: every scenario, step and code; the top operators and teams. */
  readonly series: Readonly<Record<ReportDimension, readonly Series[]>>;
  /** How many lines each dimension has in all, of which `series` holds the first. */
  readonly lineCounts: Readonly<Record<ReportDimension, number>>;
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
      .sort((a, b) => b.total.mistakes - a.total.mistakes || compareIds(a.key, b.key));
  }
}

/**
 * The time axis: the whole period up to now (all time: from the first attempt), and never short of an attempt in it.
 * The buckets attempts fell in stand for the attempts (every attempt is on a scenario): an axis only ever compares them with bucket starts.
 */
function axis(frame: ReportFrame, tallies: ReportTallies, size: BucketSize, allTime: boolean): Bucket[] {
  // Keys are dates, YYYY-MM-DD: they sort as text.
  const keys = tallies.scenarios.map((row) => row.bucket);
  if (keys.length === 0 && allTime) return [];
  const earliest = keys.reduce((min, key) => (key < min ? key : min), keys[0]);
  const latest = keys.reduce((max, key) => (key > max ? key : max), keys[0]);
  const first = allTime ? bucketKeyStart(earliest) : instantMs(frame.range.from);
  const last = latest === undefined ? first : Math.max(first, bucketKeyStart(latest));
  return bucketsBetween(first, Math.max(Math.min(frame.now, instantMs(frame.range.to) - 1), last), size);
}

function timeSeries(tallies: ReportTallies, buckets: readonly Bucket[]): Record<ReportDimension, Series[]> {
  const at = new Map(buckets.map((bucket, index) => [bucket.key, index]));
  const lines = Object.fromEntries(reportDimensions.map((dimension) => [dimension, new Lines(buckets.length)])) as Record<ReportDimension, Lines>;
  // Each attempt is on one scenario: the scenarios' commands are the bucket's.
  const commands = new Array<number>(buckets.length).fill(0);
  for (const row of tallies.scenarios) {
    commands[at.get(row.bucket)!] += row.commands;
    lines.scenario.add(row.scenarioId, at.get(row.bucket)!, row.commands, row.mistakes);
  }
  for (const row of tallies.operators.rows) lines.operator.add(row.key, at.get(row.bucket)!, row.commands, row.mistakes);
  for (const row of tallies.teams.rows) lines.team.add(row.key, at.get(row.bucket)!, row.commands, row.mistakes);
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

/** Rows worst first, so the top of the heat map is where a lead looks first. */
function heatMap(rows: readonly HeatRow[], of: number): HeatMap {
  const sorted = rows.toSorted(worstFirst);
  return {
    operators: sorted.map((row) => row.userId),
    codes: mistakeCodes,
    cells: sorted.map((row) => mistakeCodes.map((code) => tally(row.commands, row.codes.find((made) => made.code === code)?.mistakes ?? 0))),
    of,
  };
}

/** The codes most people keep making first; the people who made each most often first. */
function recurring(entries: readonly RecurringTally[]): RecurringMistake[] {
  const order = (code: MistakeCode) => mistakeCodes.indexOf(code);
  return entries
    .map((entry) => ({ ...entry, operators: entry.operators.toSorted(mostRepeated) }))
    .sort((a, b) => b.people - a.people || b.mistakes - a.mistakes || order(a.code) - order(b.code));
}

/** The report drawn from its tallies, whoever summed them. */
function reportOf(question: ReportQuestion & { readonly bucket: BucketSize }, tallies: ReportTallies): ErrorReport {
  const frame = reportFrame(question);
  const buckets = axis(frame, tallies, question.bucket, question.filters.period === 'all');
  const series = timeSeries(tallies, buckets);
  const heat = heatMap(tallies.heat, tallies.operators.count);
  const repeated = recurring(tallies.recurring);
  const named = new Set([...series.operator.map((line) => line.key), ...heat.operators, ...repeated.flatMap((entry) => entry.operators.map((operator) => operator.userId))]);
  return {
    range: frame.range,
    bucket: question.bucket,
    buckets,
    totals: { ...tally(tallies.commands, tallies.mistakes), attempts: tallies.attempts },
    operators: [...frame.operators.values()].filter((operator) => named.has(operator.id)).map(({ id, name, teamIds }) => ({ id, name, teamIds })),
    teams: frame.teams,
    series,
    lineCounts: { operator: tallies.operators.count, team: tallies.teams.count, scenario: series.scenario.length, step: series.step.length, code: series.code.length },
    byCode: mistakeCodes.map((code) => ({
      code,
      tally: tally(tallies.commands, series.code.find((line) => line.key === code)?.total.mistakes ?? 0),
      operators: tallies.codePeople.find((entry) => entry.code === code)?.people ?? 0,
    })),
    heatMap: heat,
    recurring: repeated,
  };
}

/** The report over attempts in hand: the reference for what a store's tallies must give. */
export function errorReport(input: ReportInput & { readonly bucket: BucketSize }): ErrorReport {
  const scope = reportScope(input);
  return reportOf(input, tallyRuns(scope.runs, scope, { bucket: input.bucket, top: reportPeopleShown }));
}

/** The report as the error report's route draws it: the store sums the attempts (PostgreSQL without reading them), the rest is drawn here. */
export async function storeErrorReport(store: Pick<RecordsStore, 'reportTallies'>, question: ReportQuestion & { readonly bucket: BucketSize }): Promise<ErrorReport> {
  const { from, to } = reportRange(question.filters, question.now);
  const { teamIds, scenarioId } = question.filters;
  return reportOf(question, await store.reportTallies({ teamIds, scenarioId, from, to, bucket: question.bucket, top: reportPeopleShown }));
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
    heatMap: { operators: [], codes: report.heatMap.codes, cells: [], of: report.heatMap.of },
    recurring: report.recurring.map((entry) => ({ ...entry, operators: entry.operators.map((operator, index) => ({ ...operator, userId: `#${index + 1}` })) })),
  };
}
