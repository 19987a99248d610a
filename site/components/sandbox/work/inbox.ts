import type { Notification } from '../../../../engine/notifications/records.ts';
import type { RecordRef } from '../../../../engine/refs.ts';
import type { SandboxState } from '../../../../engine/state.ts';

/** A user's notifications, newest first (by time, then by id for those of the same minute). */
export function inboxOf(state: Pick<SandboxState, 'notifications'>, user: string): Notification[] {
  return Object.values(state.notifications)
    .filter((notification) => notification.to === user)
    .sort((a, b) => b.at - a.at || b.id.localeCompare(a.id));
}

/** How many of a user's notifications they have not read yet. */
export function unreadCount(state: Pick<SandboxState, 'notifications'>, user: string): number {
  let count = 0;
  for (const id in state.notifications) {
    const notification = state.notifications[id];
    if (notification.to === user && !notification.read) count++;
  }
  return count;
}

/** When each user was last notified about a record (shared it, told of a change), by user id. */
export function lastToldAbout(state: Pick<SandboxState, 'notifications'>, about: RecordRef): Map<string, number> {
  const told = new Map<string, number>();
  for (const id in state.notifications) {
    const notification = state.notifications[id];
    if (notification.about.entity !== about.entity || notification.about.id !== about.id) continue;
    told.set(notification.to, Math.max(told.get(notification.to) ?? notification.at, notification.at));
  }
  return told;
}
