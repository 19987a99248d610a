import { nextOrderStatus, orderStatuses, type OrderLifecycleEvent, type OrderStatus } from '../../../../engine/orders/lifecycle.ts';

/** The fulfilment path, one step per command: the status each reaches, in order. */
export const fulfilment = [
  { command: 'order.confirm', event: { type: 'confirm' }, reaches: 'confirmed' },
  { command: 'order.pick', event: { type: 'pick' }, reaches: 'picked' },
  { command: 'order.ship', event: { type: 'ship' }, reaches: 'shipped' },
  { command: 'order.deliver', event: { type: 'deliver' }, reaches: 'delivered' },
  { command: 'order.invoice', event: { type: 'invoice' }, reaches: 'invoiced' },
  { command: 'order.markPaid', event: { type: 'markPaid' }, reaches: 'paid' },
] as const satisfies readonly { command: `order.${string}`; event: OrderLifecycleEvent; reaches: OrderStatus }[];

export type FulfilmentStep = (typeof fulfilment)[number];

/**
 * Where each step stands for an order: `done`, `next` (the move its
 * lifecycle allows now), `later`, or `stopped` on a cancelled order.
 */
export type StepState = 'done' | 'next' | 'later' | 'stopped';

export function stepStates(status: OrderStatus): StepState[] {
  if (status === 'cancelled') return fulfilment.map(() => 'stopped');
  const reached = orderStatuses.indexOf(status);
  return fulfilment.map((step) => {
    if (orderStatuses.indexOf(step.reaches) <= reached) return 'done';
    return nextOrderStatus(status, step.event) === undefined ? 'later' : 'next';
  });
}

/** Whether the lifecycle still lets the order be cancelled (before the goods are picked). */
export function cancellable(status: OrderStatus): boolean {
  return nextOrderStatus(status, { type: 'cancel' }) !== undefined;
}
