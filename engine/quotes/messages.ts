/** Rejection message keys this module uses; the site's catalogues hold their text. */
export const quoteMessageKeys = [
  'rejection.reference.quote',
  'rejection.transition.quote',
  'rejection.quote.not-approved',
  'rejection.quote.no-lines',
  'rejection.quote.line',
  'rejection.quote.opportunity',
  'rejection.quote.opportunity-closed',
] as const;
