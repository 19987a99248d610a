import type { LocaleId } from '../../i18n/locales.ts';

/** The sandbox company sits in China: simulated times are shown on Beijing time, in the reader's language. */
export function formatSimulatedTime(locale: LocaleId, epochMs: number): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Shanghai' }).format(epochMs);
}

export function formatPercent(locale: LocaleId, share: number): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}
