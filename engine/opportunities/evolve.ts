import type { Evolvers } from '../module.ts';
import type { OpportunityEvent } from './events.ts';

export const opportunityEvolvers: Evolvers<OpportunityEvent> = {};
