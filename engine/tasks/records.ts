import type { RecordRef } from '../refs.ts';

/** Something a user must do by a time on the simulated clock, e.g. a scheduled visit (seed 003). */
export interface Task {
  readonly id: string;
  readonly title: string;
  readonly assignee: string;
  readonly dueAt: number;
  /** When to remind the assignee, at or before dueAt. */
  readonly remindAt: number;
  /** What it is about, if anything. */
  readonly about?: RecordRef;
  readonly done: boolean;
  readonly remindedAt?: number;
  readonly overdueAt?: number;
  readonly createdAt: number;
  /** User id of who created it; they may complete or hand it on as well as the assignee. */
  readonly createdBy: string;
  /** When it was marked done. */
  readonly completedAt?: number;
}
