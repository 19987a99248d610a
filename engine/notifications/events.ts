import type { Notification } from './records.ts';

export type NotificationEvent =
  | { readonly type: 'notification.created'; readonly data: { readonly notification: Notification } }
  | { readonly type: 'notification.read'; readonly data: { readonly id: string } };
