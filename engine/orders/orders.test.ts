import { describe, expect, it } from 'vitest';
import { Draft } from '../draft.ts';
import type { Quote } from '../quotes/records.ts';
import { quoteStatuses } from '../quotes/lifecycle.ts';
import { build, cast, given, t0, type SpecCommand } from '../specification.ts';
import type { SandboxState } from '../state.ts';
import { orderStatuses, type OrderStatus } from './lifecycle.ts';

const code = 'C-SH-00612';
const hengtong: SpecCommand = {
  type: 'account.create',
  data: { code, nameZh: '恒通电子（上海）有限公司', industry: 'electronics', phone: '021-5048 3321' },
};
const as = (actor: string) => ({ meta: { at: t0, actor } });

/** A quote as the quotes module leaves it; put straight into the state, since orders only read it. */
function withQuote(state: SandboxState, id: string, change: Partial<Quote> = {}): SandboxState {
  const draft = new Draft(state);
  const quote: Quote = { id, accountCode: code, opportunity: '', lines: [], total: 12_000, status: 'accepted', approval: '', owner: cast.trainee, createdAt: t0, ...change };
  draft.insert('quotes', id, quote);
  return draft.state;
}

/** The tester's customer, with the service colleague on its team, and one accepted quote. */
const scene = withQuote(build([hengtong, { type: 'account.addTeamMember', data: { code, user: cast.colleague } }]), 'QT-000001');
const name = scene.accounts[code].nameZh;

const steps = ['order.confirm', 'order.pick', 'order.ship', 'order.deliver', 'order.invoice', 'order.markPaid'] as const;
const step = (type: (typeof steps)[number], id = 'SO-000001'): SpecCommand => ({ type, data: { id } });
const cancel = (reason = '客户取消采购计划', id = 'SO-000001'): SpecCommand => ({ type: 'order.cancel', data: { id, reason } });
const create = (quote = 'QT-000001'): SpecCommand => ({ type: 'order.create', data: { quote } });

/** The scene with order SO-000001 taken to `status`. */
function orderIn(status: OrderStatus): SandboxState {
  if (status === 'cancelled') return build([create(), cancel()], scene);
  const taken = steps.slice(0, orderStatuses.indexOf(status));
  return build([create(), ...taken.map((type) => step(type))], scene);
}

describe('order.create', () => {
  it('makes a draft order from an accepted quote, for its total, owned by the quote’s owner; the team is told', () => {
    const { state } = given(scene)
      .when(create(' qt-000001 '))
      .then([
        {
          type: 'order.created',
          data: { order: { id: 'SO-000001', quote: 'QT-000001', accountCode: code, total: 12_000, status: 'draft', owner: cast.trainee, createdAt: t0 } },
        },
        {
          type: 'notification.created',
          data: {
            notification: {
              id: 'NT-000002',
              to: cast.colleague,
              kind: 'changed',
              about: { entity: 'order', id: 'SO-000001' },
              from: cast.trainee,
              messageKey: 'notification.order.created',
              params: { id: 'SO-000001', code, name, total: 12_000 },
              at: t0,
              read: false,
            },
          },
        },
      ]);
    expect(state.orders['SO-000001'].status).toBe('draft');
  });

  it.each(quoteStatuses.filter((status) => status !== 'accepted'))('refuses a quote that is %s', (status) => {
    given(withQuote(scene, 'QT-000002', { status }))
      .when(create('QT-000002'))
      .then({ rejection: { code: 'transition.not-allowed', field: 'quote', messageKey: 'rejection.order.quote-not-accepted', params: { quote: 'QT-000002', status } } });
  });

  it('makes one order per quote, even after that order was cancelled', () => {
    given(orderIn('draft'))
      .when(create())
      .then({ rejection: { code: 'duplicate.code', field: 'quote', messageKey: 'rejection.order.quote-ordered', params: { quote: 'QT-000001', order: 'SO-000001' } } });
    given(orderIn('cancelled')).when(create()).then({ rejection: { code: 'duplicate.code', field: 'quote' } });
    given(withQuote(orderIn('draft'), 'QT-000002')).when(create('QT-000002')).accepted();
  });

  it('refuses an unknown or missing quote', () => {
    given(scene).when(create('QT-000009')).then({ rejection: { code: 'reference.unknown', field: 'quote', messageKey: 'rejection.reference.quote', params: { id: 'QT-000009' } } });
    given(scene).when(create(' ')).then({ rejection: { code: 'validation.incomplete', field: 'quote' } });
  });
});

