import * as z from 'zod/mini';

export const approvalCommands = [
  z.object({
    type: z.literal('approval.approve'),
    data: z.object({
      /** Approval id, e.g. AP-000003. */
      id: z.string(),
      comment: z._default(z.string(), ''),
    }),
  }),
  z.object({
    type: z.literal('approval.reject'),
    data: z.object({
      id: z.string(),
      /** Why; required, so the requester knows what to change. */
      comment: z.string(),
    }),
  }),
] as const;
export type ApprovalCommand = z.output<(typeof approvalCommands)[number]>;
