import type { Deciders } from '../module.ts';
import type { OrderCommand } from './commands.ts';

export const orderDeciders: Deciders<OrderCommand> = {};
