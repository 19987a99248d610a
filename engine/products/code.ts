import { foldWidth } from '../normalise/text.ts';

/**
 * The company's one internal code per product (seed 000: no "one item, many
 * codes"): P- and six digits.
 */
const productCodePattern = /^P-\d{6}$/;

/** An example shown to people wherever the format is asked for. */
export const productCodeExample = 'P-100023';

/** Width-folded, trimmed and upper-cased, so "ｐ－１０００２３" is accepted as P-100023. */
export function normaliseProductCode(input: string): string {
  return foldWidth(input).trim().toUpperCase();
}

export function isProductCode(code: string): boolean {
  return productCodePattern.test(code);
}

/**
 * A comparison key for a product name: width-folded, lower-cased, without
 * spaces, punctuation or symbols, so "ＣＮＣ 主轴（Ｘ－２００）" and
 * "cnc主轴(x-200)" are the same product. Unlike a company name nothing else
 * is dropped: a place or "有限公司" in a product name is part of the name.
 */
export function productNameKey(name: string): string {
  return foldWidth(name)
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, '');
}
