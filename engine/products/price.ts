import type { ApprovalEffect } from '../approvals/effects.ts';

/** An approved list-price change sets the new price; a rejected one leaves the list as it was. */
export const productPriceEffect: ApprovalEffect = {
  approved: (state, approval) => [
    {
      type: 'product.priceChanged',
      data: {
        code: approval.about.id,
        from: state.products[approval.about.id].listPrice,
        to: Number(approval.change.listPrice),
        approval: approval.id,
      },
    },
  ],
  rejected: () => [],
};
