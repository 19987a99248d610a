import type { Deciders } from '../module.ts';
import type { ProductCommand } from './commands.ts';

export const productDeciders: Deciders<ProductCommand> = {};
