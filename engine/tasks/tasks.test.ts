import { describe, expect, it } from 'vitest';
import type { Notification } from '../notifications/records.ts';
import { build, cast, given, t0, type SpecCommand } from '../specification.ts';
import { nextTaskStatus, taskStatuses, type TaskLifecycleEvent } from './lifecycle.ts';
import type { Task } from './records.ts';

const minute = 60_000;
const code = 'C-SH-00612';
const scene = build([{ type: 'account.create', data: { code, nameZh: '恒通电子（上海）有限公司', industry: 'electronics', phone: '021-5048 3321' } }]);
const as = (actor: string) => ({ meta: { at: t0, actor } });

type CreateData = Extract<SpecCommand, { type: 'task.create' }>['data'];
const create = (data: Partial<CreateData> = {}, actor: string = cast.trainee): SpecCommand => ({
  type: 'task.create',
  data: { title: '寄送样品', due: '2026-03-04 10:00', ...data },
  ...as(actor),
});
const dueAt = Date.parse('2026-03-04T10:00:00+08:00');

const mine: Task = {
  id: 'TS-000001',
  title: '寄送样品',
  assignee: cast.trainee,
  dueAt,
  remindAt: dueAt - 60 * minute,
  done: false,
  createdAt: t0,
  createdBy: cast.trainee,
};

const assignedTo = (to: string, id = 'NT-000001'): Notification => ({
  id,
  to,
  kind: 'changed',
  about: { entity: 'task', id: 'TS-000001' },
  from: cast.trainee,
  messageKey: 'notification.task.assigned',
  params: { id: 'TS-000001', title: '寄送样品', due: '2026-03-04 10:00' },
  at: t0,
  read: false,
});

describe('the task lifecycle', () => {
  it.each([
    ['open', 'complete', 'done'],
    ['open', 'reassign', 'open'],
    ['done', 'complete', undefined],
    ['done', 'reassign', undefined],
  ] as const)('from %s, %s leads to %s', (status, event, to) => {
    expect(nextTaskStatus(status, { type: event } as TaskLifecycleEvent)).toBe(to);
  });

  it('has exactly these statuses', () => {
    expect(taskStatuses).toEqual(['open', 'done']);
  });
});

describe('task.create', () => {
  it('gives the task to its creator by default, reminding an hour before, telling nobody', () => {
    const { state } = given(scene).when(create()).then([{ type: 'task.created', data: { task: mine } }]);
    expect(state.tasks['TS-000001']).toEqual(mine);
  });

  it('gives it to a colleague, who is told', () => {
    given(scene)
      .when(create({ assignee: ` ${cast.colleague} ` }))
      .then([
        { type: 'task.created', data: { task: { ...mine, assignee: cast.colleague } } },
        { type: 'notification.created', data: { notification: assignedTo(cast.colleague) } },
      ]);
  });

  it('files it under a record, typed however', () => {
    const { state } = given(scene).when(create({ entity: 'Account', id: 'c-sh-00612' })).accepted();
    expect(state.tasks['TS-000001'].about).toEqual({ entity: 'account', id: code });
  });

  it.each([
    ['15', 15],
    ['0', 0],
    ['１２０', 120],
    [' 1440 ', 1440],
    ['', 60],
  ] as const)('reminds %j minutes before', (remindMinutesBefore, minutes) => {
    const { state } = given(scene).when(create({ remindMinutesBefore })).accepted();
    expect(state.tasks['TS-000001'].remindAt).toBe(dueAt - minutes * minute);
  });

  it.each(['soon', '-5', '1.5', '44641', '1e3'])('refuses %j minutes before', (remindMinutesBefore) => {
    given(scene)
      .when(create({ remindMinutesBefore }))
      .then({ rejection: { code: 'validation.format', field: 'remindMinutesBefore', messageKey: 'rejection.task.remind-minutes', params: { received: remindMinutesBefore, max: 44_640 } } });
  });

  it.each(['title', 'due'] as const)('requires the %s', (field) => {
    given(scene).when(create({ [field]: '' })).then({ rejection: { code: 'validation.incomplete', field } });
  });

  it('refuses a due time that is not one, or has passed', () => {
    given(scene).when(create({ due: '周四上午' })).then({ rejection: { code: 'validation.format', field: 'due', messageKey: 'rejection.format.datetime' } });
    given(scene).when(create({ due: '2026-03-02 09:00' })).then({ rejection: { code: 'validation.format', field: 'due', messageKey: 'rejection.datetime.past' } });
  });

  it('refuses an unknown assignee', () => {
    given(scene).when(create({ assignee: 'u.nobody' })).then({ rejection: { code: 'reference.unknown', field: 'assignee', messageKey: 'rejection.reference.user' } });
  });

  it('refuses a name every object has as the assignee', () => {
    given(scene).when(create({ assignee: 'constructor' })).then({ rejection: { code: 'validation.format', field: 'assignee', messageKey: 'rejection.format.reserved' } });
  });

  it.each([
    [{ entity: 'account' }, 'validation.incomplete', 'id'],
    [{ id: code }, 'validation.incomplete', 'entity'],
    [{ entity: 'customer', id: code }, 'validation.format', 'entity'],
    [{ entity: 'account', id: 'C-SH-00999' }, 'reference.unknown', 'id'],
    [{ entity: 'opportunity', id: code }, 'reference.unknown', 'id'],
  ] as const)('refuses %j as what it is about', (about, rejection, field) => {
    given(scene).when(create(about)).then({ rejection: { code: rejection, field } });
  });
});

