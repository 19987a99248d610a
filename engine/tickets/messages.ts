/** Rejection message keys this module uses; the site's catalogues hold their text. */
export const ticketMessageKeys = [
  'rejection.reference.ticket',
  'rejection.transition.ticket',
  'rejection.ticket.contact-elsewhere',
  'rejection.ticket.same-assignee',
] as const;
