import type { OrderStatus } from './lifecycle.ts';
import type { Order } from './records.ts';

/** Events of this module, in the past tense. */
export type OrderEvent =
  | { readonly type: 'order.created'; readonly data: { readonly order: Order } }
  | { readonly type: 'order.statusChanged'; readonly data: { readonly id: string; readonly from: OrderStatus; readonly to: OrderStatus } }
  | { readonly type: 'order.cancelled'; readonly data: { readonly id: string; readonly from: OrderStatus; readonly reason: string } };
