import type { Evolvers } from '../module.ts';
import type { ActivityEvent } from './events.ts';

export const activityEvolvers: Evolvers<ActivityEvent> = {
  'activity.logged': (draft, { activity }) => draft.insert('activities', activity.id, activity),
};
