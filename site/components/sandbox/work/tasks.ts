import type { SandboxState } from '../../../../engine/state.ts';
import type { Task } from '../../../../engine/tasks/records.ts';
import { dueState, type Due } from './due.ts';

/** Where a task stands on the simulated clock: done, past due, past its reminder, or ahead. */
export type TaskState = 'done' | 'overdue' | 'soon' | 'open';

export function taskState(task: Task, now: number): TaskState {
  if (task.done) return 'done';
  const due = taskDue(task, now);
  if (due.late) return 'overdue';
  return due.soon ? 'soon' : 'open';
}

/** Time left to the due time (close once the reminder time has come), or how late the task is. */
export function taskDue(task: Task, now: number): Due {
  return dueState(now, task.dueAt, task.remindAt);
}

export const taskOwners = ['mine', 'others', 'all'] as const;
export type TaskOwner = (typeof taskOwners)[number];

export interface TaskFilter {
  /** Whose tasks: assigned to `me`, to colleagues, or anyone's. */
  readonly owner: TaskOwner;
  readonly showDone: boolean;
}

/** The tasks a filter keeps: open ones by due time, soonest first, then done ones, last done first. */
export function listTasks(state: Pick<SandboxState, 'tasks'>, me: string, filter: TaskFilter): Task[] {
  const ownerFits = (task: Task) => filter.owner === 'all' || (task.assignee === me) === (filter.owner === 'mine');
  const rank = (task: Task) => (task.done ? -(task.completedAt ?? task.createdAt) : task.dueAt);
  return Object.values(state.tasks)
    .filter((task) => ownerFits(task) && (filter.showDone || !task.done))
    .sort((a, b) => Number(a.done) - Number(b.done) || rank(a) - rank(b) || a.id.localeCompare(b.id));
}
