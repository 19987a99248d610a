import { describe, expect, it } from 'vitest';
import { ticketPriorities } from '../process/config.ts';
import { build, cast, given, t0, type SpecCommand } from '../specification.ts';
import type { SandboxState } from '../state.ts';
import { ticketStatuses, type TicketStatus } from './lifecycle.ts';

const minute = 60_000;
const code = 'C-SH-00612';
const scene = build([
  { type: 'account.create', data: { code, nameZh: '恒通电子（上海）有限公司', industry: 'electronics', phone: '021-5048 3321' } },
  { type: 'account.create', data: { code: 'C-BJ-00031', nameZh: '北京安达物流有限公司', industry: 'logistics', phone: '010-6552 7788' } },
  { type: 'contact.create', data: { accountCode: code, name: '陈静', phone: '139 1234 5678' } },
  { type: 'contact.create', data: { accountCode: 'C-BJ-00031', name: '刘强', phone: '138 0000 1111' } },
]);
const name = scene.accounts[code].nameZh;
const as = (actor: string) => ({ meta: { at: t0, actor } });

const openTicket = (change: Record<string, string> = {}): SpecCommand =>
  ({ type: 'ticket.open', data: { accountCode: code, subject: '数控机床主轴异响', priority: 'high', ...change } }) as SpecCommand;
const assign = (assignee: string = cast.colleague, id = 'TK-000001'): SpecCommand => ({ type: 'ticket.assign', data: { id, assignee } });
const start: SpecCommand = { type: 'ticket.start', data: { id: 'TK-000001' } };
const resolve = (resolution = '更换主轴轴承'): SpecCommand => ({ type: 'ticket.resolve', data: { id: 'TK-000001', resolution } });
const close: SpecCommand = { type: 'ticket.close', data: { id: 'TK-000001' } };
const reopen = (reason = '异响再次出现'): SpecCommand => ({ type: 'ticket.reopen', data: { id: 'TK-000001', reason } });

/** Ticket TK-000001 in each status, and once more assigned after being reopened. */
const ticketIn: Record<TicketStatus | 'reopened', SandboxState> = {
  open: build([openTicket()], scene),
  assigned: build([openTicket(), assign()], scene),
  inProgress: build([openTicket(), assign(), start], scene),
  resolved: build([openTicket(), assign(), start, resolve()], scene),
  closed: build([openTicket(), assign(), start, resolve(), close], scene),
  reopened: build([openTicket(), assign(), start, resolve(), reopen()], scene),
};

