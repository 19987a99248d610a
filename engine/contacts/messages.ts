/** Rejection message keys this module uses; the site's catalogues hold their text. */
export const contactMessageKeys = ['rejection.format.contact-role', 'rejection.duplicate.contact', 'rejection.reference.contact', 'rejection.contact.nothing-changed'] as const;
