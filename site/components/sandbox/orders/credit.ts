import { toFen } from '../../../../engine/normalise/amount.ts';
import { exposedStatuses } from '../../../../engine/orders/lifecycle.ts';
import type { Order } from '../../../../engine/orders/records.ts';
import type { SandboxState } from '../../../../engine/state.ts';

/** An order against its customer's credit, in CNY, as the confirmation's credit check reckons it. */
export interface CreditPosition {
  readonly limit: number;
  /** What the customer owes on its other orders confirmed and not yet paid. */
  readonly open: number;
  readonly order: number;
  /** `open` + `order`: what the customer would owe once this order is confirmed. */
  readonly after: number;
  /** How far `after` passes the limit; 0 when it fits. */
  readonly over: number;
}

/** The figures behind `credit.limit-exceeded`: summed in fen, with the statuses the engine counts (`exposedStatuses`). */
export function creditPosition(state: SandboxState, order: Order): CreditPosition {
  let open = 0;
  for (const other of Object.values(state.orders))
    if (other.id !== order.id && other.accountCode === order.accountCode && exposedStatuses.has(other.status)) open += toFen(other.total);
  const limit = toFen(state.accounts[order.accountCode]?.creditLimit ?? 0);
  const after = open + toFen(order.total);
  return { limit: limit / 100, open: open / 100, order: order.total, after: after / 100, over: Math.max(0, after - limit) / 100 };
}
