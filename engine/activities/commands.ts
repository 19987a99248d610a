import * as v from 'valibot';

/**
 * Logging what happened with a customer. Salespeople hate long forms
 * (seed 003): a few fields, the follow-up optional, everything typed text.
 */
export const activityCommands = [
  v.object({
    type: v.literal('activity.log'),
    data: v.object({
      /** call, visit, email or meeting. */
      kind: v.string(),
      /** What it was about: account, contact, lead, opportunity or ticket. */
      entity: v.string(),
      /** That record's id or code, e.g. C-SH-00612, CT-000003, LD-000004, OP-000001, TK-000002. */
      id: v.string(),
      /** What came of it, in the salesperson's words. */
      outcome: v.string(),
      /** What happens next, optional; required with a follow-up time. */
      nextStep: v.optional(v.string(), ''),
      /** When to follow up, typed in China time ("2026-03-05 14:00"), optional; makes a task with a reminder. */
      followUp: v.optional(v.string(), ''),
    }),
  }),
] as const;
export type ActivityCommand = v.InferOutput<(typeof activityCommands)[number]>;
