import type { Role } from '../users/records.ts';
import type { RecordRef } from '../refs.ts';

/** What needs approving. Each kind says what happens once every level approves. */
export const approvalKinds = ['quote.pricing', 'product.price', 'account.creditLimit'] as const;
export type ApprovalKind = (typeof approvalKinds)[number];

export interface ApprovalDecision {
  readonly by: string;
  readonly role: Role;
  readonly verdict: 'approved' | 'rejected';
  readonly comment: string;
  readonly at: number;
}

/** A change held back until reviewers approve it, one level after another (seed 000). */
export interface Approval {
  readonly id: string;
  readonly kind: ApprovalKind;
  readonly about: RecordRef;
  /** The change asked for, e.g. `{ listPrice: 1200 }`; applied when approved. */
  readonly change: Readonly<Record<string, string | number>>;
  readonly requestedBy: string;
  /** Roles that must approve, in order. */
  readonly levels: readonly Role[];
  readonly decisions: readonly ApprovalDecision[];
  readonly status: 'pending' | 'approved' | 'rejected';
  readonly createdAt: number;
}