describe('task.complete', () => {
  const complete = (actor: string, id = 'TS-000001'): SpecCommand => ({ type: 'task.complete', data: { id }, ...as(actor) });

  it('is done by the assignee, once', () => {
    const { state } = given(build([create()], scene))
      .when(complete(cast.trainee, ' ts-000001 '))
      .then([{ type: 'task.completed', data: { id: 'TS-000001' } }]);
    expect(state.tasks['TS-000001']).toEqual({ ...mine, done: true, completedAt: t0 });
    given(state)
      .when(complete(cast.trainee))
      .then({ rejection: { code: 'transition.not-allowed', field: 'id', messageKey: 'rejection.transition.task', params: { from: 'done', command: 'task.complete' } } });
  });

  it.each([
    ['the creator', cast.trainee],
    ['the assignee', cast.colleague],
    ['a lead', cast.lead],
    ['an admin', cast.admin],
  ])('may be done by %s', (_, actor) => {
    given(build([create({ assignee: cast.colleague })], scene))
      .when(complete(actor))
      .then([{ type: 'task.completed', data: { id: 'TS-000001' } }]);
  });

  it('is not for a colleague who neither made it nor has it', () => {
    given(build([create()], scene))
      .when(complete(cast.colleague))
      .then({ rejection: { code: 'permission.denied', field: 'id', messageKey: 'rejection.task.not-yours', params: { id: 'TS-000001', assignee: cast.trainee } } });
  });

  it('refuses an unknown or empty id', () => {
    given(scene).when(complete(cast.trainee, 'TS-000404')).then({ rejection: { code: 'reference.unknown', field: 'id', messageKey: 'rejection.reference.task' } });
    given(scene).when(complete(cast.trainee, ' ')).then({ rejection: { code: 'validation.incomplete', field: 'id' } });
  });
});

describe('task.reassign', () => {
  const reassign = (assignee: string, actor: string = cast.trainee): SpecCommand => ({ type: 'task.reassign', data: { id: 'TS-000001', assignee }, ...as(actor) });

  it('hands the task on; the new assignee is told', () => {
    const { state } = given(build([create()], scene))
      .when(reassign(cast.colleague))
      .then([
        { type: 'task.reassigned', data: { id: 'TS-000001', from: cast.trainee, to: cast.colleague } },
        { type: 'notification.created', data: { notification: assignedTo(cast.colleague) } },
      ]);
    expect(state.tasks['TS-000001'].assignee).toBe(cast.colleague);
  });

  it('may be done by a lead, and by the creator after handing it on', () => {
    const { state } = given(build([create()], scene)).when(reassign(cast.colleague, cast.lead)).accepted();
    expect(Object.values(state.notifications)).toEqual([{ ...assignedTo(cast.colleague), from: cast.lead }]);
    const { state: back } = given(state).when(reassign(cast.trainee)).accepted();
    expect(back.tasks['TS-000001'].assignee).toBe(cast.trainee);
  });

  it('is not for a colleague who neither made it nor has it', () => {
    given(build([create()], scene))
      .when(reassign(cast.colleague, cast.colleague))
      .then({ rejection: { code: 'permission.denied', field: 'id' } });
  });

  it('refuses the same assignee, an unknown user, a done task and an unknown task', () => {
    const open = build([create()], scene);
    given(open).when(reassign(cast.trainee)).then({ rejection: { code: 'validation.format', field: 'assignee', messageKey: 'rejection.task.same-assignee' } });
    given(open).when(reassign('u.nobody')).then({ rejection: { code: 'reference.unknown', field: 'assignee' } });
    given(open).when(reassign('')).then({ rejection: { code: 'validation.incomplete', field: 'assignee' } });
    given(build([{ type: 'task.complete', data: { id: 'TS-000001' } }], open))
      .when(reassign(cast.colleague))
      .then({ rejection: { code: 'transition.not-allowed', field: 'id', params: { from: 'done', command: 'task.reassign' } } });
    given(scene).when(reassign(cast.colleague)).then({ rejection: { code: 'reference.unknown', field: 'id' } });
  });
});
