import { setup } from 'xstate';
import { movesOf } from '../lifecycle.ts';
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

/** A task's status, read from its record. */
export function taskStatus(task: Task): TaskStatus {
  return task.done ? 'done' : 'open';
}

/** The status after the event, or undefined when the lifecycle does not allow it from `status`. */
export const nextTaskStatus = movesOf<TaskStatus, TaskLifecycleEvent>(taskLifecycle);
