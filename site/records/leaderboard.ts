import { personalResults, type BoardMetric, type PersonalResult } from './board-metrics.ts';
import { shownName, type Viewer } from './board-names.ts';
import { countingRulesFor, teamQuorum, type RuleText } from './board-rules.ts';
import { periodRange, type PeriodKind, type Range } from './periods.ts';
import { sortVersions, trainees, type VersionRef } from './runs.ts';
import type { StoredAttempt, Team, User } from './schema.ts';
import type { RecordsStore } from './store.ts';

/**
 * Team and individual boards (seeds 000 and 004): who works accurately, who
 * completes, who improves — teams first. Pure: the records and the time
 * arrive as arguments, and the same arguments give the same board.
 */

export const boardScopes = ['individual', 'team'] as const;
export type BoardScope = (typeof boardScopes)[number];

export function isBoardScope(value: unknown): value is BoardScope {
  return (boardScopes as readonly unknown[]).includes(value);
}

/** A board's question, but for the records: the people's results come from the store (`boardResults`) or, in `leaderboard`, from attempts. */
export interface BoardQuery {
  readonly scope: BoardScope;
  readonly period: PeriodKind;
  readonly metric: BoardMetric;
  readonly users: readonly User[];
  readonly teams: readonly Team[];
  /** The instant the board is drawn at; it picks the week or month. */
  readonly now: string;
  readonly viewer: Viewer;
  /** Commands a person's counted runs must hold before their accuracy or improvement is ranked. */
  readonly minCommands: number;
  /** When given, only the viewer's own place and this many rows either side of it (boards that shame people stop being used). */
  readonly neighbours?: number;
}

export interface LeaderboardQuery extends BoardQuery {
  readonly attempts: readonly StoredAttempt[];
}

export interface BoardRow {
  /** Shared by equal values: 1, 2, 2, 4. */
  readonly rank: number;
  /** The user's or the team's id. */
  readonly id: string;
  readonly name: string;
  /** `display` for a name the person chose, `team` for a team's name. */
  readonly nameKind: 'real' | 'display' | 'team';
  /** The viewer's own row, or a team the viewer belongs to or leads. */
  readonly isViewer: boolean;
  /** Points, accuracy (0–1), scenario versions, or error-rate fall (a difference of rates; positive is better). */
  readonly value: number;
  /** Commands in the runs the value counts. */
  readonly commands: number;
  /** For a team: members the value counts, of its trainees. */
  readonly members?: { readonly counted: number; readonly total: number };
  /** The scenario versions whose runs the value counts. */
  readonly counts: readonly VersionRef[];
}

export interface Leaderboard {
  readonly range: Range;
  /** The whole ranking, or with `neighbours` the window around the viewer (empty when the viewer is not on the board). */
  readonly rows: readonly BoardRow[];
  /** Rows on the whole board. */
  readonly total: number;
  /** What this board counts, for its page to print. */
  readonly rules: readonly RuleText[];
}

/** A row before it is ranked; the versions it counts are listed only for the rows the board shows (a board may rank ten thousand people). */
type Unranked = Omit<BoardRow, 'rank' | 'counts'> & { readonly countsOf: () => readonly VersionRef[] };
type Ranked = Unranked & { readonly rank: number };

/** The board over these attempts: each trainee's result, then the ranking. */
export function leaderboard(query: LeaderboardQuery): Leaderboard {
  const userIds = trainees(query.users).map((person) => person.id);
  return rankedBoard(query, personalResults(query.attempts, { ...query, userIds }));
}

/** The board over a store's records, as the boards' route draws it: its people and teams, each trainee's result from `boardResults`, ranked. */
export async function storeBoard(store: Pick<RecordsStore, 'users' | 'teams' | 'boardResults'>, question: Omit<BoardQuery, 'users' | 'teams'>): Promise<Leaderboard> {
  const [users, teams] = await Promise.all([store.users(), store.teams()]);
  const query = { ...question, users, teams };
  return rankedBoard(query, await store.boardResults({ ...query, userIds: trainees(users).map((user) => user.id) }));
}

