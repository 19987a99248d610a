import * as v from 'valibot';

export const approvalCommands = [
  v.object({
    type: v.literal('approval.approve'),
    data: v.object({
      /** Approval id, e.g. AP-000003. */
      id: v.string(),
      comment: v.optional(v.string(), ''),
    }),
  }),
  v.object({
    type: v.literal('approval.reject'),
    data: v.object({
      id: v.string(),
      /** Why; required, so the requester knows what to change. */
      comment: v.string(),
    }),
  }),
] as const;
export type ApprovalCommand = v.InferOutput<(typeof approvalCommands)[number]>;
