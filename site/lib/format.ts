import type { LocaleId } from '../i18n/locales.ts';

/** The sandbox company sits in China: simulated times are shown on Beijing time, in the reader's language. */
export function formatSimulatedTime(locale: LocaleId, epochMs: number): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Shanghai' }).format(epochMs);
}

export function formatPercent(locale: LocaleId, share: number): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** An error rate, with one decimal so that 1.4 % and 0.6 % are not both "1 %". */
export function formatRate(locale: LocaleId, share: number): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(share);
}

/** A count, grouped as the reader's locale writes thousands. */
export function formatCount(locale: LocaleId, count: number): string {
  return new Intl.NumberFormat(locale).format(count);
}

/** A wall-clock duration as m:ss (or h:mm:ss), the way a stopwatch shows it. */
export function formatDuration(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  const [hours, minutes, rest] = [Math.floor(whole / 3600), Math.floor((whole % 3600) / 60), whole % 60];
  const pad = (n: number) => String(n).padStart(2, '0');
  return hours > 0 ? `${hours}:${pad(minutes)}:${pad(rest)}` : `${minutes}:${pad(rest)}`;
}

/** An amount in yuan (the engine keeps amounts as yuan, rounded to the fen), as the reader's locale writes CNY. */
export function formatMoney(locale: LocaleId, yuan: number): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency: 'CNY', maximumFractionDigits: Number.isInteger(yuan) ? 0 : 2 }).format(yuan);
}

/** A short list as the reader's language writes one: "1, 2, 3" in English, "1、2、3" in Chinese. */
export function formatList(locale: LocaleId, items: readonly string[]): string {
  return listParts(locale, items, (item) => item)
    .map((part) => part.text)
    .join('');
}

/** The same list in pieces, an item's piece carrying the item so it can be drawn as a link: [{ text, item }, { text: '、' }, { text, item }]. */
export function listParts<T>(locale: LocaleId, items: readonly T[], label: (item: T) => string): { text: string; item?: T }[] {
  let index = 0;
  return new Intl.ListFormat(locale, { type: 'conjunction', style: 'narrow' })
    .formatToParts(items.map(label))
    .map((part) => (part.type === 'element' ? { text: part.value, item: items[index++] } : { text: part.value }));
}
