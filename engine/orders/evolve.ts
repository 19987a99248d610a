import type { Evolvers } from '../module.ts';
import type { OrderEvent } from './events.ts';

export const orderEvolvers: Evolvers<OrderEvent> = {};
