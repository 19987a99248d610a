import type { ApprovalEffect } from '../approvals/effects.ts';
import type { Approval } from '../approvals/records.ts';
import type { EventBody } from '../events.ts';
import type { DecideContext } from '../module.ts';
import type { SandboxState } from '../state.ts';
import { announceQuote } from './announce.ts';
import { nextQuoteStatus } from './lifecycle.ts';

/**
 * The lead's verdict on a quote's prices moves the quote on. The requester
 * hears of it from the approval itself, so the quote's other followers are
 * the ones told here.
 */
function decided(verdict: 'approve' | 'reject') {
  return (state: SandboxState, approval: Approval, context: DecideContext): EventBody[] => {
    const quote = state.quotes[approval.about.id];
    const to = nextQuoteStatus(quote.status, { type: verdict });
    // A quote no longer waiting (a scenario may seed one that way) is left as it is.
    if (to === undefined) return [];
    return [
      { type: 'quote.statusChanged', data: { id: quote.id, from: quote.status, to } },
      ...announceQuote(state, context, quote, `notification.quote.${to}`, approval.requestedBy),
    ];
  };
}

export const quotePricingEffect: ApprovalEffect = {
  approved: decided('approve'),
  rejected: decided('reject'),
};
