import type { LocaleId } from '../../i18n/locales.ts';
import type { Translate } from '../../i18n/translate.ts';
import { formatPlace } from '../../lib/board-format.ts';
import { formatCount, formatList } from '../../lib/format.ts';
import type { BoardRow } from '../../records/leaderboard.ts';
import type { BoardMessageKey } from './board-messages.ts';
import type { ShownBoard } from './board-view.svelte.ts';

/** What the status line above a board says: how much of it is shown, and where the viewer stands (when they are on it). */
export interface BoardStatus {
  readonly count: string;
  readonly own: string | undefined;
}

export function boardStatus({ board, choice }: ShownBoard, t: Translate<BoardMessageKey>, locale: LocaleId): BoardStatus {
  const total = formatCount(locale, board.total);
  const own = ownPlaces(board.own, choice.scope === 'team', t, locale);
  if (board.total === 0) return { count: t('boardPage.empty'), own };
  if (choice.neighboursOnly) return { count: board.rows.length === 0 ? t('boardPage.notOnBoard') : t('boardPage.around', { total }), own };
  if (board.rows.length >= board.total) return { count: t('boardPage.total', { total }), own };
  return { count: t('boardPage.shown', { shown: formatCount(locale, board.rows.length), total }), own };
}

/** "Your place: 523rd." for a person; for teams, each of the viewer's with its place. */
function ownPlaces(own: readonly BoardRow[], isTeam: boolean, t: Translate<BoardMessageKey>, locale: LocaleId): string | undefined {
  if (own.length === 0) return undefined;
  const place = (row: BoardRow) => formatPlace(locale, row.rank, (form, rank) => t(`boardPage.place.${form}`, { rank }));
  if (!isTeam) return t('boardPage.ownPlace', { place: place(own[0]) });
  const teams = formatList(
    locale,
    own.map((row) => t('boardPage.teamPlace', { team: row.name, place: place(row) })),
  );
  return t(own.length === 1 ? 'boardPage.ownTeam' : 'boardPage.ownTeams', { teams });
}
