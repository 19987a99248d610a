import type { OrderStatus } from './lifecycle.ts';

/** A sales order, made from an accepted quote. */
export interface Order {
  readonly id: string;
  readonly quote: string;
  readonly accountCode: string;
  /** The accepted quote's total, CNY. */
  readonly total: number;
  readonly status: OrderStatus;
  readonly owner: string;
  readonly createdAt: number;
  /** Why it was cancelled, once it is. */
  readonly cancelReason?: string;
}
