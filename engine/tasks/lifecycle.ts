import { setup, transition } from 'xstate';
import type { Task } from './records.ts';

/**
 * A task is open until it is done. While open it can be handed to someone
 * else; being overdue is a mark on an open task, not a state of its own,
 * because an overdue visit must still be made.
 */
export const taskStatuses = ['open', 'done'] as const;
export type TaskStatus = (typeof taskStatuses)[number];

export type TaskLifecycleEvent = { type: 'complete' } | { type: 'reassign' };

export const taskLifecycle = setup({
  types: { events: {} as TaskLifecycleEvent },
}).createMachine({
  id: 'task',
  initial: 'open',
  states: {
    open: { on: { complete: 'done', reassign: 'open' } },
    done: {},
  },
});

export function taskStatus(task: Task): TaskStatus {
  return task.done ? 'done' : 'open';
}

/** Resolved once per status: snapshots are immutable, and resolving is most of a transition's cost. */
const snapshots = new Map(taskStatuses.map((status) => [status, taskLifecycle.resolveState({ value: status })]));

/** The status after the event, or undefined when the lifecycle does not allow it from `status`. */
export function nextTaskStatus(status: TaskStatus, event: TaskLifecycleEvent): TaskStatus | undefined {
  const snapshot = snapshots.get(status);
  if (!snapshot?.can(event)) return undefined;
  return transition(taskLifecycle, snapshot, event)[0].value as TaskStatus;
}
