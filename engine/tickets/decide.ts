import type { Deciders } from '../module.ts';
import type { TicketCommand } from './commands.ts';

export const ticketDeciders: Deciders<TicketCommand> = {};
