import type { LeadStatus } from './lifecycle.ts';

/** Where a lead came from; reports compare sources. */
export const leadSources = ['trade-show', 'website', 'referral', 'cold-call', 'partner'] as const;
export type LeadSource = (typeof leadSources)[number];

/** Someone who may become a customer, before anything is known for sure. */
export interface Lead {
  readonly id: string;
  readonly company: string;
  readonly contactName: string;
  /** E.164. */
  readonly phone: string;
  /** Lower-cased, or "". */
  readonly email: string;
  readonly source: LeadSource;
  readonly owner: string;
  readonly status: LeadStatus;
  /** Why it was disqualified; required for that move. */
  readonly disqualifyReason?: string;
  /** What conversion created. */
  readonly converted?: { readonly account: string; readonly contact: string; readonly opportunity: string };
  readonly createdAt: number;
}
