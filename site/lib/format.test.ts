import { describe, expect, it } from 'vitest';
import { formatCount, formatDuration, formatList, formatMoney, formatPercent, formatRate, formatSimulatedTime, listParts } from './format.ts';

describe('formatMoney', () => {
  it('writes whole yuan without decimals and fen with two, per locale', () => {
    expect(formatMoney('en', 50000)).toBe('CN¥50,000');
    expect(formatMoney('zh-CN', 50000)).toBe('¥50,000');
    expect(formatMoney('en', 1234.5)).toBe('CN¥1,234.50');
  });
});

describe('formatSimulatedTime', () => {
  it('shows Beijing time whatever the machine’s zone', () => {
    expect(formatSimulatedTime('en', Date.parse('2026-03-02T01:00:00Z'))).toContain('9:00');
  });
});

describe('formatPercent and formatDuration', () => {
  it('round to whole percents and read like a stopwatch', () => {
    expect(formatPercent('en', 0.756)).toBe('76%');
    expect(formatDuration(65)).toBe('1:05');
    expect(formatDuration(3725)).toBe('1:02:05');
  });
});

describe('formatList', () => {
  it('separates items the way each language does', () => {
    expect(formatList('en', ['1', '2', '3'])).toBe('1, 2, 3');
    expect(formatList('zh-CN', ['1', '2'])).toBe('1、2');
    expect(formatList('en', ['2'])).toBe('2');
  });

  it('gives the pieces of a list with each item beside its text', () => {
    const paths = [{ id: 'sales', title: '销售' }, { id: 'lead', title: '主管' }];
    expect(listParts('zh-CN', paths, (path) => path.title)).toEqual([{ text: '销售', item: paths[0] }, { text: '、' }, { text: '主管', item: paths[1] }]);
    expect(listParts('en', ['a', 'b', 'c'], (item) => item.toUpperCase()).map((part) => part.item ?? part.text)).toEqual(['a', ', ', 'b', ', ', 'c']);
  });
});

describe('formatRate and formatCount', () => {
  it('keep one decimal of a rate and group thousands per locale', () => {
    expect(formatRate('en', 0.0137)).toBe('1.4%');
    expect(formatRate('zh-CN', 0.2)).toBe('20%');
    expect(formatCount('en', 12345)).toBe('12,345');
  });
});
