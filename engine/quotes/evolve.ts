import type { Evolvers } from '../module.ts';
import type { QuoteEvent } from './events.ts';

export const quoteEvolvers: Evolvers<QuoteEvent> = {};
