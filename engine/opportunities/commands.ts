import * as z from 'zod/mini';

/**
 * What a salesperson does with a deal. Form fields arrive as typed text; the
 * engine parses amounts ("120,000", "12万") and dates ("2026-03-15",
 * "2026年3月15日").
 */

const byId = z.object({
  /** Opportunity id, e.g. OP-000001. */
  id: z.string(),
});

const teamChange = z.extend(byId, {
  /** User id of the colleague. */
  user: z.string(),
});

export const opportunityCommands = [
  z.object({
    type: z.literal('opportunity.create'),
    data: z.object({
      /** The customer's internal code. */
      accountCode: z.string(),
      /** What the deal is, e.g. "2026 packaging line upgrade". */
      name: z.string(),
      /** Estimated value in CNY, as typed; optional. */
      amount: z._default(z.string(), ''),
      /** When the deal should close, as typed; optional. */
      expectedClose: z._default(z.string(), ''),
      /** User id of the salesperson; the creator when empty. */
      owner: z._default(z.string(), ''),
    }),
  }),
  z.object({
    type: z.literal('opportunity.update'),
    data: z.extend(byId, {
      /** Only the fields given change; an empty one is cleared. Estimated value in CNY, as typed. */
      amount: z.optional(z.string()),
      /** When the deal should close, as typed. */
      expectedClose: z.optional(z.string()),
      /** Contact id of the person who decides, at the deal's customer. */
      decisionMaker: z.optional(z.string()),
      /** What the customer needs, in the salesperson's words. */
      needs: z.optional(z.string()),
      /** Who else is bidding. */
      competitors: z.optional(z.string()),
    }),
  }),
  z.object({
    type: z.literal('opportunity.moveStage'),
    data: z.extend(byId, {
      /** Id of one of the process's pipeline stages, forward or back. */
      stage: z.string(),
    }),
  }),
  z.object({ type: z.literal('opportunity.win'), data: byId }),
  z.object({
    type: z.literal('opportunity.lose'),
    data: z.extend(byId, {
      /** Why the deal was lost; reports group by it. */
      reason: z.string(),
    }),
  }),
  z.object({ type: z.literal('opportunity.addTeamMember'), data: teamChange }),
  z.object({ type: z.literal('opportunity.removeTeamMember'), data: teamChange }),
] as const;
export type OpportunityCommand = z.output<(typeof opportunityCommands)[number]>;
