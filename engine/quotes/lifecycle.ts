export const quoteStatuses = ['draft', 'pendingApproval', 'approved', 'rejected', 'sent', 'accepted', 'declined', 'expired'] as const;
export type QuoteStatus = (typeof quoteStatuses)[number];
