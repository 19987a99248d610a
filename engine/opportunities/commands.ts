import * as v from 'valibot';

/**
 * What a salesperson does with a deal. Form fields arrive as typed text; the
 * engine parses amounts ("120,000", "12万") and dates ("2026-03-15",
 * "2026年3月15日").
 */

const byId = v.object({
  /** Opportunity id, e.g. OP-000001. */
  id: v.string(),
});

const teamChange = v.object({
  ...byId.entries,
  /** User id of the colleague. */
  user: v.string(),
});

export const opportunityCommands = [
  v.object({
    type: v.literal('opportunity.create'),
    data: v.object({
      /** The customer's internal code. */
      accountCode: v.string(),
      /** What the deal is, e.g. "2026 packaging line upgrade". */
      name: v.string(),
      /** Estimated value in CNY, as typed; optional. */
      amount: v.optional(v.string(), ''),
      /** When the deal should close, as typed; optional. */
      expectedClose: v.optional(v.string(), ''),
      /** User id of the salesperson; the creator when empty. */
      owner: v.optional(v.string(), ''),
    }),
  }),
  v.object({
    type: v.literal('opportunity.update'),
    data: v.object({
      ...byId.entries,
      /** Only the fields given change; an empty one is cleared. Estimated value in CNY, as typed. */
      amount: v.optional(v.string()),
      /** When the deal should close, as typed. */
      expectedClose: v.optional(v.string()),
      /** Contact id of the person who decides, at the deal's customer. */
      decisionMaker: v.optional(v.string()),
      /** What the customer needs, in the salesperson's words. */
      needs: v.optional(v.string()),
      /** Who else is bidding. */
      competitors: v.optional(v.string()),
    }),
  }),
  v.object({
    type: v.literal('opportunity.moveStage'),
    data: v.object({
      ...byId.entries,
      /** Id of one of the process's pipeline stages, forward or back. */
      stage: v.string(),
    }),
  }),
  v.object({ type: v.literal('opportunity.win'), data: byId }),
  v.object({
    type: v.literal('opportunity.lose'),
    data: v.object({
      ...byId.entries,
      /** Why the deal was lost; reports group by it. */
      reason: v.string(),
    }),
  }),
  v.object({
    type: v.literal('opportunity.assignOwner'),
    data: v.object({
      ...byId.entries,
      /** User id of the salesperson who takes the deal over. */
      owner: v.string(),
    }),
  }),
  v.object({ type: v.literal('opportunity.addTeamMember'), data: teamChange }),
  v.object({ type: v.literal('opportunity.removeTeamMember'), data: teamChange }),
] as const;
export type OpportunityCommand = v.InferOutput<(typeof opportunityCommands)[number]>;
