import type { DeadlineWatcher } from '../clock/deadlines.ts';
import type { EventBody } from '../events.ts';
import type { DecideContext } from '../module.ts';
import { notify } from '../notifications/notify.ts';
import type { SandboxState } from '../state.ts';
import { systemUser } from '../users/records.ts';
import { settledStatuses } from './lifecycle.ts';
import type { Ticket } from './records.ts';

/**
 * Who a breached ticket goes to: the assignee's team lead, else the account
 * manager's team lead, else the first lead in the sandbox; undefined when
 * there is no lead at all.
 */
function escalationLead(state: SandboxState, ticket: Ticket): string | undefined {
  const leadOf = (user: string) => state.teams[state.users[user]?.team ?? '']?.lead;
  return (
    leadOf(ticket.assignee) ??
    leadOf(state.accounts[ticket.accountCode].owner) ??
    Object.values(state.users).find((user) => user.role === 'lead')?.id
  );
}

/** The breach, the escalation and the notifications for one ticket whose deadline passed. */
function breach(state: SandboxState, ticket: Ticket, context: DecideContext): EventBody[] {
  const lead = escalationLead(state, ticket);
  // The clock, not whoever moved it, raises the alarm: an assignee who advanced the clock is told too.
  const system = { ...context, actor: systemUser };
  const about = { entity: 'ticket', id: ticket.id } as const;
  const breached: EventBody = { type: 'ticket.slaBreached', data: { id: ticket.id, dueAt: ticket.dueAt } };
  if (lead === undefined)
    return [
      breached,
      ...notify(system, { to: [ticket.assignee], kind: 'escalated', about, messageKey: 'notification.ticket.breached', params: { id: ticket.id, subject: ticket.subject } }),
    ];
  return [
    breached,
    { type: 'ticket.escalated', data: { id: ticket.id, to: lead } },
    ...notify(system, {
      to: [lead, ticket.assignee],
      kind: 'escalated',
      about,
      messageKey: 'notification.ticket.escalated',
      params: { id: ticket.id, subject: ticket.subject, lead: state.users[lead].name },
    }),
  ];
}

/**
 * SLA breaches and escalations for tickets whose deadline the clock passes:
 * each unresolved ticket breaches once, and stays breached when it is
 * resolved later.
 */
export const ticketDeadlines: DeadlineWatcher = (state, to, context) => {
  const events: EventBody[] = [];
  for (const id in state.tickets) {
    const ticket = state.tickets[id];
    if (ticket.dueAt <= to && ticket.breachedAt === undefined && !settledStatuses.has(ticket.status)) events.push(...breach(state, ticket, context));
  }
  return events;
};