describe('the order lifecycle', () => {
  const allowed: Record<OrderStatus, readonly string[]> = {
    draft: ['order.confirm', 'order.cancel'],
    confirmed: ['order.pick', 'order.cancel'],
    picked: ['order.ship'],
    shipped: ['order.deliver'],
    delivered: ['order.invoice'],
    invoiced: ['order.markPaid'],
    paid: [],
    cancelled: [],
  };
  const next: Record<string, OrderStatus> = {
    'order.confirm': 'confirmed',
    'order.pick': 'picked',
    'order.ship': 'shipped',
    'order.deliver': 'delivered',
    'order.invoice': 'invoiced',
    'order.markPaid': 'paid',
    'order.cancel': 'cancelled',
  };
  const moves = orderStatuses.flatMap((from) => [...steps, 'order.cancel' as const].map((command) => [from, command] as const));

  it.each(moves.filter(([from, command]) => allowed[from].includes(command)))('lets a %s order take %s', (from, command) => {
    const { state } = given(orderIn(from))
      .when(command === 'order.cancel' ? cancel() : step(command))
      .accepted();
    expect(state.orders['SO-000001'].status).toBe(next[command]);
  });

  it.each(moves.filter(([from, command]) => !allowed[from].includes(command)))('refuses %s order %s', (from, command) => {
    given(orderIn(from))
      .when(command === 'order.cancel' ? cancel() : step(command))
      .then({ rejection: { code: 'transition.not-allowed', field: 'id', messageKey: 'rejection.transition.order', params: { from, command } } });
  });

  it('records each step with its status before and after', () => {
    given(orderIn('shipped'))
      .when({ ...step('order.deliver', 'so-000001'), ...as(cast.admin) })
      .then([
        { type: 'order.statusChanged', data: { id: 'SO-000001', from: 'shipped', to: 'delivered' } },
        ...[cast.trainee, cast.colleague].map((to, index) => ({
          type: 'notification.created' as const,
          data: {
            notification: {
              id: `NT-00000${6 + index}`,
              to,
              kind: 'changed' as const,
              about: { entity: 'order' as const, id: 'SO-000001' },
              from: cast.admin,
              messageKey: 'notification.order.delivered',
              params: { id: 'SO-000001', code, name, total: 12_000 },
              at: t0,
              read: false,
            },
          },
        })),
      ]);
  });

  it('tells the order’s owner, the account manager and the account’s team of every step, each once', () => {
    const start = withQuote(scene, 'QT-000002', { owner: cast.lead });
    let state = build([create('QT-000002')], start);
    for (const [command, to] of [...steps.map((type) => [step(type), type] as const)]) {
      const { result } = given(state).when({ ...command, ...as(cast.admin) }).accepted();
      const notes = result.ok ? result.events.filter((event) => event.type === 'notification.created') : [];
      expect(notes.map((event) => event.data.notification.to), to).toEqual([cast.lead, cast.trainee, cast.colleague]);
      expect(notes.every((event) => event.data.notification.messageKey === `notification.order.${next[to]}`)).toBe(true);
      state = build([{ ...command, ...as(cast.admin) }], state);
    }
    expect(state.orders['SO-000001'].status).toBe('paid');
  });

  it('keeps the reason for a cancellation and passes it on', () => {
    const { state, result } = given(orderIn('confirmed'))
      .when(cancel('  客户 取消 '))
      .accepted();
    expect(result.ok && result.events[0]).toMatchObject({ type: 'order.cancelled', data: { id: 'SO-000001', from: 'confirmed', reason: '客户 取消' } });
    expect(state.orders['SO-000001']).toMatchObject({ status: 'cancelled', cancelReason: '客户 取消' });
    expect(Object.values(state.notifications).at(-1)).toMatchObject({ to: cast.colleague, messageKey: 'notification.order.cancelled', params: { reason: '客户 取消' } });
  });

  it('refuses a cancellation without a reason', () => {
    given(orderIn('draft')).when(cancel(' ')).then({ rejection: { code: 'validation.incomplete', field: 'reason' } });
    given(orderIn('draft'))
      .when({ type: 'order.cancel', data: { id: 'SO-000001' } } as SpecCommand)
      .then({ rejection: { code: 'validation.incomplete', field: 'reason' } });
  });

  it.each([...steps, 'order.cancel' as const])('refuses %s on an unknown order', (command) => {
    given(orderIn('draft'))
      .when(command === 'order.cancel' ? cancel('重复', 'SO-000009') : step(command, 'SO-000009'))
      .then({ rejection: { code: 'reference.unknown', field: 'id', messageKey: 'rejection.reference.order', params: { id: 'SO-000009' } } });
  });
});
