import type { Deciders } from '../module.ts';
import type { ImportCommand } from './commands.ts';

export const importDeciders: Deciders<ImportCommand> = {};
