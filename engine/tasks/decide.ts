import type { Deciders } from '../module.ts';
import type { TaskCommand } from './commands.ts';

export const taskDeciders: Deciders<TaskCommand> = {};
