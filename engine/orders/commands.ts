import * as v from 'valibot';

/**
 * What a user can do to a sales order, from the accepted quote to the
 * customer's payment. Ids arrive as typed text.
 */

const byId = v.object({
  /** The order's id, e.g. SO-000001. */
  id: v.string(),
});

export const orderCommands = [
  v.object({
    type: v.literal('order.create'),
    data: v.object({
      /** Id of the accepted quote the order is made from, e.g. QT-000001. */
      quote: v.string(),
    }),
  }),
  v.object({ type: v.literal('order.confirm'), data: byId }),
  v.object({ type: v.literal('order.pick'), data: byId }),
  v.object({ type: v.literal('order.ship'), data: byId }),
  v.object({ type: v.literal('order.deliver'), data: byId }),
  v.object({ type: v.literal('order.invoice'), data: byId }),
  v.object({ type: v.literal('order.markPaid'), data: byId }),
  v.object({
    type: v.literal('order.cancel'),
    data: v.object({
      ...byId.entries,
      /** Why the order is cancelled, for the customer's team and the audit log. */
      reason: v.string(),
    }),
  }),
] as const;
export type OrderCommand = v.InferOutput<(typeof orderCommands)[number]>;
