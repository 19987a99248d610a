import * as v from 'valibot';
import { recordEntities } from '../refs.ts';

export const notificationCommands = [
  v.object({
    type: v.literal('notification.markRead'),
    data: v.object({
      /** Notification id, e.g. NT-000012; only its recipient may mark it. */
      id: v.string(),
    }),
  }),
  v.object({
    type: v.literal('record.share'),
    data: v.object({
      /** What kind of record is shared. */
      entity: v.picklist(recordEntities),
      id: v.string(),
      /** User id of the colleague, picked from the list (seed 002). */
      with: v.string(),
      /** A line for the colleague, optional. */
      note: v.optional(v.string(), ''),
    }),
  }),
] as const;
export type NotificationCommand = v.InferOutput<(typeof notificationCommands)[number]>;
