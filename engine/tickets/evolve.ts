import type { Evolvers } from '../module.ts';
import type { TicketEvent } from './events.ts';

export const ticketEvolvers: Evolvers<TicketEvent> = {};
