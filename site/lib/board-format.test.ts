import { describe, expect, it } from 'vitest';
import { formatBoardValue, formatEarnedDate, formatPlace, versionLabel } from './board-format.ts';

const points = (text: string) => `${text} pts`;

describe('formatBoardValue', () => {
  it('writes points and completions as numbers of the locale, with at most one decimal', () => {
    expect(formatBoardValue('en', 'score', 1234.56, points)).toBe('1,234.6');
    expect(formatBoardValue('zh-CN', 'completed', 2.5, points)).toBe('2.5');
    expect(formatBoardValue('en', 'completed', 3, points)).toBe('3');
  });

  it('writes accuracy as a percentage', () => {
    expect(formatBoardValue('en', 'accuracy', 0.9534, points)).toBe('95.3%');
    expect(formatBoardValue('zh-CN', 'accuracy', 1, points)).toBe('100%');
  });

  it('writes improvement as signed percentage points of error rate', () => {
    expect(formatBoardValue('en', 'improved', 0.123, points)).toBe('+12.3 pts');
    expect(formatBoardValue('en', 'improved', -0.05, points)).toBe('-5 pts');
    expect(formatBoardValue('en', 'improved', 0, points)).toBe('0 pts');
  });
});

describe('formatPlace', () => {
  const english = { one: 'st', two: 'nd', few: 'rd', other: 'th' };
  const place = (form: keyof typeof english, rank: string) => `${rank}${english[form]}`;

  it('picks the ordinal form the locale’s rules ask for, the rank grouped as the locale writes numbers', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 523].map((rank) => formatPlace('en', rank, place))).toEqual(['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '523rd']);
    expect(formatPlace('en', 10001, place)).toBe('10,001st');
  });

  it('has one form in Chinese', () => {
    expect(formatPlace('zh-CN', 523, (form, rank) => `${form}:第 ${rank} 名`)).toBe('other:第 523 名');
  });
});

describe('versionLabel', () => {
  it('names a version by its scenario’s title, or by its id when the title is unknown', () => {
    const label = (scenario: string, version: number) => `${scenario} v${version}`;
    expect(versionLabel({ scenarioId: 'master-data-basics', version: 1 }, { 'master-data-basics': 'Master data' }, label)).toBe('Master data v1');
    expect(versionLabel({ scenarioId: 'retired', version: 2 }, {}, label)).toBe('retired v2');
  });
});

describe('formatEarnedDate', () => {
  it('gives the day on China time', () => {
    expect(formatEarnedDate('en', '2026-11-22T17:00:00.000Z')).toBe('Nov 23, 2026');
    expect(formatEarnedDate('zh-CN', '2026-11-22T17:00:00.000Z')).toBe('2026年11月23日');
  });
});
