import type { EventBody } from '../events.ts';
import type { DecideContext } from '../module.ts';
import { productPriceEffect } from '../products/price.ts';
import { quotePricingEffect } from '../quotes/pricing.ts';
import type { SandboxState } from '../state.ts';
import type { Approval, ApprovalKind } from './records.ts';

/** What each kind of approval does to its record once it is approved at every level, or rejected. */
export interface ApprovalEffect {
  approved(state: SandboxState, approval: Approval, context: DecideContext): EventBody[];
  rejected(state: SandboxState, approval: Approval, context: DecideContext): EventBody[];
}

export const approvalEffects: Record<ApprovalKind, ApprovalEffect> = {
  'account.creditLimit': {
    approved: (state, approval) => [
      {
        type: 'account.creditLimitChanged',
        data: {
          code: approval.about.id,
          from: state.accounts[approval.about.id].creditLimit,
          to: Number(approval.change.creditLimit),
          approval: approval.id,
        },
      },
    ],
    rejected: () => [],
  },
  'product.price': productPriceEffect,
  'quote.pricing': quotePricingEffect,
};
