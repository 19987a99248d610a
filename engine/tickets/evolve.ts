import type { Evolvers } from '../module.ts';
import type { TicketEvent } from './events.ts';

export const ticketEvolvers: Evolvers<TicketEvent> = {
  'ticket.opened': (draft, { ticket }) => draft.insert('tickets', ticket.id, ticket),
  'ticket.statusChanged': (draft, { id, to }) => draft.update('tickets', id, { status: to }),
  'ticket.assigned': (draft, { id, to }) => draft.update('tickets', id, { assignee: to }),
  'ticket.resolved': (draft, { id, resolution }) => draft.update('tickets', id, { status: 'resolved', resolution }),
  'ticket.reopened': (draft, { id, to, reason }) => draft.update('tickets', id, { status: to, reopenReason: reason }),
  // The breach is dated when the deadline passed, not when the clock was next moved.
  'ticket.slaBreached': (draft, { id, dueAt }) => draft.update('tickets', id, { breachedAt: dueAt }),
  'ticket.escalated': (draft, { id, to }) => draft.update('tickets', id, { escalatedTo: to }),
};
