import { describe, expect, it } from 'vitest';
import { Draft } from '../draft.ts';
import { build, cast, given, t0, type SpecCommand } from '../specification.ts';
import type { SandboxState } from '../state.ts';
import type { Task } from '../tasks/records.ts';
import type { Activity } from './records.ts';

const minute = 60_000;
const code = 'C-SH-00612';

/** An opportunity put straight into the state: only its existence matters to an activity. */
function withOpportunity(state: SandboxState): SandboxState {
  const draft = new Draft(state);
  draft.insert('opportunities', 'OP-000001', {
    id: 'OP-000001',
    accountCode: code,
    name: '恒通电子二期产线',
    stage: 'qualification',
    amount: 0,
    expectedClose: '',
    decisionMaker: '',
    needs: '',
    competitors: '',
    quote: '',
    owner: cast.trainee,
    team: [],
    createdAt: t0,
  });
  return draft.state;
}

/** A customer with a contact, an open ticket, a lead and a deal: one record of each kind an activity is logged against. */
const scene = withOpportunity(
  build([
    { type: 'account.create', data: { code, nameZh: '恒通电子（上海）有限公司', industry: 'electronics', phone: '021-5048 3321' } },
    { type: 'contact.create', data: { accountCode: code, name: '刘洋', title: '采购经理', phone: '139 1234 5678' } },
    { type: 'ticket.open', data: { accountCode: code, subject: '主轴异响', priority: 'normal' } },
    { type: 'lead.create', data: { company: '华远数控（苏州）有限公司', contactName: '陈静', phone: '138 1234 0001', source: 'referral' } },
  ]),
);

type LogData = Extract<SpecCommand, { type: 'activity.log' }>['data'];
const logCall = (data: Partial<LogData> = {}): SpecCommand => ({
  type: 'activity.log',
  data: { kind: 'call', entity: 'account', id: code, outcome: '客户同意下周安排样机测试', ...data },
});

const activity = (about: Activity['about'], extra: Partial<Activity> = {}): Activity => ({
  id: 'AC-000001',
  kind: 'call',
  about,
  outcome: '客户同意下周安排样机测试',
  nextStep: '',
  by: cast.trainee,
  at: t0,
  ...extra,
});

describe('activity.log', () => {
  it.each([
    ['account', code],
    ['contact', 'CT-000001'],
    ['lead', 'LD-000001'],
    ['opportunity', 'OP-000001'],
    ['ticket', 'TK-000001'],
  ] as const)('logs a call against a%s', (entity, id) => {
    const { state } = given(scene)
      .when(logCall({ entity, id }))
      .then([{ type: 'activity.logged', data: { activity: activity({ entity, id }) } }]);
    expect(state.activities['AC-000001'].about).toEqual({ entity, id });
  });

  it.each(['call', 'visit', 'email', 'meeting', ' Visit '])('takes %j as a kind', (kind) => {
    const { state } = given(scene).when(logCall({ kind })).accepted();
    expect(state.activities['AC-000001'].kind).toBe(kind.trim().toLowerCase());
  });

  it.each([
    ['account', 'ｃ-sh-００６１２', code],
    ['contact', ' ct-000001 ', 'CT-000001'],
    ['Ticket', 'tk-000001', 'TK-000001'],
  ] as const)('finds the %s however its id %j is typed', (entity, typed, id) => {
    given(scene)
      .when(logCall({ entity, id: typed }))
      .then([{ type: 'activity.logged', data: { activity: activity({ entity: entity.toLowerCase() as 'account', id }) } }]);
  });

  it('numbers activities in order', () => {
    const { state } = given(build([logCall()], scene)).when(logCall({ kind: 'email' })).accepted();
    expect(Object.keys(state.activities)).toEqual(['AC-000001', 'AC-000002']);
  });

  it.each([
    ['account', 'C-SH-00999'],
    ['contact', 'CT-000404'],
    ['opportunity', 'OP-000404'],
    ['ticket', 'TK-000404'],
    ['contact', code],
  ] as const)('refuses a%s that does not exist (%s)', (entity, id) => {
    given(scene)
      .when(logCall({ entity, id }))
      .then({ rejection: { code: 'reference.unknown', field: 'id', messageKey: 'rejection.reference.record', params: { entity, id } } });
  });

  it('refuses a name every object has as the id, rather than finding a record that is not there', () => {
    given(scene)
      .when(logCall({ entity: 'account', id: 'constructor' }))
      .then({ rejection: { code: 'validation.format', field: 'id', messageKey: 'rejection.format.reserved' } });
  });

  it.each(['quote', 'task', 'customer'])('refuses %j as what an activity is about', (entity) => {
    given(scene)
      .when(logCall({ entity }))
      .then({
        rejection: { code: 'validation.format', field: 'entity', messageKey: 'rejection.format.choice', params: { received: entity, expected: 'account, contact, lead, opportunity, ticket' } },
      });
  });

  it.each(['fax', 'phone call', '电话'])('refuses %j as a kind', (kind) => {
    given(scene)
      .when(logCall({ kind }))
      .then({ rejection: { code: 'validation.format', field: 'kind', params: { received: kind, expected: 'call, visit, email, meeting' } } });
  });

  it.each(['kind', 'entity', 'id', 'outcome'] as const)('requires the %s', (field) => {
    given(scene)
      .when(logCall({ [field]: ' ' }))
      .then({ rejection: { code: 'validation.incomplete', field, messageKey: 'rejection.incomplete' } });
  });

  it('keeps a next step without a follow-up time, and makes no task of it', () => {
    const { state } = given(scene)
      .when(logCall({ nextStep: ' 发送报价 ' }))
      .then([{ type: 'activity.logged', data: { activity: activity({ entity: 'account', id: code }, { nextStep: '发送报价' }) } }]);
    expect(state.tasks).toEqual({});
  });
});

