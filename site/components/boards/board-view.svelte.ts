import type { publicUser } from '../../auth/sign-in.ts';
import type { BoardMetric } from '../../records/board-metrics.ts';
import type { BoardScope } from '../../records/board-ranking.ts';
import { boardPageSize, type Leaderboard } from '../../records/leaderboard.ts';
import type { PeriodKind } from '../../records/periods.ts';
import type { BadgeView } from '../../server/my-badges.ts';

/** What the board is showing: chosen with the page's controls. */
export interface BoardChoice {
  readonly scope: BoardScope;
  readonly period: PeriodKind;
  readonly metric: BoardMetric;
  /** Only the viewer's place and its neighbours. */
  readonly neighboursOnly: boolean;
}

/** Places shown either side of the viewer's when the board shows only its neighbours. */
export const boardNeighbours = 2;

/** `GET /api/me`. */
export interface Me {
  readonly user: ReturnType<typeof publicUser>;
  readonly badges: readonly BadgeView[];
  readonly csrfToken: string;
}

/** An answer of the API as the page shows it: under way, there, refused for want of a session, or not reached. */
export type Fetched<T> = { readonly status: 'loading' } | { readonly status: 'ready'; readonly value: T } | { readonly status: 'signed-out' } | { readonly status: 'failed' };

/** How a display-name change ended, for the form to say. */
export type SaveOutcome = 'saved' | 'invalid' | 'taken' | 'session-ended' | 'failed';

async function fetchJson<T>(url: string, signal?: AbortSignal): Promise<Fetched<T>> {
  try {
    const response = await fetch(url, { cache: 'no-store', signal });
    if (response.status === 401) return { status: 'signed-out' };
    return response.ok ? { status: 'ready', value: (await response.json()) as T } : { status: 'failed' };
  } catch {
    return { status: 'failed' };
  }
}

/** A board that came back, with the choice it answers (its metric says how to write its values). */
export interface ShownBoard {
  /** Its first page and each page shown after it, their rows together; the newest answer's own rows and total. */
  readonly board: Leaderboard;
  readonly choice: BoardChoice;
  /** Places of the ranking asked for so far: where the next page starts. */
  readonly asked: number;
}

/** The places the next page of a whole board would show, counted from 1. */
export interface NextPage {
  readonly first: number;
  readonly last: number;
}

/** The API's question for a board: the places around the viewer, or a page of the whole ranking. */
function boardUrl({ scope, period, metric, neighboursOnly }: BoardChoice, offset = 0): string {
  const window: Record<string, string> = neighboursOnly ? { neighbours: String(boardNeighbours) } : { offset: String(offset), limit: String(boardPageSize) };
  return `/api/leaderboards?${new URLSearchParams({ scope, period, metric, ...window })}`;
}

/**
 * The board with the next page after it. The ranking may move between two
 * pages (a result comes in): a place shown already is not shown twice, and
 * the newest answer says who is where now.
 */
function withPage(shown: ShownBoard, page: Leaderboard): ShownBoard {
  const seen = new Set(shown.board.rows.map((row) => row.id));
  const rows = [...shown.board.rows, ...page.rows.filter((row) => !seen.has(row.id))];
  return { ...shown, board: { ...page, rows }, asked: shown.asked + boardPageSize };
}

/**
 * The leaderboard page's state: who is signed in (with their badges), the
 * board chosen and its answer. A new choice cancels the request still under
 * way for the previous one, so a slow answer never replaces a newer board;
 * the last board stays in view while the next one loads. A whole board comes
 * a page at a time (a company may rank ten thousand people); the next page
 * is one more request the next choice cancels.
 */
export class BoardView {
  #choice: BoardChoice = $state({ scope: 'individual', period: 'week', metric: 'score', neighboursOnly: false });
  #board: Fetched<Leaderboard> = $state({ status: 'loading' });
  #shown: ShownBoard | undefined = $state();
  #me: Fetched<Me> = $state({ status: 'loading' });
  /** How the last request for a next page went (`ready` also before any). */
  #more: Fetched<Leaderboard>['status'] = $state('ready');
  #request: AbortController | undefined;

