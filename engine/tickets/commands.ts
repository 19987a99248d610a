import * as z from 'zod/mini';

/**
 * What a user can do to a service request or complaint. Form fields arrive
 * as typed text; the engine checks them.
 */

const byId = z.object({
  /** The ticket's id, e.g. TK-000001. */
  id: z.string(),
});

export const ticketCommands = [
  z.object({
    type: z.literal('ticket.open'),
    data: z.object({
      /** The customer's internal code, e.g. C-SH-00107. */
      accountCode: z.string(),
      /** Id of the customer's contact who raised it; optional. */
      contact: z._default(z.string(), ''),
      /** What the customer asks for or complains about. */
      subject: z.string(),
      /** urgent, high, normal or low; sets the deadline from the SLA. */
      priority: z.string(),
    }),
  }),
  z.object({
    type: z.literal('ticket.assign'),
    data: z.extend(byId, {
      /** User id of who will handle it. */
      assignee: z.string(),
    }),
  }),
  z.object({ type: z.literal('ticket.start'), data: byId }),
  z.object({
    type: z.literal('ticket.resolve'),
    data: z.extend(byId, {
      /** What was done, for the customer and the next colleague who reads it. */
      resolution: z.string(),
    }),
  }),
  z.object({ type: z.literal('ticket.close'), data: byId }),
  z.object({
    type: z.literal('ticket.reopen'),
    data: z.extend(byId, {
      /** Why the customer is not satisfied. */
      reason: z.string(),
    }),
  }),
] as const;
export type TicketCommand = z.output<(typeof ticketCommands)[number]>;
