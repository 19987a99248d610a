import type { Scenario } from '../../engine/index.ts';
import type { MistakeCode } from '../../engine/mistakes.ts';
import { scenariosTraining } from '../lib/lesson-index.ts';
import { lessonTalliesQuery, type LessonTalliesQuery } from './lessons-wanted.ts';
import { reportFrame, reportScope, type ReportInput, type ReportQuestion } from './report-scope.ts';
import { rateOrZero } from './report-tallies.ts';
import { runsByUser, type Run } from './runs.ts';
import type { User } from './schema.ts';
import type { RecordsStore } from './store.ts';

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

/** The streak's rules, as a store is asked about them: the watches instead of the scenarios. */
export interface StreakRules extends LessonTalliesQuery {
  readonly threshold: number;
  readonly minCommands: number;
  readonly inARow: number;
}

/** A question to `RecordsStore.retrainingStreaks`: the trainees, span and scenario of a report (as report-tallies.ts asks them), and the rules. */
export interface RetrainingStreaksQuery extends StreakRules {
  /** Trainees on these teams (report-scope.ts reportOperators); every trainee when absent. */
  readonly teamIds?: readonly string[];
  readonly scenarioId?: string;
  /** ISO instants, `from` included, `to` excluded. */
  readonly from: string;
  readonly to: string;
}

/** An operator's streak on a code: the attempts it rests on, oldest first (the part a store answers). */
export interface RetrainingStreak {
  readonly userId: string;
  readonly code: MistakeCode;
  /** `submittedAt` as stored; `mistakes`: the code's, not the attempt's. */
  readonly attempts: readonly { readonly id: string; readonly scenarioId: string; readonly submittedAt: string; readonly commands: number; readonly mistakes: number }[];
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

/** Commands the attempts behind a verdict must hold together as the list's route asks, so a few tiny runs do not put someone on it. */
export const retrainingMinCommands = 30;

const madeIn = (run: Run, code: MistakeCode) => run.mistakes.filter((mistake) => mistake.code === code).length;

/** The streaks in runs already narrowed to the report's scope (each once, oldest first): the reference every store's answer must equal. In no particular order. */
export function retrainingStreaks(runs: readonly Run[], { watches, threshold, minCommands, inARow }: StreakRules): RetrainingStreak[] {
  const watched = new Set(watches.map((watch) => `${watch.scenarioId}\u0000${watch.code}`));
  const streaks: RetrainingStreak[] = [];
  for (const [userId, own] of runsByUser(runs)) {
    const codes = new Set(own.flatMap((run) => run.mistakes.map((mistake) => mistake.code)));
    for (const code of codes) {
      const couldShow = own.filter((run) => watched.has(`${run.scenarioId}\u0000${code}`) || madeIn(run, code) > 0);
      const last = couldShow.slice(-inARow);
      const commands = last.reduce((sum, run) => sum + run.commands, 0);
      if (last.length < inARow || commands < minCommands || last.some((run) => rateOrZero(madeIn(run, code), run.commands) <= threshold)) continue;
      streaks.push({
        userId,
        code,
        attempts: last.map((run) => ({ id: run.id, scenarioId: run.scenarioId, submittedAt: run.submittedAt, commands: run.commands, mistakes: madeIn(run, code) })),
      });
    }
  }
  return streaks;
}

function streakRules({ threshold, minCommands, inARow = defaultInARow, scenarios }: RetrainingQuery): StreakRules {
  return { ...lessonTalliesQuery(scenarios), threshold, minCommands, inARow };
}

/** The list from the streaks: named, with what trains each code, the highest rate first. */
function retrainingEntries(streaks: readonly RetrainingStreak[], operators: ReadonlyMap<string, User>, scenarios: readonly Scenario[]): RetrainingEntry[] {
  return streaks
    .map(({ userId, code, attempts }) => {
      const made = attempts.reduce((sum, attempt) => sum + attempt.mistakes, 0);
      const commands = attempts.reduce((sum, attempt) => sum + attempt.commands, 0);
      return {
        userId,
        name: operators.get(userId)!.name,
        code,
        attempts: attempts.map(({ id, scenarioId, submittedAt, commands, mistakes }) => ({ id, scenarioId, submittedAt, errorRate: rateOrZero(mistakes, commands) })),
        errorRate: made / commands,
        train: training(code, scenarios),
      };
    })
    .sort((a, b) => b.errorRate - a.errorRate || (a.userId < b.userId ? -1 : a.userId > b.userId ? 1 : a.code < b.code ? -1 : 1));
}

/** The list over attempts in hand. */
export function needsRetraining(input: ReportInput, query: RetrainingQuery): RetrainingEntry[] {
  const scope = reportScope(input);
  return retrainingEntries(retrainingStreaks(scope.runs, streakRules(query)), scope.operators, query.scenarios);
}

/** The list as its route draws it: the store finds the streaks (PostgreSQL without reading every attempt in scope). */
export async function storeNeedsRetraining(store: Pick<RecordsStore, 'retrainingStreaks'>, question: ReportQuestion, query: RetrainingQuery): Promise<RetrainingEntry[]> {
  const frame = reportFrame(question);
  const { teamIds, scenarioId } = question.filters;
  const streaks = await store.retrainingStreaks({ teamIds, scenarioId, ...frame.range, ...streakRules(query) });
  return retrainingEntries(streaks, frame.operators, query.scenarios);
}

function training(code: MistakeCode, scenarios: readonly Scenario[]): RetrainingEntry['train'] {
  return scenariosTraining(code, scenarios).map((scenario) => ({
    scenarioId: scenario.id,
    lessons: [...new Set(scenario.steps.flatMap((step) => step.watches.filter((watch) => watch.mistake === code).map((watch) => watch.lesson)))],
  }));
}
