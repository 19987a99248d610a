import type { Deciders } from '../module.ts';
import type { OpportunityCommand } from './commands.ts';

export const opportunityDeciders: Deciders<OpportunityCommand> = {};
