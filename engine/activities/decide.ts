import type { Deciders } from '../module.ts';
import type { ActivityCommand } from './commands.ts';

export const activityDeciders: Deciders<ActivityCommand> = {};
