import * as z from 'zod';

/**
 * What a salesperson does with a deal. Form fields arrive as typed text; the
 * engine parses amounts ("120,000", "12万") and dates ("2026-03-15",
 * "2026年3月15日").
 */

const byId = z.object({
  /** Opportunity id, e.g. OP-000001. */
  id: z.string(),
});

const teamChange = byId.extend({
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
      amount: z.string().default(''),
      /** When the deal should close, as typed; optional. */
      expectedClose: z.string().default(''),
      /** User id of the salesperson; the creator when empty. */
      owner: z.string().default(''),
    }),
  }),
  z.object({
    type: z.literal('opportunity.update'),
    data: byId.extend({
      /** Only the fields given change; an empty one is cleared. Estimated value in CNY, as typed. */
      amount: z.string().optional(),
      /** When the deal should close, as typed. */
      expectedClose: z.string().optional(),
      /** Contact id of the person who decides, at the deal's customer. */
      decisionMaker: z.string().optional(),
      /** What the customer needs, in the salesperson's words. */
      needs: z.string().optional(),
      /** Who else is bidding. */
      competitors: z.string().optional(),
    }),
  }),
  z.object({
    type: z.literal('opportunity.moveStage'),
    data: byId.extend({
      /** Id of one of the process's pipeline stages, forward or back. */
      stage: z.string(),
    }),
  }),
  z.object({ type: z.literal('opportunity.win'), data: byId }),
  z.object({
    type: z.literal('opportunity.lose'),
    data: byId.extend({
      /** Why the deal was lost; reports group by it. */
      reason: z.string(),
    }),
  }),
  z.object({ type: z.literal('opportunity.addTeamMember'), data: teamChange }),
  z.object({ type: z.literal('opportunity.removeTeamMember'), data: teamChange }),
] as const;
export type OpportunityCommand = z.output<(typeof opportunityCommands)[number]>;
