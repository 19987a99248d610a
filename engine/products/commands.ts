import * as v from 'valibot';

/**
 * What a user can do to the price list. Form fields arrive as typed text;
 * the engine checks and normalises them (list prices too: "1,200", "1.2万").
 */

const byCode = v.object({
  /** The product's internal code, e.g. P-100023. */
  code: v.string(),
});

export const productCommands = [
  v.object({
    type: v.literal('product.create'),
    data: v.object({
      /** Internal code in the company's format: P- and six digits, e.g. P-100023. */
      code: v.string(),
      /** Name in Chinese. */
      nameZh: v.string(),
      /** Name in English, optional. */
      nameEn: v.optional(v.string(), ''),
      /** Unit of sale, e.g. 台, 件, set. */
      unit: v.string(),
      /** CNY per unit, as typed. */
      listPrice: v.string(),
      /** The user saw the duplicate warning and creates the product anyway. */
      confirmDuplicate: v.optional(v.boolean()),
    }),
  }),
  v.object({
    type: v.literal('product.requestPriceChange'),
    data: v.object({
      ...byCode.entries,
      /** The new list price in CNY, as typed. */
      listPrice: v.string(),
      /** Why, for the reviewers. */
      reason: v.string(),
    }),
  }),
  v.object({ type: v.literal('product.retire'), data: byCode }),
] as const;
export type ProductCommand = v.InferOutput<(typeof productCommands)[number]>;
