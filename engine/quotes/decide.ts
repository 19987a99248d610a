import type { Deciders } from '../module.ts';
import type { QuoteCommand } from './commands.ts';

export const quoteDeciders: Deciders<QuoteCommand> = {};
