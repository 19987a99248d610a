import { setup } from 'xstate';
import { movesOf } from '../lifecycle.ts';

/**
 * A sales order runs from draft through the warehouse and the customer to
 * finance: confirmed (credit checked), picked, shipped, delivered, invoiced,
 * paid. It can be cancelled only before the goods are picked.
 */
export const orderStatuses = ['draft', 'confirmed', 'picked', 'shipped', 'delivered', 'invoiced', 'paid', 'cancelled'] as const;
export type OrderStatus = (typeof orderStatuses)[number];

export type OrderLifecycleEvent =
  | { type: 'confirm' }
  | { type: 'pick' }
  | { type: 'ship' }
  | { type: 'deliver' }
  | { type: 'invoice' }
  | { type: 'markPaid' }
  | { type: 'cancel' };

/** Statuses in which an order counts against the customer's credit: confirmed and not yet paid. */
export const exposedStatuses: ReadonlySet<OrderStatus> = new Set(['confirmed', 'picked', 'shipped', 'delivered', 'invoiced']);

export const orderLifecycle = setup({
  types: { events: {} as OrderLifecycleEvent },
}).createMachine({
  id: 'order',
  initial: 'draft',
  states: {
    draft: { on: { confirm: 'confirmed', cancel: 'cancelled' } },
    confirmed: { on: { pick: 'picked', cancel: 'cancelled' } },
    picked: { on: { ship: 'shipped' } },
    shipped: { on: { deliver: 'delivered' } },
    delivered: { on: { invoice: 'invoiced' } },
    invoiced: { on: { markPaid: 'paid' } },
    paid: { type: 'final' },
    cancelled: { type: 'final' },
  },
});

/** The status after the event, or undefined when the lifecycle does not allow it from `status`. */
export const nextOrderStatus = movesOf<OrderStatus, OrderLifecycleEvent>(orderLifecycle);
