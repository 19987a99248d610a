import type { Deciders } from '../module.ts';
import type { LeadCommand } from './commands.ts';

export const leadDeciders: Deciders<LeadCommand> = {};
