import type { LocaleId } from '../../i18n/locales.ts';
import type { Range } from '../../records/periods.ts';

/**
 * The span a report covers, as its reader's language writes dates on the
 * company's clock (Beijing time): "Nov 1 – 30, 2026", "2026年11月1日至30日".
 * `to` is the first instant left out, so the last day shown is the one before.
 * All time has no dates to show: undefined, for the caller to name.
 */
export function periodText(locale: LocaleId, range: Range): string | undefined {
  const from = Date.parse(range.from);
  const to = Date.parse(range.to) - 1;
  if (from <= 0 || new Date(to).getUTCFullYear() >= 9999) return undefined;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'Asia/Shanghai' }).formatRange(from, to);
}
