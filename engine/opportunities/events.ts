import type { Opportunity } from './records.ts';

/** The details `opportunity.update` may change; a sent quote fills `quote` through the same event. */
export type OpportunityDetails = Pick<Opportunity, 'amount' | 'expectedClose' | 'decisionMaker' | 'needs' | 'competitors' | 'quote'>;

/** Events of this module, in the past tense. Stage ids are the process's, or `won` / `lost`. */
export type OpportunityEvent =
  | { readonly type: 'opportunity.created'; readonly data: { readonly opportunity: Opportunity } }
  | {
      readonly type: 'opportunity.updated';
      readonly data: { readonly id: string; readonly before: Partial<OpportunityDetails>; readonly after: Partial<OpportunityDetails> };
    }
  | { readonly type: 'opportunity.stageChanged'; readonly data: { readonly id: string; readonly from: string; readonly to: string } }
  | { readonly type: 'opportunity.won'; readonly data: { readonly id: string; readonly from: string } }
  | { readonly type: 'opportunity.lost'; readonly data: { readonly id: string; readonly from: string; readonly reason: string } }
  | { readonly type: 'opportunity.ownerChanged'; readonly data: { readonly id: string; readonly from: string; readonly to: string } }
  | { readonly type: 'opportunity.teamMemberAdded'; readonly data: { readonly id: string; readonly user: string } }
  | { readonly type: 'opportunity.teamMemberRemoved'; readonly data: { readonly id: string; readonly user: string } };
