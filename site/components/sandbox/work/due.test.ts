import { describe, expect, it } from 'vitest';
import en from '../../../i18n/en.json';
import zhCN from '../../../i18n/zh-CN.json';
import { translator } from '../../../i18n/translate.ts';
import { dueState, formatSpan, spanOf } from './due.ts';

const minute = 60_000;
const t = translator(en);

describe('spanOf', () => {
  it('splits whole minutes into days, hours and minutes, either way round', () => {
    expect(spanOf(135 * minute)).toEqual({ days: 0, hours: 2, minutes: 15 });
    expect(spanOf(-(1440 + 245) * minute)).toEqual({ days: 1, hours: 4, minutes: 5 });
    expect(spanOf(59_999)).toEqual({ days: 0, hours: 0, minutes: 0 });
  });
});

describe('formatSpan', () => {
  it('reads the two largest parts', () => {
    expect(formatSpan(t, spanOf(135 * minute))).toBe('2 h 15 min');
    expect(formatSpan(t, spanOf((1440 + 245) * minute))).toBe('1 d 4 h');
    expect(formatSpan(t, spanOf(4 * 60 * minute))).toBe('4 h');
    expect(formatSpan(t, spanOf(3 * 1440 * minute))).toBe('3 d');
    expect(formatSpan(t, spanOf(5 * minute))).toBe('5 min');
    expect(formatSpan(translator(zhCN), spanOf(135 * minute))).toBe('2 小时 15 分钟');
  });
});

describe('dueState', () => {
  const dueAt = Date.parse('2026-03-10T13:00:00+08:00');
  it('counts down, close from the warning time', () => {
    expect(dueState(dueAt - 135 * minute, dueAt, dueAt - 60 * minute)).toEqual({ late: false, left: { days: 0, hours: 2, minutes: 15 }, soon: false });
    expect(dueState(dueAt - 30 * minute, dueAt, dueAt - 60 * minute)).toMatchObject({ late: false, soon: true });
  });
  it('is late from the due minute on, as the engine’s deadline watchers are', () => {
    expect(dueState(dueAt, dueAt, dueAt)).toEqual({ late: true, over: { days: 0, hours: 0, minutes: 0 } });
    expect(dueState(dueAt + 35 * minute, dueAt, dueAt)).toEqual({ late: true, over: { days: 0, hours: 0, minutes: 35 } });
  });
});
