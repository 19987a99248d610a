import type { Approval, ApprovalDecision } from './records.ts';

export type ApprovalEvent =
  | { readonly type: 'approval.requested'; readonly data: { readonly approval: Approval } }
  | {
      readonly type: 'approval.decided';
      readonly data: { readonly id: string; readonly decision: ApprovalDecision; readonly status: Approval['status'] };
    };