describe('ticket.open', () => {
  it('opens a ticket due by its priority’s SLA and tells the account manager', () => {
    given(scene)
      .when({ ...openTicket({ contact: 'ct-000001', priority: ' High ' }), ...as(cast.colleague) })
      .then([
        {
          type: 'ticket.opened',
          data: {
            ticket: {
              id: 'TK-000001',
              accountCode: code,
              contact: 'CT-000001',
              subject: '数控机床主轴异响',
              priority: 'high',
              status: 'open',
              assignee: '',
              dueAt: t0 + 24 * 60 * minute,
              openedBy: cast.colleague,
              createdAt: t0,
            },
          },
        },
        {
          type: 'notification.created',
          data: {
            notification: {
              id: 'NT-000001',
              to: cast.trainee,
              kind: 'changed',
              about: { entity: 'ticket', id: 'TK-000001' },
              from: cast.colleague,
              messageKey: 'notification.ticket.opened',
              params: { id: 'TK-000001', subject: '数控机床主轴异响', code, name },
              at: t0,
              read: false,
            },
          },
        },
      ]);
  });

  it.each([
    ['urgent', 4 * 60],
    ['high', 24 * 60],
    ['normal', 3 * 24 * 60],
    ['low', 7 * 24 * 60],
  ] as const)('gives a %s ticket %i minutes from when it is opened', (priority, minutes) => {
    const later = t0 + 95 * minute;
    const { state } = given(scene)
      .when({ ...openTicket({ priority }), meta: { at: later, actor: cast.trainee } })
      .accepted();
    expect(state.tickets['TK-000001']).toMatchObject({ priority, dueAt: later + minutes * minute, createdAt: later });
  });

  it('takes no contact when none is named', () => {
    const { state } = given(scene).when(openTicket()).accepted();
    expect(state.tickets['TK-000001'].contact).toBe('');
  });

  it.each([
    [{ subject: ' ' }, 'validation.incomplete', 'subject', 'rejection.incomplete'],
    [{ priority: '' }, 'validation.incomplete', 'priority', 'rejection.incomplete'],
    [{ accountCode: '' }, 'validation.incomplete', 'accountCode', 'rejection.incomplete'],
    [{ priority: 'asap' }, 'validation.format', 'priority', 'rejection.format.choice'],
    [{ accountCode: 'C-SH-00999' }, 'reference.unknown', 'accountCode', 'rejection.reference.account'],
    [{ contact: 'CT-000009' }, 'reference.unknown', 'contact', 'rejection.reference.contact'],
    [{ contact: 'CT-000002' }, 'reference.unknown', 'contact', 'rejection.ticket.contact-elsewhere'],
  ] as const)('refuses %j', (change, code, field, messageKey) => {
    given(scene).when(openTicket(change)).then({ rejection: { code, field, messageKey } });
  });

  it('names the choices for a priority it does not know', () => {
    given(scene)
      .when(openTicket({ priority: 'asap' }))
      .then({ rejection: { code: 'validation.format', field: 'priority', params: { received: 'asap', expected: ticketPriorities.join(', ') } } });
  });
});

describe('the ticket lifecycle', () => {
  const commands = {
    'ticket.assign': assign(cast.admin),
    'ticket.start': start,
    'ticket.resolve': resolve(),
    'ticket.close': close,
    'ticket.reopen': reopen(),
  } as const;
  type Command = keyof typeof commands;
  const allowed: Record<keyof typeof ticketIn, Partial<Record<Command, TicketStatus>>> = {
    open: { 'ticket.assign': 'assigned' },
    assigned: { 'ticket.assign': 'assigned', 'ticket.start': 'inProgress' },
    inProgress: { 'ticket.resolve': 'resolved' },
    resolved: { 'ticket.close': 'closed', 'ticket.reopen': 'assigned' },
    closed: { 'ticket.reopen': 'assigned' },
    reopened: { 'ticket.assign': 'assigned', 'ticket.start': 'inProgress' },
  };
  const moves = (Object.keys(ticketIn) as (keyof typeof ticketIn)[]).flatMap((from) =>
    (Object.keys(commands) as Command[]).map((command) => [from, command, allowed[from][command]] as const),
  );

  it('covers every status', () => {
    expect(Object.keys(ticketIn).filter((status) => status !== 'reopened')).toEqual([...ticketStatuses]);
  });

  it.each(moves.filter(([, , to]) => to !== undefined))('lets a %s ticket take %s', (from, command, to) => {
    const { state } = given(ticketIn[from]).when(commands[command]).accepted();
    expect(state.tickets['TK-000001'].status).toBe(to);
  });

  it.each(moves.filter(([, , to]) => to === undefined))('refuses %s ticket %s', (from, command) => {
    given(ticketIn[from])
      .when(commands[command])
      .then({
        rejection: {
          code: 'transition.not-allowed',
          field: 'id',
          messageKey: 'rejection.transition.ticket',
          params: { from: ticketIn[from].tickets['TK-000001'].status, command },
        },
      });
  });

  it.each(Object.entries(commands))('refuses %s on an unknown ticket', (_command, command) => {
    given(ticketIn.open)
      .when({ ...command, data: { ...command.data, id: 'TK-000009' } } as SpecCommand)
      .then({ rejection: { code: 'reference.unknown', field: 'id', messageKey: 'rejection.reference.ticket', params: { id: 'TK-000009' } } });
  });
});

