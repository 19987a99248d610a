import * as z from 'zod/mini';

/**
 * What a user can do to a sales order, from the accepted quote to the
 * customer's payment. Ids arrive as typed text.
 */

const byId = z.object({
  /** The order's id, e.g. SO-000001. */
  id: z.string(),
});

export const orderCommands = [
  z.object({
    type: z.literal('order.create'),
    data: z.object({
      /** Id of the accepted quote the order is made from, e.g. QT-000001. */
      quote: z.string(),
    }),
  }),
  z.object({ type: z.literal('order.confirm'), data: byId }),
  z.object({ type: z.literal('order.pick'), data: byId }),
  z.object({ type: z.literal('order.ship'), data: byId }),
  z.object({ type: z.literal('order.deliver'), data: byId }),
  z.object({ type: z.literal('order.invoice'), data: byId }),
  z.object({ type: z.literal('order.markPaid'), data: byId }),
  z.object({
    type: z.literal('order.cancel'),
    data: z.extend(byId, {
      /** Why the order is cancelled, for the customer's team and the audit log. */
      reason: z.string(),
    }),
  }),
] as const;
export type OrderCommand = z.output<(typeof orderCommands)[number]>;
