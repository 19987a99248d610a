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

/** What a report is asked about, before any attempt is read. */
export interface ReportQuestion {
  readonly users: readonly User[];
  readonly teams: readonly Team[];
  /** The instant the report is drawn at; it picks the week or month. */
  readonly now: string;
  readonly filters: ReportFilters;
}

/** The question with the attempts to answer it from (any superset of those in scope). */
export interface ReportInput extends ReportQuestion {
  readonly attempts: readonly StoredAttempt[];
}

/** Who and when a report is about. */
export interface ReportFrame {
  readonly range: Range;
  readonly now: number;
  /** The trainees in scope, by id, whether or not they have a run. */
  readonly operators: ReadonlyMap<string, User>;
  /** The teams in scope. */
  readonly teams: readonly Team[];
}

export interface ReportScope extends ReportFrame {
  /** The attempts in scope, each once, oldest first. */
  readonly runs: readonly Run[];
}

/** The span a report covers: the dates chosen, or the period holding `now`. */
export function reportRange(filters: Pick<ReportFilters, 'period' | 'range'>, now: string): Range {
  return filters.range ?? periodRange(filters.period, now);
}

/** The trainees a report is about: those on the chosen teams, or every trainee when no team is chosen. */
export function reportOperators(users: readonly User[], teamIds: ReportFilters['teamIds']): User[] {
  return trainees(users).filter((user) => teamIds === undefined || user.teamIds.some((id) => teamIds.includes(id)));
}

/** The teams a report is about: the chosen ones, or every team when none is chosen. */
export function reportTeams(teams: readonly Team[], teamIds: ReportFilters['teamIds']): Team[] {
  return teamIds === undefined ? [...teams] : teams.filter((team) => teamIds.includes(team.id));
}

export function reportFrame({ users, teams, now, filters }: ReportQuestion): ReportFrame {
  const operators = new Map(reportOperators(users, filters.teamIds).map((user) => [user.id, user]));
  return { range: reportRange(filters, now), now: instantMs(now), operators, teams: reportTeams(teams, filters.teamIds) };
}

export function reportScope(input: ReportInput): ReportScope {
  const frame = reportFrame(input);
  const span = rangeMs(frame.range);
  const { scenarioId } = input.filters;
  const runs = uniqueRuns(input.attempts).filter((run) => frame.operators.has(run.userId) && within(run, span) && (scenarioId === undefined || run.scenarioId === scenarioId));
  return { ...frame, runs };
}