describe('ticket.assign', () => {
  const note = (id: string, to: string, messageKey: string, params: Record<string, string>) => ({
    type: 'notification.created' as const,
    data: {
      notification: { id, to, kind: 'changed' as const, about: { entity: 'ticket' as const, id: 'TK-000001' }, from: cast.trainee, messageKey, params, at: t0, read: false },
    },
  });

  it('assigns an open ticket and tells the assignee', () => {
    given(ticketIn.open)
      .when(assign(cast.colleague, ' tk-000001'))
      .then([
        { type: 'ticket.statusChanged', data: { id: 'TK-000001', from: 'open', to: 'assigned' } },
        { type: 'ticket.assigned', data: { id: 'TK-000001', from: '', to: cast.colleague } },
        note('NT-000001', cast.colleague, 'notification.ticket.assigned', { id: 'TK-000001', subject: '数控机床主轴异响' }),
      ]);
  });

  it('hands an assigned ticket to someone else before work starts', () => {
    const { state } = given(ticketIn.assigned)
      .when(assign(cast.lead))
      .then([
        { type: 'ticket.assigned', data: { id: 'TK-000001', from: cast.colleague, to: cast.lead } },
        note('NT-000002', cast.lead, 'notification.ticket.assigned', { id: 'TK-000001', subject: '数控机床主轴异响' }),
      ]);
    expect(state.tickets['TK-000001']).toMatchObject({ status: 'assigned', assignee: cast.lead });
  });

  it.each([
    [cast.colleague, 'validation.format', 'rejection.ticket.same-assignee'],
    ['u.nobody', 'reference.unknown', 'rejection.reference.user'],
    [' ', 'validation.incomplete', 'rejection.incomplete'],
  ] as const)('refuses %j as the assignee', (assignee, code, messageKey) => {
    given(ticketIn.assigned).when(assign(assignee)).then({ rejection: { code, field: 'assignee', messageKey } });
  });
});

describe('ticket.resolve and ticket.reopen', () => {
  it('records the resolution and tells the account manager and whoever opened the ticket', () => {
    const state = build([{ ...openTicket(), ...as(cast.colleague) }, assign(cast.admin), start], scene);
    const { result } = given(state)
      .when({ ...resolve('  更换 主轴轴承 '), ...as(cast.admin) })
      .accepted();
    expect(result.ok && result.events).toMatchObject([
      { type: 'ticket.resolved', data: { id: 'TK-000001', from: 'inProgress', resolution: '更换 主轴轴承' } },
      { data: { notification: { to: cast.trainee, messageKey: 'notification.ticket.resolved', params: { resolution: '更换 主轴轴承' } } } },
      { data: { notification: { to: cast.colleague, messageKey: 'notification.ticket.resolved' } } },
    ]);
  });

  it('refuses to resolve without saying what was done', () => {
    given(ticketIn.inProgress).when(resolve(' ')).then({ rejection: { code: 'validation.incomplete', field: 'resolution' } });
  });

  it.each(['resolved', 'closed'] as const)('sends a %s ticket back to its assignee, who is told why', (from) => {
    const { state, result } = given(ticketIn[from]).when(reopen(' 异响 再次出现 ')).accepted();
    expect(result.ok && result.events).toMatchObject([
      { type: 'ticket.reopened', data: { id: 'TK-000001', from, to: 'assigned', reason: '异响 再次出现' } },
      { data: { notification: { to: cast.colleague, messageKey: 'notification.ticket.reopened', params: { reason: '异响 再次出现' } } } },
    ]);
    expect(state.tickets['TK-000001']).toMatchObject({ status: 'assigned', assignee: cast.colleague, reopenReason: '异响 再次出现' });
  });

  it('refuses to reopen without a reason', () => {
    given(ticketIn.closed).when(reopen('')).then({ rejection: { code: 'validation.incomplete', field: 'reason' } });
  });
});
