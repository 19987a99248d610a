/** Rejection message keys this module uses; the site's catalogues hold their text. */
export const productMessageKeys = [
  'rejection.format.product-code',
  'rejection.product.code-taken',
  'rejection.product.duplicate-name',
  'rejection.reference.product',
  'rejection.product.retired',
  'rejection.product.same-price',
] as const;
