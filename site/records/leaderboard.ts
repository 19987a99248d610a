import { rankingOf, type BoardRankingQuery, type BoardScope, type RankedRow, type Ranking } from './board-ranking.ts';
import { shownName, type Viewer } from './board-names.ts';
import { countingRulesFor, type RuleText } from './board-rules.ts';
import { periodRange, type Range } from './periods.ts';
import type { StoredAttempt, Team, User } from './schema.ts';
import type { RecordsStore } from './store.ts';

/**
 * Team and individual boards (seeds 000 and 004): who works accurately, who
 * completes, who improves — teams first. The ranking is the store's
 * (board-ranking.ts); a board adds what the viewer may see of it: names by
 * the viewer's role, the viewer's own rows marked, and the rules it counts by.
 */

/** Places a board's page shows unless asked for more, and the most one may ask for: a company may rank ten thousand people. */
export const boardPageSize = 50;
export const boardPageLimit = 200;

/** A board's question: the ranking's, asked by someone whose role decides the names they see. */
export interface BoardQuery extends Omit<BoardRankingQuery, 'viewer'> {
  readonly viewer: Viewer;
}

export interface LeaderboardQuery extends BoardQuery {
  readonly attempts: readonly StoredAttempt[];
  readonly users: readonly User[];
  readonly teams: readonly Team[];
}

export interface BoardRow extends RankedRow {
  readonly name: string;
  /** `display` for a name the person chose, `team` for a team's name. */
  readonly nameKind: 'real' | 'display' | 'team';
  /** The viewer's own row, or a team the viewer belongs to or leads. */
  readonly isViewer: boolean;
}

export interface Leaderboard {
  readonly range: Range;
  /** The places asked for: a page of the ranking, or with `neighbours` the window around the viewer (empty when the viewer is not on the board). */
  readonly rows: readonly BoardRow[];
  /** The viewer's own places wherever they are on the board. */
  readonly own: readonly BoardRow[];
  /** Places on the whole board. */
  readonly total: number;
  /** What this board counts, for its page to print. */
  readonly rules: readonly RuleText[];
}

/** The board over these records, ranked in memory: for tests and pages that hold the attempts. */
export function leaderboard(query: LeaderboardQuery): Leaderboard {
  return namedBoard(query, rankingOf(query, query), query.users, query.teams);
}

/** The board over a store's records, as the boards' route draws it: the store ranks, the board names the rows it answers. */
export async function storeBoard(store: Pick<RecordsStore, 'users' | 'teams' | 'boardRanking'>, query: BoardQuery): Promise<Leaderboard> {
  const [ranked, users, teams] = await Promise.all([store.boardRanking(query), store.users(), store.teams()]);
  return namedBoard(query, ranked, users, teams);
}

function namedBoard(query: BoardQuery, ranked: Ranking, users: readonly User[], teams: readonly Team[]): Leaderboard {
  const named = namer(query.scope, query.viewer, users, teams);
  const { scope, period, metric, now, minCommands, neighbours } = query;
  return {
    range: periodRange(period, now),
    rows: ranked.rows.map(named),
    own: ranked.own.map(named),
    total: ranked.total,
    rules: countingRulesFor({ scope, period, metric, minCommands, neighbours }),
  };
}

/** Names a ranked row for the viewer: a person as their role lets the viewer see them, a team by its name. */
function namer(scope: BoardScope, viewer: Viewer, users: readonly User[], teams: readonly Team[]): (row: RankedRow) => BoardRow {
  if (scope === 'team') {
    const names = new Map(teams.map((team) => [team.id, team.name]));
    return (row) => ({ ...row, name: names.get(row.id) ?? row.id, nameKind: 'team', isViewer: viewer.teamIds.includes(row.id) });
  }
  const people = new Map(users.map((user) => [user.id, user]));
  return (row) => {
    const person = people.get(row.id);
    const name = person === undefined ? { text: row.id, kind: 'real' as const } : shownName(person, viewer);
    return { ...row, name: name.text, nameKind: name.kind, isViewer: row.id === viewer.id };
  };
}
