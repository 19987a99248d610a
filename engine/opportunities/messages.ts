/** Rejection message keys this module uses; the site's catalogues hold their text. */
export const opportunityMessageKeys = [
  'rejection.reference.opportunity',
  'rejection.transition.opportunity',
  'rejection.opportunity.same-stage',
  'rejection.opportunity.stage-requires',
  'rejection.opportunity.required-by-stage',
  'rejection.opportunity.contact-elsewhere',
  'rejection.opportunity.nothing-changed',
  'rejection.opportunity.already-member',
  'rejection.opportunity.not-member',
  'rejection.opportunity.same-owner',
  'rejection.opportunity.owner-not-sales',
] as const;
