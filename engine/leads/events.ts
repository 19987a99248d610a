import type { LeadStatus } from './lifecycle.ts';
import type { Lead } from './records.ts';

/** Events of this module, in the past tense. */
export type LeadEvent =
  | { readonly type: 'lead.created'; readonly data: { readonly lead: Lead } }
  | { readonly type: 'lead.contacted'; readonly data: { readonly id: string } }
  | { readonly type: 'lead.qualified'; readonly data: { readonly id: string } }
  | { readonly type: 'lead.disqualified'; readonly data: { readonly id: string; readonly from: LeadStatus; readonly reason: string } }
  | {
      readonly type: 'lead.converted';
      /** The account code, contact id and opportunity id the conversion created. */
      readonly data: { readonly id: string; readonly account: string; readonly contact: string; readonly opportunity: string };
    };
