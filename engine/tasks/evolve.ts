import type { Evolvers } from '../module.ts';
import type { TaskEvent } from './events.ts';

export const taskEvolvers: Evolvers<TaskEvent> = {};
