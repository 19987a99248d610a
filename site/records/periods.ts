/**
 * The spans boards and reports count over, on the company's clock: China
 * Standard Time, UTC+8 all year. China keeps no daylight saving, so a day
 * is always 24 hours and the arithmetic below needs no time-zone database;
 * the server's own zone never matters, only the instant passed in as `now`.
 */

/** The board periods: this ISO week (Monday to Sunday), this calendar month, all time. */
export const periodKinds = ['week', 'month', 'all'] as const;
export type PeriodKind = (typeof periodKinds)[number];

export function isPeriodKind(value: unknown): value is PeriodKind {
  return (periodKinds as readonly unknown[]).includes(value);
}

/** How finely a time series is cut. */
export const bucketSizes = ['day', 'week'] as const;
export type BucketSize = (typeof bucketSizes)[number];

/** A span of time as ISO instants in UTC: `from` included, `to` excluded, as the records store's AttemptQuery reads them. */
export interface Range {
  readonly from: string;
  readonly to: string;
}

/** One step of a time series: `key` is the China date it starts on (`2026-03-02`), which is what a chart's axis shows. */
export interface Bucket extends Range {
  readonly key: string;
}

const hourMs = 3_600_000;
const dayMs = 24 * hourMs;
const chinaOffsetMs = 8 * hourMs;

/**
 * All time, written as a range so that every caller compares the same way:
 * from the Unix epoch to the last instant a four-digit ISO year can write.
 */
const allTime = { from: 0, to: Date.UTC(9999, 11, 31, 23, 59, 59, 999) };

/** Milliseconds since the epoch of an ISO instant; a malformed one is a programming error, not data to guess at. */
export function instantMs(instant: string): number {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) throw new RangeError(`Expected an ISO 8601 instant such as 2026-03-02T01:00:00.000Z, received "${instant}"`);
  return ms;
}

function range(from: number, to: number): Range {
  return { from: new Date(from).toISOString(), to: new Date(to).toISOString() };
}

/** The instant a China day begins (00:00 in Beijing is 16:00 UTC the day before). */
function startOfDay(ms: number): number {
  return Math.floor((ms + chinaOffsetMs) / dayMs) * dayMs - chinaOffsetMs;
}

/**
 * The Monday 00:00 China time of the ISO week holding `ms`. Plain arithmetic
 * rather than a Date, since a report buckets every attempt: day 0 of the
 * epoch, 1 January 1970, was a Thursday, three days after a Monday.
 */
function startOfWeek(ms: number): number {
  const daysSinceMonday = (Math.floor((ms + chinaOffsetMs) / dayMs) + 3) % 7;
  return startOfDay(ms) - daysSinceMonday * dayMs;
}

/** The first instant of the China calendar month holding `ms`, moved by `months`. */
function startOfMonth(ms: number, months = 0): number {
  const local = new Date(ms + chinaOffsetMs);
  return Date.UTC(local.getUTCFullYear(), local.getUTCMonth() + months, 1) - chinaOffsetMs;
}

/** The period of the given kind that holds `now`: this week, this month, or all time. */
export function periodRange(kind: PeriodKind, now: string): Range {
  const at = instantMs(now);
  switch (kind) {
    case 'week':
      return range(startOfWeek(at), startOfWeek(at) + 7 * dayMs);
    case 'month':
      return range(startOfMonth(at), startOfMonth(at, 1));
    case 'all':
      return range(allTime.from, allTime.to);
    default: {
      const _exhaustive: never = kind;
      return _exhaustive;
    }
  }
}

/**
 * The two spans "most improved" compares: last week with this week, last
 * month with this month. All time has no "previous all time", so it compares
 * everything before this month with this month: how far a person has come
 * lately against their whole history.
 */
export function improvementWindows(kind: PeriodKind, now: string): { readonly before: Range; readonly after: Range } {
  const at = instantMs(now);
  switch (kind) {
    case 'week':
      return { before: range(startOfWeek(at) - 7 * dayMs, startOfWeek(at)), after: periodRange('week', now) };
    case 'month':
      return { before: range(startOfMonth(at, -1), startOfMonth(at)), after: periodRange('month', now) };
    case 'all':
      return { before: range(allTime.from, startOfMonth(at)), after: periodRange('month', now) };
    default: {
      const _exhaustive: never = kind;
      return _exhaustive;
    }
  }
}

/** The first instant of the day or ISO week (Monday, China time) holding `ms`. */
export function bucketStart(ms: number, size: BucketSize): number {
  return size === 'day' ? startOfDay(ms) : startOfWeek(ms);
}

const bucketMs: Record<BucketSize, number> = { day: dayMs, week: 7 * dayMs };

function bucketAt(start: number, size: BucketSize): Bucket {
  return { key: bucketKey(start, size), ...range(start, start + bucketMs[size]) };
}

/** The key of the bucket holding `ms`: the China date it starts on. */
export function bucketKey(ms: number, size: BucketSize): string {
  return new Date(bucketStart(ms, size) + chinaOffsetMs).toISOString().slice(0, 10);
}

/** The first instant of the bucket a key names (`2026-03-02` is 1 March 16:00 UTC). */
export function bucketKeyStart(key: string): number {
  return instantMs(`${key}T00:00:00+08:00`);
}

/**
 * The whole China days inside a range, as a range from one midnight to
 * another: what day totals can answer. The rest of the range, at either
 * end, is part of a day; an empty range (from = to) when no day fits.
 */
export function wholeDays(within: Range): Range {
  const from = instantMs(within.from);
  const to = instantMs(within.to);
  const first = startOfDay(from) === from ? from : startOfDay(from) + dayMs;
  const end = startOfDay(to);
  return first < end ? range(first, end) : range(from, from);
}

/** Every bucket from the one holding `first` to the one holding `last`, both included, with no gaps: a chart's axis. */
export function bucketsBetween(first: number, last: number, size: BucketSize): Bucket[] {
  const buckets: Bucket[] = [];
  for (let start = bucketStart(first, size); start <= last; start += bucketMs[size]) buckets.push(bucketAt(start, size));
  return buckets;
}

/** Where the bucket holding `ms` sits in `bucketsBetween(first, …)`: arithmetic, no dates, for counting many attempts. */
export function bucketPosition(first: number, ms: number, size: BucketSize): number {
  return Math.round((bucketStart(ms, size) - bucketStart(first, size)) / bucketMs[size]);
}
