import type { Evolvers } from '../module.ts';
import type { NotificationEvent } from './events.ts';

export const notificationEvolvers: Evolvers<NotificationEvent> = {
  'notification.created': (draft, { notification }) => draft.insert('notifications', notification.id, notification),
  'notification.read': (draft, { id }) => draft.update('notifications', id, { read: true }),
};
