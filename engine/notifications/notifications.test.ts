import { describe, expect, it } from 'vitest';
import { build, cast, given, t0, type SpecCommand } from '../specification.ts';

const hengtong: SpecCommand = {
  type: 'account.create',
  data: { code: 'C-SH-00612', nameZh: '恒通电子（上海）有限公司', industry: 'electronics', phone: '021-5048 3321' },
};
const share: SpecCommand = { type: 'record.share', data: { entity: 'account', id: 'C-SH-00612', with: cast.colleague, note: '请跟进售后' } };
const as = (actor: string) => ({ meta: { at: t0, actor } });

describe('record.share', () => {
  it('puts the record in the colleague’s inbox, picked from the user list (seed 002)', () => {
    given([hengtong])
      .when(share)
      .then([
        {
          type: 'notification.created',
          data: {
            notification: {
              id: 'NT-000001',
              to: cast.colleague,
              kind: 'shared',
              about: { entity: 'account', id: 'C-SH-00612' },
              from: cast.trainee,
              messageKey: 'notification.record.shared',
              params: { entity: 'account', id: 'C-SH-00612', note: '请跟进售后' },
              at: t0,
              read: false,
            },
          },
        },
      ]);
  });

  it('refuses a record or a colleague that does not exist', () => {
    given([]).when(share).then({ rejection: { code: 'reference.unknown', field: 'id', messageKey: 'rejection.reference.record' } });
    given([hengtong])
      .when({ ...share, data: { entity: 'account', id: 'C-SH-00612', with: 'u.nobody' } } as SpecCommand)
      .then({ rejection: { code: 'reference.unknown', field: 'with' } });
  });

  it('refuses an entity kind that records cannot have', () => {
    given([hengtong])
      .when({ type: 'record.share', data: { entity: 'spreadsheet', id: 'x', with: cast.colleague } } as never)
      .then({ rejection: { code: 'validation.format', field: 'entity' } });
  });

  it('notifies nobody when sharing with oneself', () => {
    given([hengtong]).when({ ...share, data: { entity: 'account', id: 'C-SH-00612', with: cast.trainee } } as SpecCommand).then([]);
  });
});

describe('notification.markRead', () => {
  it('marks the recipient’s own notification read, once', () => {
    const shared = build([hengtong, share]);
    const { state } = given(shared)
      .when({ type: 'notification.markRead', data: { id: 'NT-000001' }, ...as(cast.colleague) })
      .then([{ type: 'notification.read', data: { id: 'NT-000001' } }]);
    expect(state.notifications['NT-000001'].read).toBe(true);
    given(state).when({ type: 'notification.markRead', data: { id: 'NT-000001' }, ...as(cast.colleague) }).then([]);
  });

  it('is not for anyone else', () => {
    given([hengtong, share])
      .when({ type: 'notification.markRead', data: { id: 'NT-000001' } })
      .then({ rejection: { code: 'permission.denied', field: 'id' } });
    given([]).when({ type: 'notification.markRead', data: { id: 'NT-000404' } }).then({ rejection: { code: 'reference.unknown', field: 'id' } });
  });
});
