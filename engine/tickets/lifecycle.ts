import { setup } from 'xstate';
import { movesOf } from '../lifecycle.ts';

/**
 * A service request or complaint is opened, assigned to someone, worked on
 * and resolved, then closed once the customer agrees. A customer who is not
 * satisfied reopens it, resolved or closed, back to the assignee.
 */
export const ticketStatuses = ['open', 'assigned', 'inProgress', 'resolved', 'closed'] as const;
export type TicketStatus = (typeof ticketStatuses)[number];

export type TicketLifecycleEvent = { type: 'assign' } | { type: 'start' } | { type: 'resolve' } | { type: 'close' } | { type: 'reopen' };

/** Statuses in which the SLA clock no longer runs. */
export const settledStatuses: ReadonlySet<TicketStatus> = new Set(['resolved', 'closed']);

export const ticketLifecycle = setup({
  types: { events: {} as TicketLifecycleEvent },
}).createMachine({
  id: 'ticket',
  initial: 'open',
  states: {
    open: { on: { assign: 'assigned' } },
    // Assigning again hands the ticket to someone else before work starts.
    assigned: { on: { assign: 'assigned', start: 'inProgress' } },
    inProgress: { on: { resolve: 'resolved' } },
    resolved: { on: { close: 'closed', reopen: 'assigned' } },
    closed: { on: { reopen: 'assigned' } },
  },
});

/** The status after the event, or undefined when the lifecycle does not allow it from `status`. */
export const nextTicketStatus = movesOf<TicketStatus, TicketLifecycleEvent>(ticketLifecycle);
