import type { ProcessConfig } from '../process/config.ts';
import { toFen } from '../normalise/amount.ts';
import type { QuoteLine } from './records.ts';

/**
 * quantity × unitPrice × (1 − discount), rounded half up to the fen. In
 * BigInt, because a trainee may type a quantity and a price whose product
 * in fen, times basis points, passes 2^53.
 */
export function lineTotal(quantity: number, unitPrice: number, discountPercent: number): number {
  const basisPoints = BigInt(10_000 - Math.round(discountPercent * 100));
  const totalFen = (BigInt(quantity) * BigInt(toFen(unitPrice)) * basisPoints + 5_000n) / 10_000n;
  return Number(totalFen) / 100;
}

/** The sum of the lines' totals. */
export function quoteTotal(lines: readonly QuoteLine[]): number {
  return lines.reduce((sum, line) => sum + toFen(line.total), 0) / 100;
}

/**
 * A line a lead must approve: priced further from its list price than the
 * process allows (either way), or discounted more. Compared in fen by
 * cross-multiplying, so exactly at the limit is within it.
 */
export function needsApproval(line: QuoteLine, pricing: ProcessConfig['pricing']): boolean {
  const deviation = Math.abs(toFen(line.unitPrice) - toFen(line.listPrice)) * 100;
  return deviation > pricing.maxPriceDeviationPercent * toFen(line.listPrice) || line.discountPercent > pricing.maxDiscountPercent;
}
