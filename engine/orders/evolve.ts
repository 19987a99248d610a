import type { Evolvers } from '../module.ts';
import type { OrderEvent } from './events.ts';

export const orderEvolvers: Evolvers<OrderEvent> = {
  'order.created': (draft, { order }) => {
    draft.insert('orders', order.id, order);
    draft.index('orderQuotes', order.quote, order.id);
  },
  'order.statusChanged': (draft, { id, to }) => draft.update('orders', id, { status: to }),
  'order.cancelled': (draft, { id, reason }) => draft.update('orders', id, { status: 'cancelled', cancelReason: reason }),
};
