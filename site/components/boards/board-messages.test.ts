import { describe, expect, it } from 'vitest';
import { catalogues } from '../../i18n/catalogues.ts';
import { badges } from '../../records/badges.ts';
import { countingRulesFor } from '../../records/board-rules.ts';
import { boardMessages, isBoardMessageKey } from './board-messages.ts';

describe('boardMessages', () => {
  it('keeps the boards’, badges’, page’s and profile’s messages, and nothing else', () => {
    const messages = boardMessages(catalogues['zh-CN']);
    expect(messages['board.rule.ties']).toBe(catalogues['zh-CN']['board.rule.ties']);
    expect(messages['me.displayName.label']).toBe(catalogues['zh-CN']['me.displayName.label']);
    expect(Object.keys(messages).every(isBoardMessageKey)).toBe(true);
    expect(messages).not.toHaveProperty('signIn.title');
  });

  it('holds every key the API sends: each board’s rules and each badge', () => {
    const sent = [
      ...countingRulesFor({ scope: 'team', period: 'week', metric: 'accuracy', minCommands: 30, neighbours: 2 }).map((rule) => rule.key),
      ...(['score', 'completed', 'improved'] as const).map((metric) => countingRulesFor({ scope: 'individual', period: 'all', metric, minCommands: 30 })[1].key),
      ...badges.flatMap((badge) => [badge.name, badge.description]),
    ];
    for (const key of sent) expect(isBoardMessageKey(key), key).toBe(true);
  });
});
