import type { LeadStatus } from './lifecycle.ts';

/** Where a lead came from; reports compare sources. */
export const leadSources = ['trade-show', 'website', 'referral', 'cold-call', 'partner'] as const;
export type LeadSource = (typeof leadSources)[number];

export function isLeadSource(value: unknown): value is LeadSource {
  return (leadSources as readonly unknown[]).includes(value);
}

/** Someone who may become a customer, before anything is known for sure. */
export interface Lead {
  readonly id: string;
  readonly company: string;
  /** The company name's comparison key (`companyNameKey`), kept so duplicate checks need not recompute it per lead. */
  readonly companyKey: string;
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
  /** Set when the lead was created although it looked like this account (code) or open lead (id). */
  readonly duplicateOf?: string;
  readonly createdAt: number;
}
