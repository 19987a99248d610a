import { instantMs, periodRange, type PeriodKind, type Range } from './periods.ts';
import { rangeMs, trainees, uniqueRuns, within, type Run } from './runs.ts';
import type { StoredAttempt, Team, User } from './schema.ts';

/**
 * What a lead's dashboard and error report are about: the attempts of the
 * trainees on the chosen teams, in the chosen period, on the chosen
 * scenario. Unlike the boards, every attempt counts, finished or not, and
 * every run of it: the dashboard measures each command issued, because a
 * mistake made in a replay is still a mistake the operator makes.
 *
 * The report shows real names: it is for leads and admins. Which teams a
 * lead may ask for is the route's to decide, through `teamIds`.
 */

export interface ReportFilters {
  /** Only trainees on these teams; every trainee, on a team or not, when absent. */
  readonly teamIds?: readonly string[];
  readonly period: PeriodKind;
  /** An explicit span (`from` inclusive, `to` exclusive) instead of the period's, for a report over chosen dates. */
  readonly range?: Range;
  /** Only attempts on this scenario (every version); every scenario when absent. */
  readonly scenarioId?: string;
}

export interface ReportInput {
  readonly attempts: readonly StoredAttempt[];
  readonly users: readonly User[];
  readonly teams: readonly Team[];
  /** The instant the report is drawn at; it picks the week or month. */
  readonly now: string;
  readonly filters: ReportFilters;
}

export interface ReportScope {
  readonly range: Range;
  readonly now: number;
  /** The attempts in scope, each once, oldest first. */
  readonly runs: readonly Run[];
  /** The trainees in scope, by id, whether or not they have a run. */
  readonly operators: ReadonlyMap<string, User>;
  /** The teams in scope. */
  readonly teams: readonly Team[];
}

/** The span a report covers: the dates chosen, or the period holding `now`. */
export function reportRange(filters: Pick<ReportFilters, 'period' | 'range'>, now: string): Range {
  return filters.range ?? periodRange(filters.period, now);
}

/** The trainees a report is about: those on the chosen teams, or every trainee when no team is chosen. */
export function reportOperators(users: readonly User[], teamIds: ReportFilters['teamIds']): User[] {
  return trainees(users).filter((user) => teamIds === undefined || user.teamIds.some((id) => teamIds.includes(id)));
}

export function reportScope({ attempts, users, teams, now, filters }: ReportInput): ReportScope {
  const range = reportRange(filters, now);
  const span = rangeMs(range);
  const chosen = filters.teamIds === undefined ? teams : teams.filter((team) => filters.teamIds?.includes(team.id));
  const operators = new Map(reportOperators(users, filters.teamIds).map((user) => [user.id, user]));
  const runs = uniqueRuns(attempts).filter(
    (run) => operators.has(run.userId) && within(run, span) && (filters.scenarioId === undefined || run.scenarioId === filters.scenarioId),
  );
  return { range, now: instantMs(now), runs, operators, teams: chosen };
}
