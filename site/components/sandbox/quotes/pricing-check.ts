import { needsApproval } from '../../../../engine/quotes/lines.ts';
import type { QuoteLine } from '../../../../engine/quotes/records.ts';
import type { ProcessConfig } from '../../../../engine/process/config.ts';

type Pricing = ProcessConfig['pricing'];

/** Where one quote line stands against the company's pricing limits, and why. */
export interface LineCheck {
  /** The offered price's distance from the list price, in percent: negative below the list. */
  readonly deviationPercent: number;
  /** The price is further from the list than the process allows (either way). */
  readonly priceOutside: boolean;
  /** The discount is above the process's limit. */
  readonly discountOutside: boolean;
  /** A lead must approve the line before the quote may be sent. */
  readonly needsApproval: boolean;
}

/**
 * A line's standing, by the engine's own rule (`needsApproval`, the one
 * `quote.submit` applies): the verdict as the engine gives it, and each
 * reason asked of the same rule with the other factor at its neutral value.
 */
export function checkLine(line: QuoteLine, pricing: Pricing): LineCheck {
  return {
    deviationPercent: line.listPrice === 0 ? 0 : Math.round(((line.unitPrice - line.listPrice) / line.listPrice) * 1000) / 10,
    priceOutside: needsApproval({ ...line, discountPercent: 0 }, pricing),
    discountOutside: needsApproval({ ...line, unitPrice: line.listPrice }, pricing),
    needsApproval: needsApproval(line, pricing),
  };
}

/** A quote's standing before it is submitted: each line's, and the numbers (from 1) of the lines a lead must approve. */
export function checkQuote(lines: readonly QuoteLine[], pricing: Pricing): { lines: LineCheck[]; outside: number[] } {
  const checks = lines.map((line) => checkLine(line, pricing));
  return { lines: checks, outside: checks.flatMap((check, index) => (check.needsApproval ? [index + 1] : [])) };
}
