import * as v from 'valibot';

/**
 * What a user can do to a service request or complaint. Form fields arrive
 * as typed text; the engine checks them.
 */

const byId = v.object({
  /** The ticket's id, e.g. TK-000001. */
  id: v.string(),
});

export const ticketCommands = [
  v.object({
    type: v.literal('ticket.open'),
    data: v.object({
      /** The customer's internal code, e.g. C-SH-00107. */
      accountCode: v.string(),
      /** Id of the customer's contact who raised it; optional. */
      contact: v.optional(v.string(), ''),
      /** What the customer asks for or complains about. */
      subject: v.string(),
      /** urgent, high, normal or low; sets the deadline from the SLA. */
      priority: v.string(),
    }),
  }),
  v.object({
    type: v.literal('ticket.assign'),
    data: v.object({
      ...byId.entries,
      /** User id of who will handle it. */
      assignee: v.string(),
    }),
  }),
  v.object({ type: v.literal('ticket.start'), data: byId }),
  v.object({
    type: v.literal('ticket.resolve'),
    data: v.object({
      ...byId.entries,
      /** What was done, for the customer and the next colleague who reads it. */
      resolution: v.string(),
    }),
  }),
  v.object({ type: v.literal('ticket.close'), data: byId }),
  v.object({
    type: v.literal('ticket.reopen'),
    data: v.object({
      ...byId.entries,
      /** Why the customer is not satisfied. */
      reason: v.string(),
    }),
  }),
] as const;
export type TicketCommand = v.InferOutput<(typeof ticketCommands)[number]>;
