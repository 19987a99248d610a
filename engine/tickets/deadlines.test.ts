import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { processConfigSchema } from '../process/config.ts';
import { setUp } from '../replay.ts';
import { build, cast, given, t0, type SpecCommand } from '../specification.ts';
import { emptySandbox, type SandboxState } from '../state.ts';

const minute = 60_000;
const code = 'C-SH-00612';
const account: SpecCommand = { type: 'account.create', data: { code, nameZh: '恒通电子（上海）有限公司', industry: 'electronics', phone: '021-5048 3321' } };
/** A second team, so the assignee's lead and the account manager's lead differ. */
const serviceTeam: SpecCommand[] = [
  { type: 'user.create', data: { id: 'lead.chen', name: '陈刚', role: 'lead', department: 'service' }, meta: { at: t0, actor: 'system' } },
  { type: 'team.create', data: { id: 'service-north', name: '华北服务', lead: 'lead.chen' }, meta: { at: t0, actor: 'system' } },
  { type: 'user.create', data: { id: 'u.sun', name: '孙悦', role: 'trainee', department: 'service', team: 'service-north' }, meta: { at: t0, actor: 'system' } },
];
const scene = build([account, ...serviceTeam]);

const open = (priority: string, subject = '主轴异响'): SpecCommand => ({ type: 'ticket.open', data: { accountCode: code, subject, priority } });
const assign = (assignee: string, id = 'TK-000001'): SpecCommand => ({ type: 'ticket.assign', data: { id, assignee } });
const advance = (minutes: number): SpecCommand => ({ type: 'clock.advance', data: { minutes } });
const resolveSteps = (id = 'TK-000001'): SpecCommand[] => [
  { type: 'ticket.start', data: { id } },
  { type: 'ticket.resolve', data: { id, resolution: '已更换轴承' } },
];

function eventsOf(state: SandboxState, command: SpecCommand) {
  const { result } = given(state).when(command).accepted();
  return result.ok ? result.events : [];
}

describe('ticket SLA deadlines', () => {
  it('breaches and escalates exactly when the clock reaches the deadline, once', () => {
    const state = build([open('urgent'), assign('u.sun')], scene);
    const dueAt = t0 + 4 * 60 * minute;
    expect(eventsOf(state, advance(4 * 60 - 1)).map((event) => event.type)).toEqual(['clock.advanced']);

    const { state: breached } = given(state)
      .when(advance(4 * 60))
      .then([
        { type: 'clock.advanced', data: { from: t0, to: dueAt } },
        { type: 'ticket.slaBreached', data: { id: 'TK-000001', dueAt } },
        { type: 'ticket.escalated', data: { id: 'TK-000001', to: 'lead.chen' } },
        ...['lead.chen', 'u.sun'].map((to, index) => ({
          type: 'notification.created' as const,
          data: {
            notification: {
              id: `NT-00000${2 + index}`,
              to,
              kind: 'escalated' as const,
              about: { entity: 'ticket' as const, id: 'TK-000001' },
              from: 'system',
              messageKey: 'notification.ticket.escalated',
              params: { id: 'TK-000001', subject: '主轴异响', lead: '陈刚' },
              at: dueAt,
              read: false,
            },
          },
        })),
      ]);
    expect(breached.tickets['TK-000001']).toMatchObject({ status: 'assigned', breachedAt: dueAt, escalatedTo: 'lead.chen' });
    expect(eventsOf(breached, advance(60 * 24)).map((event) => event.type)).toEqual(['clock.advanced']);
  });

  it('dates the breach at the deadline even when the clock jumps past it', () => {
    const state = build([open('urgent'), advance(60 * 24)], scene);
    expect(state.tickets['TK-000001'].breachedAt).toBe(t0 + 4 * 60 * minute);
  });

  it.each([
    ['urgent', 4 * 60],
    ['high', 24 * 60],
    ['normal', 3 * 24 * 60],
    ['low', 7 * 24 * 60],
  ] as const)('breaches a %s ticket after %i minutes', (priority, minutes) => {
    const state = build([open(priority)], scene);
    expect(build([advance(minutes - 1)], state).tickets['TK-000001'].breachedAt).toBeUndefined();
    expect(build([advance(minutes)], state).tickets['TK-000001'].breachedAt).toBe(t0 + minutes * minute);
  });

  it('follows a company’s own SLA', () => {
    const process = v.parse(processConfigSchema, { sla: { urgent: { resolveMinutes: 30 }, low: { resolveMinutes: 90 } } });
    const start = setUp(
      emptySandbox(t0, process),
      [
        { type: 'user.create', data: { id: cast.lead, name: '李娜', role: 'lead', department: 'sales' } },
        { type: 'team.create', data: { id: 'sales-east', name: '华东销售', lead: cast.lead } },
        { type: 'user.create', data: { id: cast.trainee, name: '王芳', role: 'trainee', department: 'sales', team: 'sales-east' } },
      ],
      t0,
      'custom SLA',
    );
    const state = build([account, open('urgent'), open('low', '发票抬头错误'), open('high', '培训安排')], start);
    expect(Object.values(state.tickets).map((ticket) => ticket.dueAt)).toEqual([t0 + 30 * minute, t0 + 90 * minute, t0 + 24 * 60 * minute]);
    expect(eventsOf(state, advance(30)).filter((event) => event.type === 'ticket.slaBreached')).toMatchObject([{ data: { id: 'TK-000001' } }]);
    expect(eventsOf(state, advance(90)).filter((event) => event.type === 'ticket.slaBreached')).toMatchObject([{ data: { id: 'TK-000001' } }, { data: { id: 'TK-000002' } }]);
  });

  it('does not fire for a ticket resolved or closed in time', () => {
    const resolved = build([open('urgent'), assign('u.sun'), ...resolveSteps()], scene);
    const closed = build([{ type: 'ticket.close', data: { id: 'TK-000001' } }], resolved);
    for (const state of [resolved, closed]) {
      expect(eventsOf(state, advance(60 * 24)).map((event) => event.type)).toEqual(['clock.advanced']);
    }
  });

  it('fires for a ticket in progress, and it stays breached once resolved', () => {
    const state = build([open('urgent'), assign('u.sun'), resolveSteps()[0], advance(5 * 60), resolveSteps()[1]], scene);
    expect(state.tickets['TK-000001']).toMatchObject({ status: 'resolved', breachedAt: t0 + 4 * 60 * minute });
  });

  it('fires for a ticket reopened after its deadline passed, at the next clock move', () => {
    const state = build([open('urgent'), assign('u.sun'), ...resolveSteps(), advance(5 * 60), { type: 'ticket.reopen', data: { id: 'TK-000001', reason: '又坏了' } }], scene);
    expect(state.tickets['TK-000001'].breachedAt).toBeUndefined();
    expect(build([advance(1)], state).tickets['TK-000001'].breachedAt).toBe(t0 + 4 * 60 * minute);
  });

  it('breaches every ticket whose deadline the clock passes, in order, each with its own notifications', () => {
    const state = build([open('urgent'), open('urgent', '控制面板黑屏'), open('low', '资料补寄'), assign('u.sun', 'TK-000002')], scene);
    const events = eventsOf(state, advance(60 * 24));
    expect(events.filter((event) => event.type === 'ticket.slaBreached').map((event) => event.data.id)).toEqual(['TK-000001', 'TK-000002']);
    const notes = events.flatMap((event) => (event.type === 'notification.created' ? [event.data.notification] : []));
    expect(notes.map((note) => [note.id, note.to, note.about.id])).toEqual([
      ['NT-000002', cast.lead, 'TK-000001'],
      ['NT-000003', 'lead.chen', 'TK-000002'],
      ['NT-000004', 'u.sun', 'TK-000002'],
    ]);
  });
});

