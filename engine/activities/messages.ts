/** Rejection message keys this module uses; the site's catalogues hold their text. */
export const activityMessageKeys = ['rejection.activity.follow-up-without-step'] as const;
