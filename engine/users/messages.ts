/** Rejection message keys this module uses; the site's catalogues hold their text. */
export const userMessageKeys = [
  'rejection.reference.user',
  'rejection.reference.team',
  'rejection.format.user-id',
  'rejection.format.role',
  'rejection.format.department',
  'rejection.duplicate.user',
  'rejection.team.lead-role',
] as const;
