import type { EventBody } from '../events.ts';
import type { DecideContext } from '../module.ts';
import type { SandboxState } from '../state.ts';
import { taskDeadlines } from '../tasks/deadlines.ts';
import { ticketDeadlines } from '../tickets/deadlines.ts';

/**
 * What fires when the simulated clock passes a moment: the events for every
 * deadline in (state.now, to], in the order the watchers are listed. A
 * watcher reads the state before the clock moves.
 */
export type DeadlineWatcher = (state: SandboxState, to: number, context: DecideContext) => EventBody[];

export const deadlineWatchers: readonly DeadlineWatcher[] = [ticketDeadlines, taskDeadlines];
