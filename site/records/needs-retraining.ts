import type { Scenario } from '../../engine/index.ts';
import type { MistakeCode } from '../../engine/mistakes.ts';
import { scenariosTraining } from '../lib/lesson-index.ts';
import { reportScope, type ReportInput } from './report-scope.ts';
import { runsByUser, type Run } from './runs.ts';

/**
 * Who needs retraining on what: operators whose error rate on a mistake
 * code stays above the lead's threshold, with the scenarios that train it
 * (seed 000: penalise repeated errors — here, by drilling them again).
 *
 * "Stays above" means: in each of the operator's last `inARow` attempts
 * that could show the code (on a scenario with a step watching it, or that
 * showed it anyway), the code's mistakes ÷ that attempt's commands was above
 * the threshold. One bad day is not a pattern, and an attempt on a scenario
 * that never watches the code says nothing about it either way. Those
 * attempts together must hold `minCommands` commands, so three tiny runs are
 * not a verdict.
 */

export interface RetrainingQuery {
  /** Error rate on one code (mistakes of it ÷ commands) above which an attempt counts against the operator, e.g. 0.1. */
  readonly threshold: number;
  readonly minCommands: number;
  /** How many attempts in a row must be above the threshold; 3 unless told. */
  readonly inARow?: number;
  /** The current scenarios: which codes each watches, and which train a code. */
  readonly scenarios: readonly Scenario[];
}

export interface RetrainingEntry {
  readonly userId: string;
  readonly name: string;
  readonly code: MistakeCode;
  /** The attempts the verdict rests on, oldest first, each with the code's rate in it. */
  readonly attempts: readonly { readonly id: string; readonly scenarioId: string; readonly submittedAt: string; readonly errorRate: number }[];
  /** The code's mistakes over the commands of those attempts together. */
  readonly errorRate: number;
  /** Scenarios that train the code, each with the lessons its steps link to it. */
  readonly train: readonly { readonly scenarioId: string; readonly lessons: readonly string[] }[];
}

const defaultInARow = 3;

function rateIn(run: Run, code: MistakeCode): number {
  const made = run.mistakes.filter((mistake) => mistake.code === code).length;
  return run.commands === 0 ? 0 : made / run.commands;
}

export function needsRetraining(input: ReportInput, { threshold, minCommands, inARow = defaultInARow, scenarios }: RetrainingQuery): RetrainingEntry[] {
  const scope = reportScope(input);
  const watched = new Map(scenarios.map((scenario) => [scenario.id, new Set(scenario.steps.flatMap((step) => step.watches.map((watch) => watch.mistake)))]));
  const entries: RetrainingEntry[] = [];
  for (const [userId, runs] of runsByUser(scope.runs)) {
    const codes = new Set(runs.flatMap((run) => run.mistakes.map((mistake) => mistake.code)));
    for (const code of codes) {
      const couldShow = runs.filter((run) => watched.get(run.scenarioId)?.has(code) || run.mistakes.some((mistake) => mistake.code === code));
      const last = couldShow.slice(-inARow);
      const commands = last.reduce((sum, run) => sum + run.commands, 0);
      if (last.length < inARow || commands < minCommands || last.some((run) => rateIn(run, code) <= threshold)) continue;
      const made = last.reduce((sum, run) => sum + run.mistakes.filter((mistake) => mistake.code === code).length, 0);
      entries.push({
        userId,
        name: scope.operators.get(userId)!.name,
        code,
        attempts: last.map((run) => ({ id: run.id, scenarioId: run.scenarioId, submittedAt: run.submittedAt, errorRate: rateIn(run, code) })),
        errorRate: made / commands,
        train: training(code, scenarios),
      });
    }
  }
  return entries.sort((a, b) => b.errorRate - a.errorRate || (a.userId < b.userId ? -1 : a.userId > b.userId ? 1 : a.code < b.code ? -1 : 1));
}

function training(code: MistakeCode, scenarios: readonly Scenario[]): RetrainingEntry['train'] {
  return scenariosTraining(code, scenarios).map((scenario) => ({
    scenarioId: scenario.id,
    lessons: [...new Set(scenario.steps.flatMap((step) => step.watches.filter((watch) => watch.mistake === code).map((watch) => watch.lesson)))],
  }));
}
