import { describe, expect, it } from 'vitest';
import { commandTypes } from '../../../engine/commands.ts';
import { useTranslations } from '../../i18n/catalogues.ts';
import { commandWords, enteredFields } from './describe.ts';

describe('commandWords', () => {
  it('names every command the engine knows in both languages, and an unknown one as it came', () => {
    for (const locale of ['en', 'zh-CN'] as const) {
      const t = useTranslations(locale);
      const names = commandTypes.map((type) => commandWords(t, { type, data: {} }));
      expect(new Set(names).size, locale).toBe(commandTypes.length);
    }
    expect(commandWords(useTranslations('en'), { type: 'account.create', data: {} })).toBe('Create a customer');
    expect(commandWords(useTranslations('zh-CN'), { type: 'account.create', data: {} })).toBe('新建客户');
    expect(commandWords(useTranslations('en'), { type: 'account.explode', data: {} })).toBe('Unknown action “account.explode”');
  });
});

describe('enteredFields', () => {
  it('lists the fields as text, whatever their type', () => {
    expect(enteredFields({ type: 'clock.advance', data: { minutes: 60, note: 'lunch' } })).toEqual([
      ['minutes', '60'],
      ['note', 'lunch'],
    ]);
    expect(enteredFields({ type: 'x', data: undefined })).toEqual([]);
    expect(enteredFields({ type: 'x', data: 'odd' })).toEqual([['data', '"odd"']]);
  });
});
