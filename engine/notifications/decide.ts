import type { EventBody } from '../events.ts';
import { checkUser } from '../users/find.ts';
import { normaliseId } from '../ids.ts';
import type { DecideContext, Deciders } from '../module.ts';
import { cleanText } from '../normalise/text.ts';
import { findRecord } from '../refs-lookup.ts';
import { applied, rejected, type Result } from '../result.ts';
import type { SandboxState } from '../state.ts';
import type { NotificationCommand } from './commands.ts';
import { notify } from './notify.ts';

type Data<T extends NotificationCommand['type']> = Extract<NotificationCommand, { type: T }>['data'];

function markRead(state: SandboxState, data: Data<'notification.markRead'>, { actor }: DecideContext): Result<EventBody> {
  const notification = state.notifications[normaliseId(data.id)];
  if (!notification) return rejected('reference.unknown', 'id', 'rejection.reference.notification', { id: data.id });
  if (notification.to !== actor.id) return rejected('permission.denied', 'id', 'rejection.notification.not-yours', { id: notification.id });
  if (notification.read) return applied();
  return applied({ type: 'notification.read', data: { id: notification.id } });
}

/** Shares a record with a colleague picked from the user list, rather than copying it into a chat (seed 002). */
function share(state: SandboxState, data: Data<'record.share'>, context: DecideContext): Result<EventBody> {
  const record = findRecord(state, data.entity, data.id);
  if (!record) return rejected('reference.unknown', 'id', 'rejection.reference.record', { entity: data.entity, id: data.id });
  const { id } = record;
  const colleague = checkUser(state, data.with, 'with');
  if ('ok' in colleague) return colleague;
  return applied(
    ...notify(context, {
      to: [colleague.id],
      kind: 'shared',
      about: { entity: data.entity, id },
      messageKey: 'notification.record.shared',
      params: { entity: data.entity, id, note: cleanText(data.note) },
    }),
  );
}

export const notificationDeciders: Deciders<NotificationCommand> = {
  'notification.markRead': markRead,
  'record.share': share,
};
