import { foldWidth } from './text.ts';

/**
 * An amount of money as typed in a form, in CNY: "1,200,000", "1200000.5",
 * "¥ 12,000", "１２万", "3.5万元". Returns the amount rounded to the fen, or
 * undefined when the text is not an amount or is negative.
 */
export function parseAmount(input: string): number | undefined {
  const match = /^[¥￥]?\s*(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s*(万)?\s*(元|rmb|cny)?$/i.exec(foldWidth(input).trim());
  if (!match) return undefined;
  const [, whole, fraction = '', tenThousands] = match;
  const value = Number(whole.replace(/,/g, '') + fraction) * (tenThousands ? 10_000 : 1);
  return Number.isFinite(value) ? Math.round(value * 100) / 100 : undefined;
}

/** A whole, positive count of items as typed: "12", "１２". */
export function parseQuantity(input: string): number | undefined {
  const text = foldWidth(input).trim();
  return /^\d{1,7}$/.test(text) && Number(text) > 0 ? Number(text) : undefined;
}

/** A percentage as typed, 0 to 100: "8", "8.5", "8%". */
export function parsePercent(input: string): number | undefined {
  const match = /^(\d{1,3}(?:\.\d{1,2})?)\s*%?$/.exec(foldWidth(input).trim());
  if (!match) return undefined;
  const value = Number(match[1]);
  return value <= 100 ? value : undefined;
}

/** An amount in whole fen, so sums and comparisons carry no floating-point error. */
export function toFen(cny: number): number {
  return Math.round(cny * 100);
}
