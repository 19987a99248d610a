import { describe, expect, it } from 'vitest';
import { build, cast, given, t0, type ExpectedEvent, type SpecCommand } from '../specification.ts';
import type { SandboxState } from '../state.ts';

const minute = 60_000;
/** Due at 12:00 on the first day, so reminded at 11:00: two and three hours after t0. */
const due = '2026-03-02 12:00';
const dueAt = t0 + 180 * minute;
const remindAt = t0 + 120 * minute;

const task = (title = '回电刘经理', data: Record<string, string> = {}): SpecCommand => ({ type: 'task.create', data: { title, due, ...data } });
const advance = (minutes: number): SpecCommand => ({ type: 'clock.advance', data: { minutes } });

function types(state: SandboxState, command: SpecCommand): string[] {
  const { result } = given(state).when(command).accepted();
  return result.ok ? result.events.map((event) => event.type) : [];
}

/** The notification the clock sends about TS-000001. */
function notice(id: string, to: string, kind: 'reminder' | 'overdue', at: number, assignee = '王芳'): ExpectedEvent {
  const params = { id: 'TS-000001', title: '回电刘经理', due: '2026-03-02 12:00' };
  return {
    type: 'notification.created',
    data: {
      notification: {
        id,
        to,
        kind,
        about: { entity: 'task', id: 'TS-000001' },
        from: 'system',
        messageKey: `notification.task.${kind}`,
        params: kind === 'overdue' ? { ...params, assignee } : params,
        at,
        read: false,
      },
    },
  };
}

describe('task reminders and overdue marks', () => {
  it('remind, then mark overdue, each exactly when the clock gets there, in small steps', () => {
    const created = build([task()]);
    expect(types(created, advance(119))).toEqual(['clock.advanced']);
    const before = build([advance(119)], created);

    const reminded = given(before)
      .when(advance(1))
      .then([
        { type: 'clock.advanced', data: { from: remindAt - minute, to: remindAt } },
        { type: 'task.reminded', data: { id: 'TS-000001', at: remindAt } },
        notice('NT-000001', cast.trainee, 'reminder', remindAt),
      ]).state;
    expect(reminded.tasks['TS-000001'].remindedAt).toBe(remindAt);
    expect(types(reminded, advance(59))).toEqual(['clock.advanced']);

    const overdue = given(build([advance(59)], reminded))
      .when(advance(1))
      .then([
        { type: 'clock.advanced', data: { from: dueAt - minute, to: dueAt } },
        { type: 'task.overdue', data: { id: 'TS-000001', at: dueAt } },
        notice('NT-000002', cast.trainee, 'overdue', dueAt),
        notice('NT-000003', cast.lead, 'overdue', dueAt),
      ]).state;
    expect(overdue.tasks['TS-000001']).toMatchObject({ remindedAt: remindAt, overdueAt: dueAt, done: false });
    expect(types(overdue, advance(1))).toEqual(['clock.advanced']);
    expect(types(overdue, advance(31 * 24 * 60))).toEqual(['clock.advanced']);
  });

  it('remind and mark overdue once on one big jump past both', () => {
    const to = t0 + 24 * 60 * minute;
    const { state } = given([task()])
      .when(advance(24 * 60))
      .then([
        { type: 'clock.advanced', data: { from: t0, to } },
        { type: 'task.reminded', data: { id: 'TS-000001', at: remindAt } },
        notice('NT-000001', cast.trainee, 'reminder', to),
        { type: 'task.overdue', data: { id: 'TS-000001', at: dueAt } },
        notice('NT-000002', cast.trainee, 'overdue', to),
        notice('NT-000003', cast.lead, 'overdue', to),
      ]);
    expect(types(state, advance(24 * 60))).toEqual(['clock.advanced']);
    expect(Object.keys(state.notifications)).toHaveLength(3);
  });

  it.each([
    [30, 150, 30],
    [150, 30, 30],
    [60, 60, 60],
  ])('fire once however the clock moves: %i, %i, %i minutes', (...steps) => {
    let state = build([task()]);
    const fired = steps.flatMap((minutes) => {
      const applied = given(state).when(advance(minutes)).accepted();
      state = applied.state;
      return applied.result.ok ? applied.result.events.filter((event) => event.type.startsWith('task.')).map((event) => event.type) : [];
    });
    expect(fired).toEqual(['task.reminded', 'task.overdue']);
  });

  it('send nothing for a task done in time, and no overdue mark for one done after its reminder', () => {
    const done: SpecCommand = { type: 'task.complete', data: { id: 'TS-000001' } };
    expect(types(build([task(), done]), advance(24 * 60))).toEqual(['clock.advanced']);
    expect(types(build([task(), advance(150), done]), advance(24 * 60))).toEqual(['clock.advanced']);
  });

  it('stay overdue when the task is done late', () => {
    const state = build([task(), advance(200), { type: 'task.complete', data: { id: 'TS-000001' } }]);
    expect(state.tasks['TS-000001']).toMatchObject({ done: true, overdueAt: dueAt, completedAt: t0 + 200 * minute });
  });

  it('send a reminder already due when the task was made at the next advance, dated when it was due', () => {
    const { state } = given([task('回电刘经理', { remindMinutesBefore: '600' })])
      .when(advance(1))
      .then([
        { type: 'clock.advanced', data: { from: t0, to: t0 + minute } },
        { type: 'task.reminded', data: { id: 'TS-000001', at: dueAt - 600 * minute } },
        notice('NT-000001', cast.trainee, 'reminder', t0 + minute),
      ]);
    expect(state.tasks['TS-000001'].remindedAt).toBeLessThan(state.tasks['TS-000001'].createdAt);
  });

  it('go to whoever has the task now', () => {
    const state = build([task(), { type: 'task.reassign', data: { id: 'TS-000001', assignee: cast.colleague } }]);
    const { state: after } = given(state).when(advance(24 * 60)).accepted();
    const sent = Object.values(after.notifications).filter((notification) => notification.kind !== 'changed');
    expect(sent.map(({ to, kind }) => [to, kind])).toEqual([
      [cast.colleague, 'reminder'],
      [cast.colleague, 'overdue'],
      [cast.lead, 'overdue'],
    ]);
    expect(sent.at(-1)?.params.assignee).toBe('赵磊');
  });

  it('tell an assignee without a team, and a lead who is their own team’s lead, only once', () => {
    for (const assignee of [cast.admin, cast.lead]) {
      const { state } = given([task('回电刘经理', { assignee })]).when(advance(24 * 60)).accepted();
      const overdue = Object.values(state.notifications).filter((notification) => notification.kind === 'overdue');
      expect(overdue.map((notification) => notification.to)).toEqual([assignee]);
    }
  });

  it('come task by task in creation order, each reminder before its overdue mark', () => {
    const state = build([task('下周拜访', { due: '2026-03-02 15:00' }), task('回电刘经理', { due: '2026-03-02 10:00' })]);
    const { result } = given(state).when(advance(24 * 60)).accepted();
    const marks = result.ok ? result.events.flatMap((event) => (event.type === 'task.reminded' || event.type === 'task.overdue' ? [`${event.type} ${event.data.id}`] : [])) : [];
    expect(marks).toEqual(['task.reminded TS-000001', 'task.overdue TS-000001', 'task.reminded TS-000002', 'task.overdue TS-000002']);
  });

  it('leave tasks whose moments are still ahead alone', () => {
    const state = build([task(), task('下周拜访', { due: '2026-03-09 10:00' })]);
    const { state: after } = given(state).when(advance(24 * 60)).accepted();
    expect(after.tasks['TS-000002']).toEqual(state.tasks['TS-000002']);
  });
});
