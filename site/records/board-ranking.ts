import type * as v from 'valibot';
import { personalResults, type BoardResultsQuery, type PersonalResult } from './board-metrics.ts';
import { teamQuorum } from './board-rules.ts';
import { sortVersions, trainees, type VersionRef } from './runs.ts';
import type { rankingWindowSchema, StoredAttempt, Team, User } from './schema.ts';

/**
 * A board's ranking: each trainee's result (board-metrics.ts), or each
 * team's made from its members', ranked, and the places a page shows. This
 * is what a store answers to `boardRanking`; the memory and lowdb stores
 * compute it here from the attempts, PostgreSQL in SQL from its board tables
 * (postgres-boards.ts), and the contract suite checks that both agree. Names
 * are not the store's business: leaderboard.ts adds them for the viewer.
 */

export const boardScopes = ['individual', 'team'] as const;
export type BoardScope = (typeof boardScopes)[number];

/** Which places a board shows: around the viewer, or a page of the whole ranking. */
export type RankingWindow = Readonly<v.InferOutput<typeof rankingWindowSchema>>;

/** What a board asks the records for. */
export interface BoardRankingQuery extends Omit<BoardResultsQuery, 'userIds'>, RankingWindow {
  readonly scope: BoardScope;
  /** The rows that are the viewer's: their own (individual), or the teams they belong to or lead (team). */
  readonly viewer: Pick<User, 'id' | 'teamIds'>;
}

export interface RankedRow {
  /** Shared by equal values: 1, 2, 2, 4. */
  readonly rank: number;
  /** The user's or the team's id. */
  readonly id: string;
  /** Points, accuracy (0–1), scenario versions, or error-rate fall (a difference of rates; positive is better). */
  readonly value: number;
  /** Commands in the runs the value counts. */
  readonly commands: number;
  /** For a team: members the value counts, of its trainees. */
  readonly members?: { readonly counted: number; readonly total: number };
  /** The scenario versions whose runs the value counts. */
  readonly counts: readonly VersionRef[];
}

export interface Ranking {
  /** The places the window holds, best first. */
  readonly rows: readonly RankedRow[];
  /** The viewer's own places wherever they are, best first: none when the viewer is not on the board. */
  readonly own: readonly RankedRow[];
  /** Places on the whole board. */
  readonly total: number;
}

/** The ranking over these attempts, users and teams: what a store holding them answers. */
export function rankingOf(records: { readonly attempts: readonly StoredAttempt[]; readonly users: readonly User[]; readonly teams: readonly Team[] }, query: BoardRankingQuery): Ranking {
  const people = trainees(records.users);
  return ranking(personalResults(records.attempts, { ...query, userIds: people.map((person) => person.id) }), people, records.teams, query);
}

/** A row before it is ranked; its versions are listed only for the rows shown (a board may rank ten thousand people). */
type Unranked = Omit<RankedRow, 'rank' | 'counts'> & { readonly countsOf: () => readonly VersionRef[] };
type Ranked = Unranked & { readonly rank: number };

/** The ranking from each trainee's result: `people` are the trainees, in the store's order. */
export function ranking(results: ReadonlyMap<string, PersonalResult>, people: readonly User[], teams: readonly Team[], query: BoardRankingQuery): Ranking {
  const ranked = rank(query.scope === 'individual' ? individualRows(people, results) : teamRows(teams, people, results, query.metric === 'accuracy' || query.metric === 'improved'));
  const isOwn = (row: Ranked) => (query.scope === 'individual' ? row.id === query.viewer.id : query.viewer.teamIds.includes(row.id));
  const shown = (rows: readonly Ranked[]) => rows.map(({ countsOf, ...row }) => ({ ...row, counts: countsOf() }));
  return { rows: shown(inWindow(ranked, isOwn, query)), own: shown(ranked.filter(isOwn)), total: ranked.length };
}

function individualRows(people: readonly User[], results: ReadonlyMap<string, PersonalResult>): Unranked[] {
  return people.flatMap((person) => {
    const result = results.get(person.id);
    return result === undefined ? [] : [{ id: person.id, value: result.value, commands: result.commands, countsOf: () => result.counts }];
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
function teamRows(teams: readonly Team[], people: readonly User[], results: ReadonlyMap<string, PersonalResult>, isRate: boolean): Unranked[] {
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
        value: counted.reduce((sum, result) => sum + result.value, 0) / (isRate ? counted.length : members.length),
        commands: counted.reduce((sum, result) => sum + result.commands, 0),
        members: { counted: counted.length, total: members.length },
        countsOf: () => sortVersions(counted.flatMap((result) => result.counts)),
      },
    ];
  });
}

/** Values equal to nine decimals are equal: averages of the same numbers in another order may differ in the last bit. */
const tieKey = (value: number) => Math.floor(value * 1e9 + 0.5);

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

/** The places the window holds: around the viewer's own (nothing when the viewer is not on the board), or a page. */
function inWindow(rows: readonly Ranked[], isOwn: (row: Ranked) => boolean, { neighbours, offset = 0, limit = Number.POSITIVE_INFINITY }: RankingWindow): readonly Ranked[] {
  if (neighbours === undefined) return rows.slice(offset, offset + limit);
  const own = rows.flatMap((row, index) => (isOwn(row) ? [index] : []));
  return rows.filter((_row, index) => own.some((at) => Math.abs(at - index) <= neighbours));
}
