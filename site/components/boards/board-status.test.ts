import { describe, expect, it } from 'vitest';
import { catalogues } from '../../i18n/catalogues.ts';
import { translator } from '../../i18n/translate.ts';
import type { BoardRow, Leaderboard } from '../../records/leaderboard.ts';
import { boardMessages } from './board-messages.ts';
import { boardStatus } from './board-status.ts';
import type { BoardChoice, ShownBoard } from './board-view.svelte.ts';

const en = translator(boardMessages(catalogues.en));
const zh = translator(boardMessages(catalogues['zh-CN']));

const row = (rank: number, isViewer = false, name = `Person ${rank}`): BoardRow => ({ rank, id: `u${rank}`, value: 100 - rank, commands: 40, counts: [], name, nameKind: 'real', isViewer });
const places = (count: number) => Array.from({ length: count }, (_, index) => row(index + 1));

function shown(rows: readonly BoardRow[], own: readonly BoardRow[], total: number, choice: Partial<BoardChoice> = {}): ShownBoard {
  const board: Leaderboard = { range: { from: '2025-01-01T00:00:00.000Z', to: '2025-01-08T00:00:00.000Z' }, rows, own, total, rules: [] };
  return { board, choice: { scope: 'individual', period: 'all', metric: 'score', neighboursOnly: false, ...choice }, asked: rows.length };
}

describe('boardStatus', () => {
  it('counts the places shown of a bigger board and says where the viewer stands', () => {
    const board = shown(places(50), [row(523, true)], 9500);
    expect(boardStatus(board, en, 'en')).toEqual({ count: 'Places 1–50 of 9,500.', own: 'Your place: 523rd.' });
    expect(boardStatus(board, zh, 'zh-CN')).toEqual({ count: '显示第 1–50 名，本榜共 9,500 名。', own: '你的名次：第 523 名。' });
  });

  it('says the whole board is shown once it is, and nothing of the viewer who is not on it', () => {
    expect(boardStatus(shown(places(29), [], 29), en, 'en')).toEqual({ count: '29 ranked on this board.', own: undefined });
  });

  it('names each of the viewer’s teams with its place', () => {
    const teams = [row(2, true, 'East 1'), row(71, true, 'East 2')];
    expect(boardStatus(shown(places(50), teams.slice(0, 1), 80, { scope: 'team' }), en, 'en').own).toBe('Your team: East 1 (2nd).');
    expect(boardStatus(shown(places(50), teams, 80, { scope: 'team' }), en, 'en').own).toBe('Your teams: East 1 (2nd), East 2 (71st).');
    expect(boardStatus(shown(places(50), teams, 80, { scope: 'team' }), zh, 'zh-CN').own).toBe('你的团队：East 1（第 2 名）、East 2（第 71 名）。');
  });

  it('around the viewer, says so, or that they are not on the board yet', () => {
    expect(boardStatus(shown([row(3), row(4, true), row(5)], [row(4, true)], 1200, { neighboursOnly: true }), en, 'en')).toEqual({
      count: 'Your place and its neighbours, of 1,200 ranked.',
      own: 'Your place: 4th.',
    });
    expect(boardStatus(shown([], [], 1200, { neighboursOnly: true }), en, 'en').count).toBe(catalogues.en['boardPage.notOnBoard']);
  });

  it('says an empty board is empty', () => {
    expect(boardStatus(shown([], [], 0), en, 'en').count).toBe(catalogues.en['boardPage.empty']);
  });
});
