import type { RecordRef } from '../refs.ts';

/** Why someone was notified. */
export const notificationKinds = ['changed', 'shared', 'approval.requested', 'approval.decided', 'reminder', 'overdue', 'escalated'] as const;
export type NotificationKind = (typeof notificationKinds)[number];

/** A message in a user's inbox about a record. */
export interface Notification {
  readonly id: string;
  readonly to: string;
  readonly kind: NotificationKind;
  readonly about: RecordRef;
  /** User id of who caused it, or `system`. */
  readonly from: string;
  /** Message key for the site's catalogues; the engine stores no text. */
  readonly messageKey: string;
  readonly params: Readonly<Record<string, string | number>>;
  readonly at: number;
  readonly read: boolean;
}
