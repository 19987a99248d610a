import type { Evolvers } from '../module.ts';
import type { ActivityEvent } from './events.ts';

export const activityEvolvers: Evolvers<ActivityEvent> = {};
