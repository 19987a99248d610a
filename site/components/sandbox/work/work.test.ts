import { describe, expect, it } from 'vitest';
import type { Approval } from '../../../../engine/approvals/records.ts';
import type { Notification } from '../../../../engine/notifications/records.ts';
import { emptySandbox, type SandboxState } from '../../../../engine/state.ts';
import type { Task } from '../../../../engine/tasks/records.ts';
import { requestsBy, waitingFor } from './approvals.ts';
import { inboxOf, lastToldAbout, unreadCount } from './inbox.ts';
import { recordLink, recordName } from './links.ts';
import { listTasks, taskState } from './tasks.ts';

const minute = 60_000;
const now = Date.parse('2026-03-10T09:00:00+08:00');
const byId = <T extends { id: string }>(rows: readonly T[]) => Object.fromEntries(rows.map((row) => [row.id, row]));

function note(id: string, to: string, at: number, read = false, about: Notification['about'] = { entity: 'ticket', id: 'TK-000001' }): Notification {
  return { id, to, kind: 'changed', about, from: 'system', messageKey: 'notification.ticket.opened', params: {}, at, read };
}

function task(id: string, assignee: string, dueAt: number, done = false): Task {
  return { id, title: id, assignee, dueAt, remindAt: dueAt - 60 * minute, done, createdAt: now, createdBy: assignee, ...(done ? { completedAt: now } : {}) };
}

describe('the inbox', () => {
  const notifications = byId([note('NT-000001', 'trainee', now), note('NT-000002', 'u.zhao', now + minute), note('NT-000003', 'trainee', now, true), note('NT-000004', 'trainee', now + 5 * minute)]);

  it('lists the user’s notifications newest first, same-minute ones by id', () => {
    expect(inboxOf({ notifications }, 'trainee').map((n) => n.id)).toEqual(['NT-000004', 'NT-000003', 'NT-000001']);
  });

  it('counts the unread ones', () => {
    expect(unreadCount({ notifications }, 'trainee')).toBe(2);
    expect(unreadCount({ notifications }, 'u.qian')).toBe(0);
  });

  it('tells when each person last heard about a record', () => {
    const told = lastToldAbout({ notifications: { ...notifications, x: note('NT-000005', 'u.qian', now, false, { entity: 'ticket', id: 'TK-000002' }) } }, { entity: 'ticket', id: 'TK-000001' });
    expect(Object.fromEntries(told)).toEqual({ trainee: now + 5 * minute, 'u.zhao': now + minute });
  });
});

describe('tasks', () => {
  const tasks = byId([task('TS-000001', 'trainee', now + 3 * 60 * minute), task('TS-000002', 'trainee', now + 30 * minute), task('TS-000003', 'u.zhao', now + minute), task('TS-000004', 'trainee', now - minute, true)]);

  it('stand open, due soon once the reminder time comes, overdue from the due minute, or done', () => {
    expect(taskState(tasks['TS-000001'], now)).toBe('open');
    expect(taskState(tasks['TS-000002'], now)).toBe('soon');
    expect(taskState(tasks['TS-000001'], now + 3 * 60 * minute)).toBe('overdue');
    expect(taskState(tasks['TS-000004'], now)).toBe('done');
  });

  it('filter by whose they are, open ones soonest first and done ones after', () => {
    expect(listTasks({ tasks }, 'trainee', { owner: 'mine', showDone: false }).map((t) => t.id)).toEqual(['TS-000002', 'TS-000001']);
    expect(listTasks({ tasks }, 'trainee', { owner: 'mine', showDone: true }).map((t) => t.id)).toEqual(['TS-000002', 'TS-000001', 'TS-000004']);
    expect(listTasks({ tasks }, 'trainee', { owner: 'others', showDone: true }).map((t) => t.id)).toEqual(['TS-000003']);
    expect(listTasks({ tasks }, 'trainee', { owner: 'all', showDone: false }).map((t) => t.id)).toEqual(['TS-000003', 'TS-000002', 'TS-000001']);
  });
});