describe('who a breached ticket is escalated to', () => {
  const escalatedTo = (state: SandboxState) => build([advance(60 * 24)], state).tickets['TK-000001'].escalatedTo;

  it('is the assignee’s team lead', () => {
    expect(escalatedTo(build([open('urgent'), assign('u.sun')], scene))).toBe('lead.chen');
  });

  it('is the account manager’s team lead while nobody is assigned', () => {
    expect(escalatedTo(build([open('urgent')], scene))).toBe(cast.lead);
  });

  it('is the first lead in the sandbox when neither has a team', () => {
    const managedByAdmin = { ...account, data: { ...account.data, owner: cast.admin } } as SpecCommand;
    const state = build([managedByAdmin, ...serviceTeam, open('urgent'), assign(cast.admin)]);
    expect(escalatedTo(state)).toBe(cast.lead);
  });

  it('tells the assignee even when they moved the clock themselves', () => {
    const state = build([open('urgent'), assign('u.sun')], scene);
    const events = eventsOf(state, { ...advance(60 * 24), meta: { at: t0, actor: 'u.sun' } });
    expect(events.flatMap((event) => (event.type === 'notification.created' ? [event.data.notification.to] : []))).toEqual(['lead.chen', 'u.sun']);
  });

  it('is nobody when the sandbox has no lead: the breach is recorded and the assignee told', () => {
    const start = setUp(
      emptySandbox(t0),
      [
        { type: 'user.create', data: { id: cast.trainee, name: '王芳', role: 'trainee', department: 'sales' } },
        { type: 'user.create', data: { id: cast.colleague, name: '赵磊', role: 'trainee', department: 'service' } },
      ],
      t0,
      'no leads',
    );
    const state = build([account, open('urgent'), assign(cast.colleague)], start);
    const events = eventsOf(state, advance(60 * 24));
    expect(events).toMatchObject([
      { type: 'clock.advanced' },
      { type: 'ticket.slaBreached', data: { id: 'TK-000001' } },
      { type: 'notification.created', data: { notification: { to: cast.colleague, kind: 'escalated', messageKey: 'notification.ticket.breached' } } },
    ]);
    expect(build([advance(60 * 24)], state).tickets['TK-000001']).toMatchObject({ breachedAt: t0 + 4 * 60 * minute });
  });
});
