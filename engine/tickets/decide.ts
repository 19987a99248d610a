import { normaliseAccountCode } from '../accounts/code.ts';
import { checkUser } from '../users/find.ts';
import { normaliseId } from '../ids.ts';
import type { EventBody } from '../events.ts';
import type { DecideContext, Deciders } from '../module.ts';
import { cleanText } from '../normalise/text.ts';
import { notify } from '../notifications/notify.ts';
import { ticketPriorities, type TicketPriority } from '../process/config.ts';
import { applied, rejected, type Result } from '../result.ts';
import type { SandboxState } from '../state.ts';
import { requireFilled } from '../validate.ts';
import type { TicketCommand } from './commands.ts';
import { nextTicketStatus, type TicketLifecycleEvent, type TicketStatus } from './lifecycle.ts';
import type { Ticket } from './records.ts';

type Data<T extends TicketCommand['type']> = Extract<TicketCommand, { type: T }>['data'];

const minute = 60_000;

function isPriority(value: string): value is TicketPriority {
  return (ticketPriorities as readonly string[]).includes(value);
}

/** The contact who raised it, when one is named: they must work at the customer. */
function checkContact(state: SandboxState, typed: string, accountCode: string): string | Result<never> {
  const id = normaliseId(typed);
  if (id === '') return '';
  const contact = state.contacts[id];
  if (!contact) return rejected('reference.unknown', 'contact', 'rejection.reference.contact', { id: typed });
  if (contact.accountCode !== accountCode)
    return rejected('reference.unknown', 'contact', 'rejection.ticket.contact-elsewhere', { id: contact.id, name: contact.name, code: accountCode });
  return contact.id;
}

/**
 * A request or complaint from a customer. Its priority's SLA, from the
 * company's process, sets when it must be resolved; the account manager is
 * told, since it is their customer who is waiting.
 */
function open(state: SandboxState, data: Data<'ticket.open'>, context: DecideContext): Result<EventBody> {
  const missing = requireFilled(data, ['accountCode', 'subject', 'priority']);
  if (missing) return missing;
  const account = state.accounts[normaliseAccountCode(data.accountCode)];
  if (!account) return rejected('reference.unknown', 'accountCode', 'rejection.reference.account', { code: data.accountCode });
  const contact = checkContact(state, data.contact, account.code);
  if (typeof contact !== 'string') return contact;
  const priority = cleanText(data.priority).toLowerCase();
  if (!isPriority(priority))
    return rejected('validation.format', 'priority', 'rejection.format.choice', { received: data.priority, expected: ticketPriorities.join(', ') });

  const ticket: Ticket = {
    id: context.ids.next('tickets'),
    accountCode: account.code,
    contact,
    subject: cleanText(data.subject),
    priority,
    status: 'open',
    assignee: '',
    dueAt: context.at + state.process.sla[priority].resolveMinutes * minute,
    openedBy: context.actor.id,
    createdAt: context.at,
  };
  return applied(
    { type: 'ticket.opened', data: { ticket } },
    ...notify(context, {
      to: [account.owner],
      kind: 'changed',
      about: { entity: 'ticket', id: ticket.id },
      messageKey: 'notification.ticket.opened',
      params: { id: ticket.id, subject: ticket.subject, code: account.code, name: account.nameZh },
    }),
  );
}

/** The ticket a command names and the status the lifecycle takes it to, or why it cannot. */
function plan(state: SandboxState, typed: string, command: TicketCommand['type'], event: TicketLifecycleEvent): Result<never> | { ticket: Ticket; to: TicketStatus } {
  const ticket = state.tickets[normaliseId(typed)];
  if (!ticket) return rejected('reference.unknown', 'id', 'rejection.reference.ticket', { id: typed });
  const to = nextTicketStatus(ticket.status, event);
  if (to === undefined) return rejected('transition.not-allowed', 'id', 'rejection.transition.ticket', { from: ticket.status, command });
  return { ticket, to };
}

/** The events that tell users about a ticket. */
function tell(context: DecideContext, ticket: Ticket, to: readonly string[], messageKey: string, extra: Record<string, string> = {}): EventBody[] {
  return notify(context, { to, kind: 'changed', about: { entity: 'ticket', id: ticket.id }, messageKey, params: { id: ticket.id, subject: ticket.subject, ...extra } });
}

/** Gives the ticket to a colleague (again, before work starts, to hand it on), who is told. */
function assign(state: SandboxState, data: Data<'ticket.assign'>, context: DecideContext): Result<EventBody> {
  const missing = requireFilled(data, ['id', 'assignee']);
  if (missing) return missing;
  const planned = plan(state, data.id, 'ticket.assign', { type: 'assign' });
  if ('ok' in planned) return planned;
  const { ticket, to } = planned;
  const assignee = checkUser(state, data.assignee, 'assignee');
  if ('ok' in assignee) return assignee;
  if (assignee.id === ticket.assignee) return rejected('validation.format', 'assignee', 'rejection.ticket.same-assignee', { user: assignee.id });
  return applied(
    ...(to === ticket.status ? [] : [{ type: 'ticket.statusChanged', data: { id: ticket.id, from: ticket.status, to } } as const]),
    { type: 'ticket.assigned', data: { id: ticket.id, from: ticket.assignee, to: assignee.id } },
    ...tell(context, ticket, [assignee.id], 'notification.ticket.assigned'),
  );
}

/** A step that only changes the status: starting work, closing after the customer agreed. */
function move(command: 'ticket.start' | 'ticket.close', event: TicketLifecycleEvent) {
  return (state: SandboxState, data: { id: string }): Result<EventBody> => {
    const planned = plan(state, data.id, command, event);
    if ('ok' in planned) return planned;
    return applied({ type: 'ticket.statusChanged', data: { id: planned.ticket.id, from: planned.ticket.status, to: planned.to } });
  };
}

/** Records what was done; the account manager and whoever opened the ticket are told. */
function resolve(state: SandboxState, data: Data<'ticket.resolve'>, context: DecideContext): Result<EventBody> {
  const missing = requireFilled(data, ['id', 'resolution']);
  if (missing) return missing;
  const planned = plan(state, data.id, 'ticket.resolve', { type: 'resolve' });
  if ('ok' in planned) return planned;
  const { ticket } = planned;
  const resolution = cleanText(data.resolution);
  return applied(
    { type: 'ticket.resolved', data: { id: ticket.id, from: ticket.status, resolution } },
    ...tell(context, ticket, [state.accounts[ticket.accountCode].owner, ticket.openedBy], 'notification.ticket.resolved', { resolution }),
  );
}

/** The customer is not satisfied: back to the assignee, who is told why. */
function reopen(state: SandboxState, data: Data<'ticket.reopen'>, context: DecideContext): Result<EventBody> {
  const missing = requireFilled(data, ['id', 'reason']);
  if (missing) return missing;
  const planned = plan(state, data.id, 'ticket.reopen', { type: 'reopen' });
  if ('ok' in planned) return planned;
  const { ticket, to } = planned;
  const reason = cleanText(data.reason);
  return applied(
    { type: 'ticket.reopened', data: { id: ticket.id, from: ticket.status, to, reason } },
    ...tell(context, ticket, [ticket.assignee], 'notification.ticket.reopened', { reason }),
  );
}

export const ticketDeciders: Deciders<TicketCommand> = {
  'ticket.open': open,
  'ticket.assign': assign,
  'ticket.start': move('ticket.start', { type: 'start' }),
  'ticket.resolve': resolve,
  'ticket.close': move('ticket.close', { type: 'close' }),
  'ticket.reopen': reopen,
};
