import * as z from 'zod/mini';
import { recordEntities } from '../refs.ts';

export const notificationCommands = [
  z.object({
    type: z.literal('notification.markRead'),
    data: z.object({
      /** Notification id, e.g. NT-000012; only its recipient may mark it. */
      id: z.string(),
    }),
  }),
  z.object({
    type: z.literal('record.share'),
    data: z.object({
      /** What kind of record is shared. */
      entity: z.enum(recordEntities),
      id: z.string(),
      /** User id of the colleague, picked from the list (seed 002). */
      with: z.string(),
      /** A line for the colleague, optional. */
      note: z._default(z.string(), ''),
    }),
  }),
] as const;
export type NotificationCommand = z.output<(typeof notificationCommands)[number]>;
