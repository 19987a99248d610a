/** Rejection message keys this module uses; the site's catalogues hold their text. */
export const notificationMessageKeys = ['rejection.reference.notification', 'rejection.reference.record', 'rejection.notification.not-yours'] as const;
