import type { DeadlineWatcher } from '../clock/deadlines.ts';
import type { EventBody } from '../events.ts';
import type { DecideContext } from '../module.ts';
import { chinaDateTime } from '../normalise/datetime.ts';
import { notify } from '../notifications/notify.ts';
import type { SandboxState } from '../state.ts';
import { systemUser } from '../users/records.ts';
import type { Task } from './records.ts';

/** The lead of the assignee's team, or "" when they have none. */
function teamLead(state: SandboxState, user: string): string {
  const team = state.users[user]?.team ?? '';
  return Object.hasOwn(state.teams, team) ? state.teams[team].lead : '';
}

function reminded(task: Task, context: DecideContext): EventBody[] {
  return [
    { type: 'task.reminded', data: { id: task.id, at: task.remindAt } },
    ...notify(context, {
      to: [task.assignee],
      kind: 'reminder',
      about: { entity: 'task', id: task.id },
      messageKey: 'notification.task.reminder',
      params: { id: task.id, title: task.title, due: chinaDateTime(task.dueAt) },
    }),
  ];
}

function overdue(state: SandboxState, task: Task, context: DecideContext): EventBody[] {
  return [
    { type: 'task.overdue', data: { id: task.id, at: task.dueAt } },
    ...notify(context, {
      to: [task.assignee, teamLead(state, task.assignee)],
      kind: 'overdue',
      about: { entity: 'task', id: task.id },
      messageKey: 'notification.task.overdue',
      params: { id: task.id, title: task.title, due: chinaDateTime(task.dueAt), assignee: state.users[task.assignee]?.name ?? task.assignee },
    }),
  ];
}

/**
 * Reminders and overdue marks for open tasks whose moments the clock
 * reaches, each once, task by task in creation order, the reminder first.
 * A reminder whose moment had already passed when the task was created goes
 * out at the next advance: late is better than never.
 */
export const taskDeadlines: DeadlineWatcher = (state, to, context) => {
  // The clock, not whoever moved it, sends these: an assignee who advanced the clock is told too.
  const system = { ...context, actor: systemUser };
  const events: EventBody[] = [];
  for (const id in state.tasks) {
    const task = state.tasks[id];
    if (task.done) continue;
    if (task.remindedAt === undefined && task.remindAt <= to) events.push(...reminded(task, system));
    if (task.overdueAt === undefined && task.dueAt <= to) events.push(...overdue(state, task, system));
  }
  return events;
};
