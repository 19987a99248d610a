import * as z from 'zod/mini';

/**
 * What a user can do to the price list. Form fields arrive as typed text;
 * the engine checks and normalises them (list prices too: "1,200", "1.2万").
 */

const byCode = z.object({
  /** The product's internal code, e.g. P-100023. */
  code: z.string(),
});

export const productCommands = [
  z.object({
    type: z.literal('product.create'),
    data: z.object({
      /** Internal code in the company's format: P- and six digits, e.g. P-100023. */
      code: z.string(),
      /** Name in Chinese. */
      nameZh: z.string(),
      /** Name in English, optional. */
      nameEn: z._default(z.string(), ''),
      /** Unit of sale, e.g. 台, 件, set. */
      unit: z.string(),
      /** CNY per unit, as typed. */
      listPrice: z.string(),
      /** The user saw the duplicate warning and creates the product anyway. */
      confirmDuplicate: z.optional(z.boolean()),
    }),
  }),
  z.object({
    type: z.literal('product.requestPriceChange'),
    data: z.extend(byCode, {
      /** The new list price in CNY, as typed. */
      listPrice: z.string(),
      /** Why, for the reviewers. */
      reason: z.string(),
    }),
  }),
  z.object({ type: z.literal('product.retire'), data: byCode }),
] as const;
export type ProductCommand = z.output<(typeof productCommands)[number]>;
