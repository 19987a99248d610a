import * as v from 'valibot';

/**
 * What a salesperson does with a lead, from first entry to conversion.
 * Form fields arrive as typed text; the engine checks and normalises them.
 */

const byId = v.object({
  /** Lead id, e.g. LD-000001. */
  id: v.string(),
});

export const leadCommands = [
  v.object({
    type: v.literal('lead.create'),
    data: v.object({
      /** The company's name as the person gave it. */
      company: v.string(),
      /** Who we spoke to or who wrote in. */
      contactName: v.string(),
      /** Their phone, as typed; conversion makes it the contact's number. */
      phone: v.string(),
      /** Optional; checked when given. */
      email: v.optional(v.string(), ''),
      /** One of the lead sources list. */
      source: v.string(),
      /** User id of the salesperson who works it; the creator when empty. */
      owner: v.optional(v.string(), ''),
      /** The user saw the duplicate warning and creates the lead anyway. */
      confirmDuplicate: v.optional(v.boolean()),
    }),
  }),
  v.object({ type: v.literal('lead.markContacted'), data: byId }),
  v.object({ type: v.literal('lead.qualify'), data: byId }),
  v.object({
    type: v.literal('lead.disqualify'),
    data: v.object({
      ...byId.entries,
      /** Why the lead goes no further; reports group by it. */
      reason: v.string(),
    }),
  }),
  v.object({
    type: v.literal('lead.convert'),
    data: v.object({
      ...byId.entries,
      /** The new customer's internal code, e.g. C-SH-00107. */
      accountCode: v.string(),
      /** Legal name in Chinese; the lead's company when empty. */
      nameZh: v.optional(v.string(), ''),
      /** Legal name in English, optional. */
      nameEn: v.optional(v.string(), ''),
      /** One of the industries list. */
      industry: v.string(),
      /** What the first deal is. */
      opportunityName: v.string(),
      /** Its estimated value in CNY, as typed; optional. */
      amount: v.optional(v.string(), ''),
      /** The user saw a duplicate warning (customer or contact) and converts anyway. */
      confirmDuplicate: v.optional(v.boolean()),
    }),
  }),
] as const;
export type LeadCommand = v.InferOutput<(typeof leadCommands)[number]>;