/** The board from each trainee's result (`personalResults`, or a store's `boardResults`): rows for people or teams, ranked. */
export function rankedBoard(query: BoardQuery, results: ReadonlyMap<string, PersonalResult>): Leaderboard {
  const { scope, period, metric, now, viewer, minCommands, neighbours } = query;
  const people = trainees(query.users);
  const ranked = rank(scope === 'individual' ? individualRows(people, results, viewer) : teamRows(query.teams, people, results, metric, viewer));
  const shown = neighbours === undefined ? ranked : aroundViewer(ranked, neighbours);
  return {
    range: periodRange(period, now),
    rows: shown.map(({ countsOf, ...row }) => ({ ...row, counts: countsOf() })),
    total: ranked.length,
    rules: countingRulesFor({ scope, period, metric, minCommands, neighbours }),
  };
}

function individualRows(people: readonly User[], results: ReadonlyMap<string, PersonalResult>, viewer: Viewer): Unranked[] {
  return people.flatMap((person) => {
    const result = results.get(person.id);
    if (result === undefined) return [];
    const name = shownName(person, viewer);
    return [{ id: person.id, name: name.text, nameKind: name.kind, isViewer: person.id === viewer.id, value: result.value, commands: result.commands, countsOf: () => result.counts }];
  });
}

/**
 * A team's value is an average, so a big team does not win by its size.
 * Totals (score, completed) are averaged over every trainee, a member with
 * nothing this period counting 0: the team rises by bringing everyone along.
 * Rates (accuracy, improvement) are averaged over the members who qualify,
 * each person weighing the same however much they practised, and a team is
 * ranked only once enough of its trainees qualify to speak for it.
 */
function teamRows(teams: readonly Team[], people: readonly User[], results: ReadonlyMap<string, PersonalResult>, metric: BoardMetric, viewer: Viewer): Unranked[] {
  const isRate = metric === 'accuracy' || metric === 'improved';
  // Each team's members found in one pass: a company may have hundreds of teams and thousands of people.
  const membersOf = new Map<string, User[]>();
  for (const person of people) {
    for (const teamId of person.teamIds) {
      const members = membersOf.get(teamId);
      if (members === undefined) membersOf.set(teamId, [person]);
      else members.push(person);
    }
  }
  return teams.flatMap((team) => {
    const members = membersOf.get(team.id) ?? [];
    const counted = members.flatMap((member) => results.get(member.id) ?? []);
    if (counted.length === 0 || (isRate && counted.length < Math.ceil(members.length * teamQuorum))) return [];
    return [
      {
        id: team.id,
        name: team.name,
        nameKind: 'team' as const,
        isViewer: viewer.teamIds.includes(team.id),
        value: counted.reduce((sum, result) => sum + result.value, 0) / (isRate ? counted.length : members.length),
        commands: counted.reduce((sum, result) => sum + result.commands, 0),
        members: { counted: counted.length, total: members.length },
        countsOf: () => sortVersions(counted.flatMap((result) => result.counts)),
      },
    ];
  });
}

/** Values equal to nine decimals are equal: averages of the same numbers in another order may differ in the last bit. */
const tieKey = (value: number) => Math.round(value * 1e9);

/** Best first; equal values share the rank of the first of them, and are listed by id so the order never depends on the viewer. */
function rank(rows: readonly Unranked[]): Ranked[] {
  const sorted = [...rows].sort((a, b) => tieKey(b.value) - tieKey(a.value) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const ranked: Ranked[] = [];
  sorted.forEach((row, index) => {
    const previous = ranked[index - 1];
    ranked.push({ ...row, rank: previous !== undefined && tieKey(previous.value) === tieKey(row.value) ? previous.rank : index + 1 });
  });
  return ranked;
}

/** The viewer's rows and `n` rows either side of each, ranks kept; nothing when the viewer is not on the board. */
function aroundViewer(rows: readonly Ranked[], n: number): Ranked[] {
  const reach = Math.max(0, Math.floor(n));
  const own = rows.flatMap((row, index) => (row.isViewer ? [index] : []));
  return rows.filter((_row, index) => own.some((at) => Math.abs(at - index) <= reach));
}
