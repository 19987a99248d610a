import type { publicUser } from '../../auth/sign-in.ts';
import type { BoardMetric } from '../../records/board-metrics.ts';
import type { BoardScope } from '../../records/board-ranking.ts';
import type { Leaderboard } from '../../records/leaderboard.ts';
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
  readonly board: Leaderboard;
  readonly choice: BoardChoice;
}

/**
 * The leaderboard page's state: who is signed in (with their badges), the
 * board chosen and its answer. A new choice cancels the request still under
 * way for the previous one, so a slow answer never replaces a newer board;
 * the last board stays in view while the next one loads.
 */
export class BoardView {
  #choice: BoardChoice = $state({ scope: 'individual', period: 'week', metric: 'score', neighboursOnly: false });
  #board: Fetched<Leaderboard> = $state({ status: 'loading' });
  #shown: ShownBoard | undefined = $state();
  #me: Fetched<Me> = $state({ status: 'loading' });
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

  /** Whichever request found no session: the page then asks to sign in. */
  get signedOut(): boolean {
    return this.#me.status === 'signed-out' || this.#board.status === 'signed-out';
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

  async loadBoard(): Promise<void> {
    this.#request?.abort();
    const request = new AbortController();
    this.#request = request;
    const choice = this.#choice;
    const { scope, period, metric, neighboursOnly } = choice;
    const query = new URLSearchParams({ scope, period, metric });
    if (neighboursOnly) query.set('neighbours', String(boardNeighbours));
    this.#board = { status: 'loading' };
    const board = await fetchJson<Leaderboard>(`/api/leaderboards?${query}`, request.signal);
    if (request.signal.aborted) return;
    this.#board = board;
    if (board.status === 'ready') this.#shown = { board: board.value, choice };
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
