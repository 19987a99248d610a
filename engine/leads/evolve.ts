import type { Evolvers } from '../module.ts';
import type { LeadEvent } from './events.ts';

export const leadEvolvers: Evolvers<LeadEvent> = {};
