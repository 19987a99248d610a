/**
 * Every message key the engine can put in a rejection. The site's catalogues
 * must hold each of them in every locale (a test checks), so a trainee never
 * sees a bare key.
 */
export const rejectionMessageKeys = [
  'rejection.incomplete',
  'rejection.format.code',
  'rejection.format.phone',
  'rejection.format.email',
  'rejection.format.industry',
  'rejection.format.minutes',
  'rejection.duplicate.suspected',
  'rejection.duplicate.code',
  'rejection.reference.account',
  'rejection.lifecycle.not-allowed',
] as const;
export type RejectionMessageKey = (typeof rejectionMessageKeys)[number];
