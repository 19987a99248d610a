import { setup } from 'xstate';
import { movesOf } from '../lifecycle.ts';

/**
 * An account starts as a prospect, becomes active with its first business,
 * goes dormant when nothing happens for a long time, and can be won back.
 */
export const accountStatuses = ['prospect', 'active', 'dormant'] as const;
export type AccountStatus = (typeof accountStatuses)[number];

export type AccountLifecycleEvent = { type: 'activate' } | { type: 'markDormant' } | { type: 'reactivate' };

export const accountLifecycle = setup({
  types: { events: {} as AccountLifecycleEvent },
}).createMachine({
  id: 'account',
  initial: 'prospect',
  states: {
    prospect: { on: { activate: 'active' } },
    active: { on: { markDormant: 'dormant' } },
    dormant: { on: { reactivate: 'active' } },
  },
});

/** The status after the event, or undefined when the lifecycle does not allow it from `status`. */
export const nextAccountStatus = movesOf<AccountStatus, AccountLifecycleEvent>(accountLifecycle);
