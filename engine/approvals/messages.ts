/** Rejection message keys this module uses; the site's catalogues hold their text. */
export const approvalMessageKeys = ['rejection.reference.approval', 'rejection.approval.closed', 'rejection.approval.own-request'] as const;
