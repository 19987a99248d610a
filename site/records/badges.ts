import type { MessageKey } from '../i18n/translate.ts';
import { stepKey } from './contact-steps.ts';
import { uniqueRuns, versionKey, versionOf, type Run } from './runs.ts';
import type { StoredAttempt } from './schema.ts';

/**
 * Milestone badges (seed 000: reward accurate operators; seed 002: "ten
 * developed contacts, a free lunch"), earned from a person's verified
 * attempts. These sit beside each scenario's own badge (three stars on that
 * scenario, kept in the attempt). Like the boards, a badge cannot be farmed:
 * an attempt counts once, and a count of distinct things (scenario
 * versions, steps) does not grow by replaying the same one.
 */

export type BadgeRule =
  /** Distinct scenario versions completed. */
  | { readonly kind: 'completed'; readonly count: number }
  /** Contacts entered without a mistake: see contactEntrySteps for how they are read from the summaries. */
  | { readonly kind: 'cleanContacts'; readonly count: number }
  /** A completed run of the scenario (any version) with no mistake and no hint. */
  | { readonly kind: 'perfect'; readonly scenarioId: string }
  /** Three-star runs in a row on different scenario versions; a lower run breaks the row, a three-star replay does not lengthen it. */
  | { readonly kind: 'threeStarStreak'; readonly count: number };

export interface Badge {
  readonly id: string;
  readonly rule: BadgeRule;
  readonly name: MessageKey;
  /** Filled with `{count}` from the rule when it has one. */
  readonly description: MessageKey;
}

export const badges = [
  { id: 'first-scenario', rule: { kind: 'completed', count: 1 }, name: 'badge.firstScenario.name', description: 'badge.firstScenario.description' },
  { id: 'five-scenarios', rule: { kind: 'completed', count: 5 }, name: 'badge.fiveScenarios.name', description: 'badge.fiveScenarios.description' },
  { id: 'ten-clean-contacts', rule: { kind: 'cleanContacts', count: 10 }, name: 'badge.cleanContacts.name', description: 'badge.cleanContacts.description' },
  { id: 'perfect-lead-to-cash', rule: { kind: 'perfect', scenarioId: 'lead-to-cash' }, name: 'badge.perfectLeadToCash.name', description: 'badge.perfectLeadToCash.description' },
  { id: 'three-star-streak', rule: { kind: 'threeStarStreak', count: 3 }, name: 'badge.threeStarStreak.name', description: 'badge.threeStarStreak.description' },
] as const satisfies readonly Badge[];

/** What a badge's description is filled with: `t(badge.description, badgeParams(badge))`. */
export function badgeParams({ rule }: Badge): Readonly<Record<string, number>> {
  return 'count' in rule ? { count: rule.count } : {};
}

export interface BadgeStanding {
  readonly badge: Badge;
  /** How far along the person is, e.g. 7 of 10 contacts. */
  readonly done: number;
  readonly of: number;
  /** When the attempt that earned it was submitted; absent while not earned. */
  readonly earnedAt?: string;
}

/** Progress on a rule: walks the runs oldest first, noting the run that reached the target. */
type Progress = { done: number; earnedAt?: string };

function progressTo(target: number, steps: Iterable<[Run, number]>): Progress {
  let done = 0;
  for (const [run, total] of steps) {
    done = total;
    if (done >= target) return { done: target, earnedAt: run.submittedAt };
  }
  return { done };
}

function* distinctVersions(runs: readonly Run[]): Generator<[Run, number]> {
  const seen = new Set<string>();
  for (const run of runs) {
    if (!run.completed || seen.has(versionKey(versionOf(run)))) continue;
    seen.add(versionKey(versionOf(run)));
    yield [run, seen.size];
  }
}

/** A completed run's steps done without a mistake, each step once per person: its contacts add up. */
function* cleanContacts(runs: readonly Run[], contactSteps: ReadonlyMap<string, number>): Generator<[Run, number]> {
  const counted = new Set<string>();
  let total = 0;
  for (const run of runs.filter((candidate) => candidate.completed)) {
    for (const step of run.perStep) {
      const key = stepKey(run.scenarioId, run.scenarioVersion, step.id);
      const contacts = contactSteps.get(key);
      if (contacts === undefined || step.mistakes > 0 || counted.has(key)) continue;
      counted.add(key);
      total += contacts;
    }
    yield [run, total];
  }
}

function* threeStarStreak(runs: readonly Run[]): Generator<[Run, number]> {
  let streak = new Set<string>();
  for (const run of runs) {
    if (!run.completed || run.stars < 3) streak = new Set();
    else streak.add(versionKey(versionOf(run)));
    yield [run, streak.size];
  }
}

function progress(rule: BadgeRule, runs: readonly Run[], contactSteps: ReadonlyMap<string, number>): Progress & { of: number } {
  switch (rule.kind) {
    case 'completed':
      return { ...progressTo(rule.count, distinctVersions(runs)), of: rule.count };
    case 'cleanContacts':
      return { ...progressTo(rule.count, cleanContacts(runs, contactSteps)), of: rule.count };
    case 'perfect': {
      const perfect = runs.find((run) => run.completed && run.scenarioId === rule.scenarioId && run.mistakes.length === 0 && run.hintsUsed === 0);
      return perfect ? { done: 1, of: 1, earnedAt: perfect.submittedAt } : { done: 0, of: 1 };
    }
    case 'threeStarStreak':
      return { ...progressTo(rule.count, threeStarStreak(runs)), of: rule.count };
    default: {
      const _exhaustive: never = rule;
      return _exhaustive;
    }
  }
}

/**
 * Every badge with a person's standing on it, from attempts (anyone's, in
 * any order, duplicates allowed: only the person's count, each once) and the
 * contacts each scenario step has them enter (contactEntrySteps over every
 * scenario version, archived ones too).
 */
export function badgeStandings(userId: string, attempts: readonly StoredAttempt[], contactSteps: ReadonlyMap<string, number>): BadgeStanding[] {
  const runs = uniqueRuns(attempts).filter((run) => run.userId === userId);
  return badges.map((badge) => {
    const { done, of, earnedAt } = progress(badge.rule, runs, contactSteps);
    return earnedAt === undefined ? { badge, done, of } : { badge, done, of, earnedAt };
  });
}
