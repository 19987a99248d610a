import * as z from 'zod/mini';

/**
 * Logging what happened with a customer. Salespeople hate long forms
 * (seed 003): a few fields, the follow-up optional, everything typed text.
 */
export const activityCommands = [
  z.object({
    type: z.literal('activity.log'),
    data: z.object({
      /** call, visit, email or meeting. */
      kind: z.string(),
      /** What it was about: account, contact, lead, opportunity or ticket. */
      entity: z.string(),
      /** That record's id or code, e.g. C-SH-00612, CT-000003, LD-000004, OP-000001, TK-000002. */
      id: z.string(),
      /** What came of it, in the salesperson's words. */
      outcome: z.string(),
      /** What happens next, optional; required with a follow-up time. */
      nextStep: z._default(z.string(), ''),
      /** When to follow up, typed in China time ("2026-03-05 14:00"), optional; makes a task with a reminder. */
      followUp: z._default(z.string(), ''),
    }),
  }),
] as const;
export type ActivityCommand = z.output<(typeof activityCommands)[number]>;
