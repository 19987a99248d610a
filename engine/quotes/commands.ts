import * as z from 'zod/mini';

/**
 * What a user can do to a quote, from the first line to the customer's
 * answer. Form fields arrive as typed text; the engine parses prices
 * ("1,200", "1.2万"), quantities and percentages ("8", "8%").
 */

const byId = z.object({
  /** Quote id, e.g. QT-000001. */
  id: z.string(),
});

export const quoteCommands = [
  z.object({
    type: z.literal('quote.create'),
    data: z.object({
      /** Internal code of the customer the quote is for. */
      accountCode: z.string(),
      /** Id of the customer's opportunity the quote goes with, optional. */
      opportunity: z._default(z.string(), ''),
    }),
  }),
  z.object({
    type: z.literal('quote.addLine'),
    data: z.extend(byId, {
      /** Internal code of a product on the price list. */
      product: z.string(),
      /** Whole number of units, as typed. */
      quantity: z.string(),
      /** CNY per unit, as typed; the list price when empty. */
      unitPrice: z._default(z.string(), ''),
      /** Percent off the line's total, as typed; none when empty. */
      discountPercent: z._default(z.string(), ''),
    }),
  }),
  z.object({
    type: z.literal('quote.removeLine'),
    data: z.extend(byId, {
      /** The line's number on the quote, counting from 1. */
      line: z.string(),
    }),
  }),
  z.object({ type: z.literal('quote.submit'), data: byId }),
  z.object({ type: z.literal('quote.revise'), data: byId }),
  z.object({ type: z.literal('quote.send'), data: byId }),
  z.object({ type: z.literal('quote.accept'), data: byId }),
  z.object({ type: z.literal('quote.decline'), data: byId }),
] as const;
export type QuoteCommand = z.output<(typeof quoteCommands)[number]>;
