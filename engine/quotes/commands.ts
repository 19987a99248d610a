import * as v from 'valibot';

/**
 * What a user can do to a quote, from the first line to the customer's
 * answer. Form fields arrive as typed text; the engine parses prices
 * ("1,200", "1.2万"), quantities and percentages ("8", "8%").
 */

const byId = v.object({
  /** Quote id, e.g. QT-000001. */
  id: v.string(),
});

export const quoteCommands = [
  v.object({
    type: v.literal('quote.create'),
    data: v.object({
      /** Internal code of the customer the quote is for. */
      accountCode: v.string(),
      /** Id of the customer's opportunity the quote goes with, optional. */
      opportunity: v.optional(v.string(), ''),
    }),
  }),
  v.object({
    type: v.literal('quote.addLine'),
    data: v.object({
      ...byId.entries,
      /** Internal code of a product on the price list. */
      product: v.string(),
      /** Whole number of units, as typed. */
      quantity: v.string(),
      /** CNY per unit, as typed; the list price when empty. */
      unitPrice: v.optional(v.string(), ''),
      /** Percent off the line's total, as typed; none when empty. */
      discountPercent: v.optional(v.string(), ''),
    }),
  }),
  v.object({
    type: v.literal('quote.removeLine'),
    data: v.object({
      ...byId.entries,
      /** The line's number on the quote, counting from 1. */
      line: v.string(),
    }),
  }),
  v.object({ type: v.literal('quote.submit'), data: byId }),
  v.object({ type: v.literal('quote.revise'), data: byId }),
  v.object({ type: v.literal('quote.send'), data: byId }),
  v.object({ type: v.literal('quote.accept'), data: byId }),
  v.object({ type: v.literal('quote.decline'), data: byId }),
] as const;
export type QuoteCommand = v.InferOutput<(typeof quoteCommands)[number]>;
