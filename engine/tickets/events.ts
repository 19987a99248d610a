import type { TicketStatus } from './lifecycle.ts';
import type { Ticket } from './records.ts';

/** Events of this module, in the past tense. */
export type TicketEvent =
  | { readonly type: 'ticket.opened'; readonly data: { readonly ticket: Ticket } }
  | { readonly type: 'ticket.statusChanged'; readonly data: { readonly id: string; readonly from: TicketStatus; readonly to: TicketStatus } }
  /** The assignee changed, from "" when it had none. */
  | { readonly type: 'ticket.assigned'; readonly data: { readonly id: string; readonly from: string; readonly to: string } }
  | { readonly type: 'ticket.resolved'; readonly data: { readonly id: string; readonly from: TicketStatus; readonly resolution: string } }
  | {
      readonly type: 'ticket.reopened';
      readonly data: { readonly id: string; readonly from: TicketStatus; readonly to: TicketStatus; readonly reason: string };
    }
  | { readonly type: 'ticket.slaBreached'; readonly data: { readonly id: string; readonly dueAt: number } }
  | { readonly type: 'ticket.escalated'; readonly data: { readonly id: string; readonly to: string } };
