import { describe, expect, it } from 'vitest';
import { chinaDateTime, parseDateTime } from './datetime.ts';

/** 5 March 2026, 14:00 in Shanghai is 06:00 UTC. */
const fivePast = Date.UTC(2026, 2, 5, 6, 0);

describe('parseDateTime', () => {
  it.each([
    '2026-03-05 14:00',
    '2026/3/5 14:00',
    '2026.3.5 14:00',
    '2026-03-05T14:00',
    '2026-03-05t14:00',
    '2026-3-5  14:00',
    '  2026-03-05 14:00:00 ',
    '2026年3月5日 14:00',
    '2026年3月5日14:00',
    '2026 年 3 月 5 日 14:00',
    '2026年3月5日 14点',
    '2026年3月5日14时',
    '２０２６－０３－０５　１４：００',
    '２０２６年３月５日 １４：００',
  ])('reads %j as 14:00 China time on 5 March 2026', (input) => {
    expect(parseDateTime(input)).toBe(fivePast);
  });

  it.each([
    ['2026-03-05 14:30', 30 * 60_000],
    ['2026年3月5日14点30分', 30 * 60_000],
    ['2026年3月5日 14点30', 30 * 60_000],
    ['2026-03-05 14:30:15', 30 * 60_000 + 15_000],
    ['2026-03-05 9:05', -(4 * 60 + 55) * 60_000],
  ])('reads minutes and seconds in %j', (input, offset) => {
    expect(parseDateTime(input)).toBe(fivePast + offset);
  });

  it('reads midnight in China as the previous day in UTC', () => {
    expect(parseDateTime('2026-01-01 00:00')).toBe(Date.UTC(2025, 11, 31, 16, 0));
  });

  it('knows leap years', () => {
    expect(parseDateTime('2028-02-29 10:00')).toBe(Date.UTC(2028, 1, 29, 2, 0));
    expect(parseDateTime('2026-02-29 10:00')).toBeUndefined();
  });

  it.each([
    ['an impossible day', '2026-02-31 14:00'],
    ['a thirteenth month', '2026-13-01 14:00'],
    ['month zero', '2026-00-10 14:00'],
    ['day zero', '2026-03-00 14:00'],
    ['hour 24', '2026-03-05 24:00'],
    ['minute 60', '2026-03-05 14:60'],
    ['second 60', '2026-03-05 14:00:60'],
    ['a one-digit minute', '2026-03-05 14:5'],
    ['a date without a time', '2026-03-05'],
    ['a time without a date', '14:00'],
    ['no separator between date and time', '2026-03-0514:00'],
    ['a two-digit year', '26-03-05 14:00'],
    ['words', 'next Tuesday afternoon'],
    ['nothing', ''],
    ['minute 60 in Chinese', '2026年3月5日14点60分'],
  ])('refuses %s (%j)', (_, input) => {
    expect(parseDateTime(input)).toBeUndefined();
  });
});

describe('chinaDateTime', () => {
  it('shows a moment in China time', () => {
    expect(chinaDateTime(fivePast)).toBe('2026-03-05 14:00');
    expect(chinaDateTime(Date.UTC(2025, 11, 31, 16, 5))).toBe('2026-01-01 00:05');
  });

  it('reads back what it shows', () => {
    expect(parseDateTime(chinaDateTime(fivePast + 90 * 60_000))).toBe(fivePast + 90 * 60_000);
  });
});
