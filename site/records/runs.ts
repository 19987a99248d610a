import type { StoredAttempt, User } from './schema.ts';
import { instantMs, type Range } from './periods.ts';

/**
 * The attempts boards and reports count, each once: the raw list may hold an
 * attempt twice (a resubmission read from two sources, a page reloaded while
 * saving), and every count below must be the same whatever the duplicates.
 */

/** An attempt with its submission time parsed once, since every count compares times. */
export type Run = StoredAttempt & { readonly at: number };

/** A scenario at one version: what a result belongs to, and stays valid for, when the scenario changes. */
export interface VersionRef {
  readonly scenarioId: string;
  readonly version: number;
}

export function versionKey({ scenarioId, version }: VersionRef): string {
  return `${scenarioId}@${version}`;
}

export function versionOf(run: StoredAttempt): VersionRef {
  return { scenarioId: run.scenarioId, version: run.scenarioVersion };
}

/** Versions in a stable order (by scenario id, then version), so rows and tests read the same every time. */
export function sortVersions(versions: Iterable<VersionRef>): VersionRef[] {
  const unique = new Map([...versions].map((version) => [versionKey(version), version]));
  return [...unique.values()].sort((a, b) => (a.scenarioId < b.scenarioId ? -1 : a.scenarioId > b.scenarioId ? 1 : a.version - b.version));
}

/**
 * Each attempt id once, oldest submission first (ties by id). Of two copies
 * of one id the earlier submission is kept, as the store keeps the first
 * save: a resubmission never replaces or adds to what was counted.
 */
export function uniqueRuns(attempts: readonly StoredAttempt[]): Run[] {
  const byId = new Map<string, Run>();
  for (const attempt of attempts) {
    const run = { ...attempt, at: instantMs(attempt.submittedAt) };
    const kept = byId.get(run.id);
    if (kept === undefined || run.at < kept.at) byId.set(run.id, run);
  }
  const runs = [...byId.values()];
  const order = (a: Run, b: Run) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  // The store answers oldest first already; checking is cheaper than sorting again.
  return runs.every((run, index) => index === 0 || order(runs[index - 1], run) <= 0) ? runs : runs.sort(order);
}

/** Milliseconds bounds of a range, parsed once for the many comparisons a board makes. */
export function rangeMs(range: Range): { readonly from: number; readonly to: number } {
  return { from: instantMs(range.from), to: instantMs(range.to) };
}

export function within(run: Run, range: { readonly from: number; readonly to: number }): boolean {
  return run.at >= range.from && run.at < range.to;
}

/** The runs of each person, keeping the time order. */
export function runsByUser(runs: readonly Run[]): Map<string, Run[]> {
  const byUser = new Map<string, Run[]>();
  for (const run of runs) {
    const list = byUser.get(run.userId);
    if (list === undefined) byUser.set(run.userId, [run]);
    else list.push(run);
  }
  return byUser;
}

/**
 * The people boards and reports are about. Only trainees: a lead's teamIds
 * are the teams they lead, not teams they belong to, so a lead's practice
 * runs would otherwise be counted as a member's; consultants and admins
 * practise to test scenarios, not to be ranked.
 */
export function trainees(users: readonly User[]): User[] {
  return users.filter((user) => user.role === 'trainee');
}
