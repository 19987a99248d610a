import { describe, expect, it } from 'vitest';
import { defaultProcess } from '../../../../engine/process/config.ts';
import { lineTotal } from '../../../../engine/quotes/lines.ts';
import type { QuoteLine } from '../../../../engine/quotes/records.ts';
import { checkLine, checkQuote } from './pricing-check.ts';

const pricing = defaultProcess.pricing;
const line = (listPrice: number, unitPrice: number, discountPercent = 0, quantity = 1): QuoteLine => ({
  product: 'P-201301',
  quantity,
  listPrice,
  unitPrice,
  discountPercent,
  total: lineTotal(quantity, unitPrice, discountPercent),
});

describe('checkLine', () => {
  it('passes a line at list price with a discount within the limit', () => {
    expect(checkLine(line(260, 260, 8, 50), pricing)).toEqual({ deviationPercent: 0, priceOutside: false, discountOutside: false, needsApproval: false });
  });

  it('flags a price more than 5% off the list, and says how far', () => {
    const check = checkLine(line(32_000, 27_000, 0, 2), pricing);
    expect(check).toMatchObject({ priceOutside: true, discountOutside: false, needsApproval: true });
    expect(check.deviationPercent).toBe(-15.6);
  });

  it('flags a price above the list too: a deviation either way', () => {
    expect(checkLine(line(1000, 1060), pricing)).toMatchObject({ deviationPercent: 6, priceOutside: true, needsApproval: true });
  });

  it('keeps exactly the limit within it, as the engine does', () => {
    expect(checkLine(line(1000, 950, 10), pricing)).toMatchObject({ priceOutside: false, discountOutside: false, needsApproval: false });
  });

  it('flags a discount over 10%', () => {
    expect(checkLine(line(480, 480, 15, 20), pricing)).toMatchObject({ priceOutside: false, discountOutside: true, needsApproval: true });
  });

  it('follows the process a scenario sets', () => {
    const strict = { ...pricing, maxDiscountPercent: 5 };
    expect(checkLine(line(480, 480, 8), strict).needsApproval).toBe(true);
  });
});

describe('checkQuote', () => {
  it('numbers the lines a lead must approve from 1, like the approval request', () => {
    const checked = checkQuote([line(480, 480), line(260, 260, 25), line(4500, 4500)], pricing);
    expect(checked.outside).toEqual([2]);
    expect(checked.lines.map((check) => check.needsApproval)).toEqual([false, true, false]);
  });

  it('has nothing outside for a quote within the limits or without lines', () => {
    expect(checkQuote([line(480, 480, 5)], pricing).outside).toEqual([]);
    expect(checkQuote([], pricing).outside).toEqual([]);
  });
});