describe('approvals', () => {
  const request = (id: string, requestedBy: string, status: Approval['status'] = 'pending'): Approval => ({
    id,
    kind: 'quote.pricing',
    about: { entity: 'quote', id: 'QT-000001' },
    change: { total: 1000 },
    requestedBy,
    levels: ['lead'],
    decisions: [],
    status,
    createdAt: now,
  });
  const sandbox: SandboxState = {
    ...emptySandbox(now),
    users: byId([
      { id: 'lead.li', name: '李娜', role: 'lead', department: 'sales', team: 'east' },
      { id: 'trainee', name: '王芳', role: 'trainee', department: 'sales', team: 'east' },
      { id: 'u.zhangwei', name: '张伟', role: 'trainee', department: 'sales', team: 'east' },
    ]),
    teams: { east: { id: 'east', name: 'East', lead: 'lead.li' } },
    approvals: byId([request('AP-000001', 'trainee'), request('AP-000002', 'u.zhangwei'), request('AP-000003', 'trainee', 'rejected')]),
  };

  it('wait for the reviewer the engine asks at their level, not for the requester', () => {
    expect(waitingFor(sandbox, 'lead.li').map((a) => a.id)).toEqual(['AP-000002', 'AP-000001']);
    expect(waitingFor(sandbox, 'trainee')).toEqual([]);
  });

  it('of one’s own are all listed, whatever became of them', () => {
    expect(requestsBy(sandbox, 'trainee').map((a) => a.id)).toEqual(['AP-000003', 'AP-000001']);
  });
});

describe('recordLink', () => {
  const contacts = { 'CT-000001': { id: 'CT-000001', accountCode: 'C-SU-00236' } } as unknown as SandboxState['contacts'];

  it('opens a record in the area that works on its kind', () => {
    expect(recordLink({ contacts }, { entity: 'ticket', id: 'TK-000006' })).toEqual({ area: 'tickets', id: 'TK-000006' });
    expect(recordLink({ contacts }, { entity: 'account', id: 'C-SU-00236' })).toEqual({ area: 'customers', id: 'C-SU-00236' });
    expect(recordLink({ contacts }, { entity: 'task', id: 'TS-000001' })).toEqual({ area: 'work', id: 'TS-000001' });
    expect(recordLink({ contacts }, { entity: 'approval', id: 'AP-000001' })).toEqual({ area: 'work', id: 'AP-000001' });
    expect(recordLink({ contacts }, { entity: 'approval', id: 'AP-000001' })).toEqual({ area: 'work', id: 'AP-000001' });
  });

  it('opens a contact on its customer’s page, and nothing for a contact that is gone', () => {
    expect(recordLink({ contacts }, { entity: 'contact', id: 'CT-000001' })).toEqual({ area: 'customers', id: 'C-SU-00236' });
    expect(recordLink({ contacts }, { entity: 'contact', id: 'CT-000099' })).toBeUndefined();
  });
});

describe('recordName', () => {
  const state = {
    accounts: { 'C-SU-00236': { code: 'C-SU-00236', nameZh: '苏州博亚精密机械有限公司', nameEn: 'Suzhou Boya Precision Machinery Co., Ltd.' } },
    contacts: {},
    tickets: { 'TK-000006': { id: 'TK-000006', subject: 'VMC850 主轴异响后停机' } },
    tasks: {},
  } as unknown as SandboxState;

  it('names a customer in the reader’s language, a ticket by its subject, and nothing it does not know', () => {
    expect(recordName(state, { entity: 'account', id: 'C-SU-00236' }, 'en')).toBe('Suzhou Boya Precision Machinery Co., Ltd.');
    expect(recordName(state, { entity: 'account', id: 'C-SU-00236' }, 'zh-CN')).toBe('苏州博亚精密机械有限公司');
    expect(recordName(state, { entity: 'ticket', id: 'TK-000006' }, 'en')).toBe('VMC850 主轴异响后停机');
    expect(recordName(state, { entity: 'task', id: 'TS-000099' }, 'en')).toBeUndefined();
    expect(recordName(state, { entity: 'quote', id: 'QT-000001' }, 'en')).toBeUndefined();
  });
});
