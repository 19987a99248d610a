import type { EventBody } from '../events.ts';
import type { DecideContext } from '../module.ts';
import type { RecordRef } from '../refs.ts';
import type { NotificationKind } from './records.ts';

export interface NotificationDraft {
  /** User ids; repeats and the actor themself are left out. */
  readonly to: readonly string[];
  readonly kind: NotificationKind;
  readonly about: RecordRef;
  readonly messageKey: string;
  readonly params: Readonly<Record<string, string | number>>;
}

/** The events that put one notification in each recipient's inbox. */
export function notify({ at, actor, ids }: DecideContext, draft: NotificationDraft): EventBody[] {
  const recipients = [...new Set(draft.to)].filter((user) => user !== actor.id && user !== '');
  return recipients.map((to) => ({
    type: 'notification.created',
    data: {
      notification: {
        id: ids.next('notifications'),
        to,
        kind: draft.kind,
        about: draft.about,
        from: actor.id,
        messageKey: draft.messageKey,
        params: draft.params,
        at,
        read: false,
      },
    },
  }));
}
