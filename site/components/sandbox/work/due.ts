import type { Translate } from '../../../i18n/translate.ts';

const minute = 60_000;

/** A stretch of simulated time in whole days, hours and minutes. */
export interface Span {
  readonly days: number;
  readonly hours: number;
  readonly minutes: number;
}

/** The whole minutes of `ms`, either way round, split into days, hours and minutes. */
export function spanOf(ms: number): Span {
  const total = Math.floor(Math.abs(ms) / minute);
  return { days: Math.floor(total / 1440), hours: Math.floor((total % 1440) / 60), minutes: total % 60 };
}

/** "2 h 15 min", "1 d 4 h", "5 min": the two largest parts, which is as close as anyone plans. */
export function formatSpan(t: Translate, span: Span): string {
  const days = t('work.span.days', { n: span.days });
  const hours = t('work.span.hours', { n: span.hours });
  const minutes = t('work.span.minutes', { n: span.minutes });
  if (span.days > 0) return span.hours > 0 ? `${days} ${hours}` : days;
  if (span.hours > 0) return span.minutes > 0 ? `${hours} ${minutes}` : hours;
  return minutes;
}

/** Less than a minute: the deadline is this very minute. */
export function isZero(span: Span): boolean {
  return span.days === 0 && span.hours === 0 && span.minutes === 0;
}

/**
 * Where a deadline stands on the simulated clock: time left (and whether it
 * is close, from `soonFrom`), or how late it is. Due at the very minute
 * counts as late, as the engine's deadline watchers fire at it.
 */
export type Due = { readonly late: false; readonly left: Span; readonly soon: boolean } | { readonly late: true; readonly over: Span };

export function dueState(now: number, dueAt: number, soonFrom: number): Due {
  return now >= dueAt ? { late: true, over: spanOf(now - dueAt) } : { late: false, left: spanOf(dueAt - now), soon: now >= soonFrom };
}
