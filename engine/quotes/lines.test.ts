import { describe, expect, it } from 'vitest';
import { defaultProcess } from '../process/config.ts';
import { lineTotal, needsApproval, quoteTotal } from './lines.ts';
import type { QuoteLine } from './records.ts';

const line = (listPrice: number, unitPrice: number, discountPercent = 0): QuoteLine => ({
  product: 'P-100001',
  quantity: 1,
  listPrice,
  unitPrice,
  discountPercent,
  total: lineTotal(1, unitPrice, discountPercent),
});

describe('lineTotal', () => {
  it.each([
    [3, 33.33, 0, 99.99],
    [3, 33.33, 7.5, 92.49],
    [1, 0.05, 10, 0.05],
    [1, 0.05, 30, 0.04],
    [7, 19.99, 12.25, 122.79],
    [8776, 10_053_453.25, 9.75, 79_626_767_914.11],
  ])('%i × %s less %s percent is %s, rounded half up to the fen, exactly even past 2^53 fen on the way', (quantity, unitPrice, discount, total) => {
    expect(lineTotal(quantity, unitPrice, discount)).toBe(total);
  });
});

describe('quoteTotal', () => {
  it('adds in fen, without binary drift', () => {
    expect(quoteTotal([line(0.1, 0.1), line(0.2, 0.2)])).toBe(0.3);
    expect(quoteTotal([])).toBe(0);
  });
});

describe('needsApproval (defaults: 5% off the list either way, 10% discount)', () => {
  it.each([
    [1000, 1000, 0, false],
    [1000, 950, 0, false],
    [1000, 1050, 0, false],
    [1000, 949.99, 0, true],
    [1000, 1050.01, 0, true],
    [33.33, 31.67, 0, false],
    [33.33, 31.66, 0, true],
    [1000, 1000, 10, false],
    [1000, 1000, 10.01, true],
    [0, 0, 0, false],
    [0, 0.01, 0, true],
  ])('list %s, offered %s, %s percent off: %s', (listPrice, unitPrice, discount, expected) => {
    expect(needsApproval(line(listPrice, unitPrice, discount), defaultProcess.pricing)).toBe(expected);
  });
});
