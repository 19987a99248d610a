/** Rejection message keys this module uses; the site's catalogues hold their text. */
export const orderMessageKeys = [
  'rejection.reference.quote',
  'rejection.reference.order',
  'rejection.order.quote-not-accepted',
  'rejection.order.quote-ordered',
  'rejection.transition.order',
  'rejection.credit.limit-exceeded',
] as const;
