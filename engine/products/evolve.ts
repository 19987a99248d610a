import type { Evolvers } from '../module.ts';
import type { ProductEvent } from './events.ts';

export const productEvolvers: Evolvers<ProductEvent> = {};
