/** Rejection message keys this module uses; the site's catalogues hold their text. */
export const accountMessageKeys = [
  'rejection.format.code',
  'rejection.format.industry',
  'rejection.duplicate.suspected',
  'rejection.duplicate.code',
  'rejection.reference.account',
  'rejection.transition.account',
  'rejection.account.nothing-changed',
  'rejection.account.already-member',
  'rejection.account.not-member',
  'rejection.account.same-owner',
  'rejection.account.same-limit',
] as const;
