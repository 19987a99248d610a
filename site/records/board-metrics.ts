import { accuracy, errorRate } from '../../engine/scenario/score.ts';
import { improvementWindows, periodRange, type PeriodKind } from './periods.ts';
import { rangeMs, runsByUser, sortVersions, uniqueRuns, versionKey, versionOf, type Run, type VersionRef } from './runs.ts';
import type { StoredAttempt } from './schema.ts';

/**
 * One person's value on each board metric, from their completed runs. The
 * rules are stated for people in board-rules.ts; this file is what they say,
 * in code, and the two change together.
 */

/** What a board ranks by (seed 004: many measures, not one number). */
export const boardMetrics = ['score', 'accuracy', 'completed', 'improved'] as const;
export type BoardMetric = (typeof boardMetrics)[number];

export function isBoardMetric(value: unknown): value is BoardMetric {
  return (boardMetrics as readonly unknown[]).includes(value);
}

/** A person's standing on one metric: only people with one are on the board. */
export interface PersonalResult {
  readonly value: number;
  /** Commands issued in the runs that made the value. */
  readonly commands: number;
  /** The scenario versions whose runs made the value. */
  readonly counts: readonly VersionRef[];
}

type Span = { readonly from: number; readonly to: number };

export interface MetricContext {
  /** The board's period. */
  readonly range: Span;
  /** The two spans "most improved" compares (periods.ts, improvementWindows). */
  readonly before: Span;
  readonly after: Span;
  /** Commands a person's counted runs must hold before a rate (accuracy, improvement) is ranked. */
  readonly minCommands: number;
}

/**
 * Whether run `a` beats run `b` on one scenario version: the higher score,
 * then fewer mistakes. Runs arrive oldest first and only a strictly better one
 * replaces the best, so of equal runs the earliest is kept: doing it again
 * just as well changes nothing.
 */
function beats(a: Run, b: Run): boolean {
  return a.score !== b.score ? a.score > b.score : a.mistakes.length < b.mistakes.length;
}

/** The best completed run of each scenario version among `runs` (oldest first) inside the span. */
function bestPerVersion(runs: readonly Run[], span: Span): Map<string, Run> {
  const best = new Map<string, Run>();
  for (const run of runs) {
    if (run.at < span.from || run.at >= span.to) continue;
    const key = versionKey(versionOf(run));
    const kept = best.get(key);
    if (kept === undefined || beats(run, kept)) best.set(key, run);
  }
  return best;
}

/** Score: how far the person's best on each version rose in the period (all time: the sum of their bests). */
function score(runs: readonly Run[], { range }: MetricContext): PersonalResult | undefined {
  const earlier = bestPerVersion(runs, { from: Number.NEGATIVE_INFINITY, to: range.from });
  let value = 0;
  let commands = 0;
  const counts: VersionRef[] = [];
  for (const [key, run] of bestPerVersion(runs, range)) {
    const gain = run.score - (earlier.get(key)?.score ?? 0);
    if (gain <= 0) continue;
    value += gain;
    commands += run.commands;
    counts.push(versionOf(run));
  }
  return counts.length === 0 ? undefined : { value, commands, counts: sortVersions(counts) };
}

/** Completed: scenario versions the person completed for the first time in the period. */
function completed(runs: readonly Run[], { range }: MetricContext): PersonalResult | undefined {
  const first = new Map<string, Run>();
  for (const run of runs) if (!first.has(versionKey(versionOf(run)))) first.set(versionKey(versionOf(run)), run);
  const inPeriod = [...first.values()].filter((run) => run.at >= range.from && run.at < range.to);
  if (inPeriod.length === 0) return undefined;
  return { value: inPeriod.length, commands: inPeriod.reduce((sum, run) => sum + run.commands, 0), counts: sortVersions(inPeriod.map(versionOf)) };
}

/** Mistakes and commands over the best run of each version in the span; none when they hold too few commands to judge. */
function bestRuns(runs: readonly Run[], span: Span, minCommands: number) {
  const best = [...bestPerVersion(runs, span).values()];
  const commands = best.reduce((sum, run) => sum + run.commands, 0);
  const mistakes = best.reduce((sum, run) => sum + run.mistakes.length, 0);
  // At least one command even when the minimum is 0: a rate over nothing is no rate.
  return commands >= Math.max(1, minCommands) ? { commands, mistakes, counts: best.map(versionOf) } : undefined;
}

/** Accuracy: 1 − mistakes ÷ commands over the best run of each version in the period. */
function accuracyOf(runs: readonly Run[], { range, minCommands }: MetricContext): PersonalResult | undefined {
  const counted = bestRuns(runs, range, minCommands);
  return counted && { value: accuracy(counted.mistakes, counted.commands), commands: counted.commands, counts: sortVersions(counted.counts) };
}

/** Most improved: the error rate before minus the error rate after, each as accuracy counts it; both spans must qualify. */
function improved(runs: readonly Run[], { before, after, minCommands }: MetricContext): PersonalResult | undefined {
  const then = bestRuns(runs, before, minCommands);
  const now = bestRuns(runs, after, minCommands);
  if (then === undefined || now === undefined) return undefined;
  return {
    value: errorRate(then.mistakes, then.commands) - errorRate(now.mistakes, now.commands),
    commands: then.commands + now.commands,
    counts: sortVersions([...then.counts, ...now.counts]),
  };
}

/** A person's result on a metric from their completed runs, oldest first; undefined when they are not on that board. */
export function personalResult(metric: BoardMetric, completedRuns: readonly Run[], context: MetricContext): PersonalResult | undefined {
  switch (metric) {
    case 'score':
      return score(completedRuns, context);
    case 'accuracy':
      return accuracyOf(completedRuns, context);
    case 'completed':
      return completed(completedRuns, context);
    case 'improved':
      return improved(completedRuns, context);
    default: {
      const _exhaustive: never = metric;
      return _exhaustive;
    }
  }
}

/** What a board asks the records for: each listed person's result on one metric, over the period holding `now`. */
export interface BoardResultsQuery {
  readonly metric: BoardMetric;
  readonly period: PeriodKind;
  readonly now: string;
  readonly minCommands: number;
  /** The people to rank (the board's trainees); anyone else's attempts are left out. */
  readonly userIds: readonly string[];
}

/** The result of each listed person who has one, from their attempts: what a store answers to `boardResults`, computed in memory. */
export function personalResults(attempts: readonly StoredAttempt[], query: BoardResultsQuery): Map<string, PersonalResult> {
  const windows = improvementWindows(query.period, query.now);
  const context = { range: rangeMs(periodRange(query.period, query.now)), before: rangeMs(windows.before), after: rangeMs(windows.after), minCommands: query.minCommands };
  const ids = new Set(query.userIds);
  const completedRuns = runsByUser(uniqueRuns(attempts).filter((run) => run.completed && ids.has(run.userId)));
  const results = new Map<string, PersonalResult>();
  for (const userId of query.userIds) {
    const result = personalResult(query.metric, completedRuns.get(userId) ?? [], context);
    if (result !== undefined) results.set(userId, result);
  }
  return results;
}