describe('activity.log with a follow-up', () => {
  const visit = logCall({ kind: 'visit', nextStep: '上门演示样机', followUp: '2026-03-05 14:00' });
  const dueAt = Date.parse('2026-03-05T14:00:00+08:00');

  it('also gives the salesperson a task due at the follow-up, reminding an hour before (seed 003)', () => {
    const task: Task = {
      id: 'TS-000001',
      title: '上门演示样机',
      assignee: cast.trainee,
      dueAt,
      remindAt: dueAt - 60 * minute,
      about: { entity: 'account', id: code },
      done: false,
      createdAt: t0,
      createdBy: cast.trainee,
    };
    const { state } = given(scene)
      .when(visit)
      .then([
        {
          type: 'activity.logged',
          data: { activity: activity({ entity: 'account', id: code }, { kind: 'visit', nextStep: '上门演示样机', task: 'TS-000001' }) },
        },
        { type: 'task.created', data: { task } },
      ]);
    expect(state.tasks['TS-000001']).toEqual(task);
  });

  it.each(['2026/3/5 14:00', '2026年3月5日 14:00', '２０２６－０３－０５ １４：００', '2026-03-05T14:00'])('reads the follow-up %j', (followUp) => {
    const { state } = given(scene).when(logCall({ nextStep: '回访', followUp })).accepted();
    expect(state.tasks['TS-000001'].dueAt).toBe(dueAt);
  });

  it('files the task under the record the activity was about', () => {
    const { state } = given(scene).when(logCall({ entity: 'opportunity', id: 'op-000001', nextStep: '回访', followUp: '2026-03-05 14:00' })).accepted();
    expect(state.tasks['TS-000001'].about).toEqual({ entity: 'opportunity', id: 'OP-000001' });
  });

  it('reminds the salesperson of the visit when the clock gets there', () => {
    const { state } = given(build([visit], scene))
      .when({ type: 'clock.advance', data: { minutes: 3 * 24 * 60 + 4 * 60 } })
      .accepted();
    // The ticket in the scene breaches on the way; only the task's notifications matter here.
    expect(Object.values(state.notifications).filter((notification) => notification.about.entity === 'task')).toMatchObject([
      { to: cast.trainee, kind: 'reminder', about: { entity: 'task', id: 'TS-000001' }, messageKey: 'notification.task.reminder' },
    ]);
  });

  it('needs a next step to remind of', () => {
    given(scene)
      .when(logCall({ followUp: '2026-03-05 14:00' }))
      .then({
        rejection: {
          code: 'validation.incomplete',
          field: 'nextStep',
          messageKey: 'rejection.activity.follow-up-without-step',
          params: { followUp: '2026-03-05 14:00' },
        },
      });
  });

  it.each(['next Thursday', '2026-02-30 14:00', '2026-03-05', '14:00'])('refuses %j as a follow-up time', (followUp) => {
    given(scene)
      .when(logCall({ nextStep: '回访', followUp }))
      .then({
        rejection: { code: 'validation.format', field: 'followUp', messageKey: 'rejection.format.datetime', params: { received: followUp, expected: '2026-03-05 14:00' } },
      });
  });

  it.each(['2026-03-02 09:00', '2026-03-01 16:00', '2025-03-05 14:00'])('refuses a follow-up at %j, not after now', (followUp) => {
    given(scene)
      .when(logCall({ nextStep: '回访', followUp }))
      .then({ rejection: { code: 'validation.format', field: 'followUp', messageKey: 'rejection.datetime.past', params: { received: followUp, now: '2026-03-02 09:00' } } });
  });

  it('takes a follow-up a minute from now', () => {
    const { state } = given(scene).when(logCall({ nextStep: '回电', followUp: '2026-03-02 09:01' })).accepted();
    expect(state.tasks['TS-000001']).toMatchObject({ dueAt: t0 + minute, remindAt: t0 - 59 * minute });
  });

  it('checks the record before the follow-up, so nothing half-made is left', () => {
    given(scene)
      .when(logCall({ id: 'C-SH-00999', nextStep: '回访', followUp: 'tomorrow' }))
      .then({ rejection: { code: 'reference.unknown', field: 'id' } });
  });
});