  get choice(): BoardChoice {
    return this.#choice;
  }

  get board(): Fetched<Leaderboard> {
    return this.#board;
  }

  get shown(): ShownBoard | undefined {
    return this.#shown;
  }

  get me(): Fetched<Me> {
    return this.#me;
  }

  get more(): Fetched<Leaderboard>['status'] {
    return this.#more;
  }

  /** The places a next page would add to the board in view, unless it shows them all (or only the viewer's neighbours) or is about to be replaced. */
  get nextPage(): NextPage | undefined {
    const shown = this.#shown;
    if (shown === undefined || this.#board.status !== 'ready' || shown.choice.neighboursOnly || shown.asked >= shown.board.total) return undefined;
    return { first: shown.asked + 1, last: Math.min(shown.asked + boardPageSize, shown.board.total) };
  }

  /** Whichever request found no session: the page then asks to sign in. */
  get signedOut(): boolean {
    return this.#me.status === 'signed-out' || this.#board.status === 'signed-out' || this.#more === 'signed-out';
  }

  async open(): Promise<void> {
    await Promise.all([this.loadMe(), this.loadBoard()]);
  }

  async loadMe(): Promise<void> {
    this.#me = await fetchJson<Me>('/api/me');
  }

  choose(change: Partial<BoardChoice>): Promise<void> {
    this.#choice = { ...this.#choice, ...change };
    return this.loadBoard();
  }

  /** The board of the current choice from its first place (or its places around the viewer), replacing the one in view. */
  async loadBoard(): Promise<void> {
    const request = this.#newRequest();
    const choice = this.#choice;
    this.#board = { status: 'loading' };
    this.#more = 'ready';
    const board = await fetchJson<Leaderboard>(boardUrl(choice), request.signal);
    if (request.signal.aborted) return;
    this.#board = board;
    if (board.status === 'ready') this.#shown = { board: board.value, choice, asked: boardPageSize };
  }

  /** Adds the next page to the board in view; resolves to the index of the first row it added, if any. */
  async showMore(): Promise<number | undefined> {
    const shown = this.#shown;
    if (shown === undefined || this.nextPage === undefined || this.#more === 'loading') return undefined;
    const request = this.#newRequest();
    this.#more = 'loading';
    const page = await fetchJson<Leaderboard>(boardUrl(shown.choice, shown.asked), request.signal);
    if (request.signal.aborted) return undefined;
    this.#more = page.status;
    if (page.status !== 'ready') return undefined;
    this.#shown = withPage(shown, page.value);
    return shown.board.rows.length;
  }

  /** Cancels the request still under way, whichever it was: only the newest may change the board. */
  #newRequest(): AbortController {
    this.#request?.abort();
    this.#request = new AbortController();
    return this.#request;
  }

  /** Sets the display name (an empty one shows the real name again), then redraws the board with it. */
  async saveDisplayName(displayName: string): Promise<SaveOutcome> {
    if (this.#me.status !== 'ready') return 'session-ended';
    const me = this.#me.value;
    let response: Response;
    try {
      response = await fetch('/api/me', {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': me.csrfToken },
        body: JSON.stringify({ displayName: displayName.trim() === '' ? null : displayName }),
      });
    } catch {
      return 'failed';
    }
    if (response.ok) {
      const { user } = (await response.json()) as { user: Me['user'] };
      this.#me = { status: 'ready', value: { ...me, user } };
      await this.loadBoard();
      return 'saved';
    }
    if (response.status === 400) return 'invalid';
    if (response.status === 409) return 'taken';
    return response.status === 401 || response.status === 403 ? 'session-ended' : 'failed';
  }
}
