import type { Task } from './records.ts';

/** Events of this module, in the past tense. */
export type TaskEvent =
  | { readonly type: 'task.created'; readonly data: { readonly task: Task } }
  | { readonly type: 'task.completed'; readonly data: { readonly id: string } }
  | { readonly type: 'task.reassigned'; readonly data: { readonly id: string; readonly from: string; readonly to: string } }
  /** The reminder went out; `at` is when it was due to, not when the clock next moved. */
  | { readonly type: 'task.reminded'; readonly data: { readonly id: string; readonly at: number } }
  /** The task passed its due time undone; `at` is the due time. */
  | { readonly type: 'task.overdue'; readonly data: { readonly id: string; readonly at: number } };
