import type { EventBody } from '../events.ts';
import { toFen } from '../normalise/amount.ts';
import { normaliseId } from '../ids.ts';
import type { DecideContext, Deciders } from '../module.ts';
import { cleanText } from '../normalise/text.ts';
import { notify } from '../notifications/notify.ts';
import { applied, rejected, type Result } from '../result.ts';
import { lookUp, type SandboxState } from '../state.ts';
import { requireFilled } from '../validate.ts';
import type { OrderCommand } from './commands.ts';
import { exposedStatuses, nextOrderStatus, type OrderLifecycleEvent, type OrderStatus } from './lifecycle.ts';
import type { Order } from './records.ts';

type Data<T extends OrderCommand['type']> = Extract<OrderCommand, { type: T }>['data'];

/**
 * The events that tell everyone following an order about it: its owner, the
 * account manager and the account's virtual team (seed 003), so the
 * warehouse, finance and service colleagues learn of each step.
 */
function announce(state: SandboxState, context: DecideContext, order: Order, messageKey: string, extra: Record<string, string> = {}): EventBody[] {
  const account = state.accounts[order.accountCode];
  return notify(context, {
    to: [order.owner, account.owner, ...account.team.map((member) => member.user)],
    kind: 'changed',
    about: { entity: 'order', id: order.id },
    messageKey,
    params: { id: order.id, code: account.code, name: account.nameZh, total: order.total, ...extra },
  });
}

/** The id of the order made from a quote, if any. */
function orderFor(state: SandboxState, quote: string): string | undefined {
  return lookUp(state, 'orderQuotes', quote);
}

/**
 * A draft order from an accepted quote, for the quote's total and owned by
 * the quote's owner, who made the deal. A quote becomes one order only.
 */
function create(state: SandboxState, data: Data<'order.create'>, context: DecideContext): Result<EventBody> {
  const missing = requireFilled(data, ['quote']);
  if (missing) return missing;
  const quote = state.quotes[normaliseId(data.quote)];
  if (!quote) return rejected('reference.unknown', 'quote', 'rejection.reference.quote', { id: data.quote });
  if (quote.status !== 'accepted')
    return rejected('transition.not-allowed', 'quote', 'rejection.order.quote-not-accepted', { quote: quote.id, status: quote.status });
  const existing = orderFor(state, quote.id);
  if (existing) return rejected('duplicate.code', 'quote', 'rejection.order.quote-ordered', { quote: quote.id, order: existing });

  const order: Order = {
    id: context.ids.next('orders'),
    quote: quote.id,
    accountCode: quote.accountCode,
    total: quote.total,
    status: 'draft',
    owner: quote.owner,
    createdAt: context.at,
  };
  return applied({ type: 'order.created', data: { order } }, ...announce(state, context, order, 'notification.order.created'));
}

/** The order a command names and the status the lifecycle takes it to, or why it cannot. */
function plan(state: SandboxState, typed: string, command: OrderCommand['type'], event: OrderLifecycleEvent): Result<never> | { order: Order; to: OrderStatus } {
  const order = state.orders[normaliseId(typed)];
  if (!order) return rejected('reference.unknown', 'id', 'rejection.reference.order', { id: typed });
  const to = nextOrderStatus(order.status, event);
  if (to === undefined) return rejected('transition.not-allowed', 'id', 'rejection.transition.order', { from: order.status, command });
  return { order, to };
}

/** What the customer owes on orders confirmed and not yet paid, in fen. */
function exposureOf(state: SandboxState, accountCode: string): number {
  let total = 0;
  for (const id in state.orders) {
    const order = state.orders[id];
    if (order.accountCode === accountCode && exposedStatuses.has(order.status)) total += toFen(order.total);
  }
  return total;
}

/**
 * Confirming commits the company to deliver on credit, so the customer's
 * open orders with this one must stay within its credit limit. Past it, the
 * way forward is a higher limit, which goes through review.
 */
function creditCheck(state: SandboxState, order: Order): Result<never> | undefined {
  const limit = toFen(state.accounts[order.accountCode].creditLimit);
  const exposure = exposureOf(state, order.accountCode) + toFen(order.total);
  if (exposure <= limit) return undefined;
  return rejected('credit.limit-exceeded', 'id', 'rejection.credit.limit-exceeded', {
    limit: limit / 100,
    exposure: exposure / 100,
    over: (exposure - limit) / 100,
  });
}

const lifecycleEvents = {
  'order.confirm': { type: 'confirm' },
  'order.pick': { type: 'pick' },
  'order.ship': { type: 'ship' },
  'order.deliver': { type: 'deliver' },
  'order.invoice': { type: 'invoice' },
  'order.markPaid': { type: 'markPaid' },
} as const satisfies Partial<Record<OrderCommand['type'], OrderLifecycleEvent>>;

/** Moves an order one step on, when its lifecycle allows (and, to confirm, the credit check passes); its followers are told. */
function move(command: keyof typeof lifecycleEvents) {
  return (state: SandboxState, data: { id: string }, context: DecideContext): Result<EventBody> => {
    const planned = plan(state, data.id, command, lifecycleEvents[command]);
    if ('ok' in planned) return planned;
    const { order, to } = planned;
    if (command === 'order.confirm') {
      const refused = creditCheck(state, order);
      if (refused) return refused;
    }
    return applied(
      { type: 'order.statusChanged', data: { id: order.id, from: order.status, to } },
      ...announce(state, context, order, `notification.order.${to}`),
    );
  };
}

/** Calls an order off before it is picked; the reason is kept and passed on to its followers. */
function cancel(state: SandboxState, data: Data<'order.cancel'>, context: DecideContext): Result<EventBody> {
  const missing = requireFilled(data, ['id', 'reason']);
  if (missing) return missing;
  const planned = plan(state, data.id, 'order.cancel', { type: 'cancel' });
  if ('ok' in planned) return planned;
  const { order } = planned;
  const reason = cleanText(data.reason);
  return applied(
    { type: 'order.cancelled', data: { id: order.id, from: order.status, reason } },
    ...announce(state, context, order, 'notification.order.cancelled', { reason }),
  );
}

export const orderDeciders: Deciders<OrderCommand> = {
  'order.create': create,
  'order.confirm': move('order.confirm'),
  'order.pick': move('order.pick'),
  'order.ship': move('order.ship'),
  'order.deliver': move('order.deliver'),
  'order.invoice': move('order.invoice'),
  'order.markPaid': move('order.markPaid'),
  'order.cancel': cancel,
};
