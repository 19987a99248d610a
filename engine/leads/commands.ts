import * as z from 'zod/mini';

/**
 * What a salesperson does with a lead, from first entry to conversion.
 * Form fields arrive as typed text; the engine checks and normalises them.
 */

const byId = z.object({
  /** Lead id, e.g. LD-000001. */
  id: z.string(),
});

export const leadCommands = [
  z.object({
    type: z.literal('lead.create'),
    data: z.object({
      /** The company's name as the person gave it. */
      company: z.string(),
      /** Who we spoke to or who wrote in. */
      contactName: z.string(),
      /** Their phone, as typed; conversion makes it the contact's number. */
      phone: z.string(),
      /** Optional; checked when given. */
      email: z._default(z.string(), ''),
      /** One of the lead sources list. */
      source: z.string(),
      /** User id of the salesperson who works it; the creator when empty. */
      owner: z._default(z.string(), ''),
      /** The user saw the duplicate warning and creates the lead anyway. */
      confirmDuplicate: z.optional(z.boolean()),
    }),
  }),
  z.object({ type: z.literal('lead.markContacted'), data: byId }),
  z.object({ type: z.literal('lead.qualify'), data: byId }),
  z.object({
    type: z.literal('lead.disqualify'),
    data: z.extend(byId, {
      /** Why the lead goes no further; reports group by it. */
      reason: z.string(),
    }),
  }),
  z.object({
    type: z.literal('lead.convert'),
    data: z.extend(byId, {
      /** The new customer's internal code, e.g. C-SH-00107. */
      accountCode: z.string(),
      /** Legal name in Chinese; the lead's company when empty. */
      nameZh: z._default(z.string(), ''),
      /** Legal name in English, optional. */
      nameEn: z._default(z.string(), ''),
      /** One of the industries list. */
      industry: z.string(),
      /** What the first deal is. */
      opportunityName: z.string(),
      /** Its estimated value in CNY, as typed; optional. */
      amount: z._default(z.string(), ''),
      /** The user saw a duplicate warning (customer or contact) and converts anyway. */
      confirmDuplicate: z.optional(z.boolean()),
    }),
  }),
] as const;
export type LeadCommand = z.output<(typeof leadCommands)[number]>;
