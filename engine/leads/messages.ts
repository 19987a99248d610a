/** Rejection message keys this module uses; the site's catalogues hold their text. */
export const leadMessageKeys = ['rejection.reference.lead', 'rejection.transition.lead', 'rejection.duplicate.lead'] as const;
