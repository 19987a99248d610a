export const ticketStatuses = ['open', 'assigned', 'inProgress', 'resolved', 'closed'] as const;
export type TicketStatus = (typeof ticketStatuses)[number];
