import { describe, expect, it } from 'vitest';
import { bucketPosition, bucketsBetween, improvementWindows, instantMs, periodRange } from './periods.ts';

describe('periodRange, on China time', () => {
  it('starts the week on Monday 00:00 in Beijing, which is Sunday 16:00 UTC', () => {
    // Monday 2 March 2026, 00:30 in Beijing: still Sunday in UTC.
    expect(periodRange('week', '2026-03-01T16:30:00.000Z')).toEqual({ from: '2026-03-01T16:00:00.000Z', to: '2026-03-08T16:00:00.000Z' });
    // Sunday 8 March, 23:59 in Beijing: the same week.
    expect(periodRange('week', '2026-03-08T15:59:00.000Z').from).toBe('2026-03-01T16:00:00.000Z');
    // Sunday 1 March, 23:59 in Beijing: the week before.
    expect(periodRange('week', '2026-03-01T15:59:00.000Z').from).toBe('2026-02-22T16:00:00.000Z');
  });

  it('takes the month of the Beijing calendar, over a year end', () => {
    expect(periodRange('month', '2026-01-31T16:00:00.000Z')).toEqual({ from: '2026-01-31T16:00:00.000Z', to: '2026-02-28T16:00:00.000Z' });
    expect(periodRange('month', '2025-12-31T17:00:00.000Z')).toEqual({ from: '2025-12-31T16:00:00.000Z', to: '2026-01-31T16:00:00.000Z' });
  });

  it('writes all time as a range that holds every instant a record can have', () => {
    expect(periodRange('all', '2026-03-02T00:00:00.000Z')).toEqual({ from: '1970-01-01T00:00:00.000Z', to: '9999-12-31T23:59:59.999Z' });
  });

  it('refuses a malformed instant, saying what it expected', () => {
    expect(() => periodRange('week', 'yesterday')).toThrow(/Expected an ISO 8601 instant .* received "yesterday"/);
  });
});

describe('improvementWindows', () => {
  const now = '2026-03-04T02:00:00.000Z';

  it('compares last week with this week, and last month with this month', () => {
    expect(improvementWindows('week', now)).toEqual({ before: { from: '2026-02-22T16:00:00.000Z', to: '2026-03-01T16:00:00.000Z' }, after: periodRange('week', now) });
    expect(improvementWindows('month', now).before).toEqual({ from: '2026-01-31T16:00:00.000Z', to: '2026-02-28T16:00:00.000Z' });
  });

  it('compares this month with everything before it on the all-time board', () => {
    expect(improvementWindows('all', now)).toEqual({ before: { from: '1970-01-01T00:00:00.000Z', to: '2026-02-28T16:00:00.000Z' }, after: periodRange('month', now) });
  });
});

describe('buckets', () => {
  it('places an instant in the China day or ISO week it falls in', () => {
    const first = instantMs('2026-03-01T20:00:00.000Z');
    // 17:00 UTC on 3 March is 01:00 on Wednesday 4 March in Beijing: the third day, the first week.
    expect(bucketPosition(first, instantMs('2026-03-03T17:00:00.000Z'), 'day')).toBe(2);
    expect(bucketPosition(first, instantMs('2026-03-03T17:00:00.000Z'), 'week')).toBe(0);
    expect(bucketPosition(first, instantMs('2026-03-08T16:00:00.000Z'), 'week')).toBe(1);
    expect(bucketsBetween(first, instantMs('2026-03-03T17:00:00.000Z'), 'day')[2].key).toBe('2026-03-04');
  });

  it('covers the span without gaps, first and last buckets included', () => {
    const days = bucketsBetween(instantMs('2026-03-01T20:00:00.000Z'), instantMs('2026-03-04T01:00:00.000Z'), 'day');
    expect(days.map((bucket) => bucket.key)).toEqual(['2026-03-02', '2026-03-03', '2026-03-04']);
    expect(days[0]).toEqual({ key: '2026-03-02', from: '2026-03-01T16:00:00.000Z', to: '2026-03-02T16:00:00.000Z' });
    const weeks = bucketsBetween(instantMs('2026-03-01T20:00:00.000Z'), instantMs('2026-03-16T01:00:00.000Z'), 'week');
    expect(weeks.map((bucket) => bucket.key)).toEqual(['2026-03-02', '2026-03-09', '2026-03-16']);
  });
});
