import { setup, transition } from 'xstate';

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

/** Resolved once per status: snapshots are immutable, and resolving is most of a transition's cost. */
const snapshots = new Map(accountStatuses.map((status) => [status, accountLifecycle.resolveState({ value: status })]));

/** The status after the event, or undefined when the lifecycle does not allow it from `status`. */
export function nextAccountStatus(status: AccountStatus, event: AccountLifecycleEvent): AccountStatus | undefined {
  const snapshot = snapshots.get(status);
  if (!snapshot) return undefined;
  if (!snapshot.can(event)) return undefined;
  const [next] = transition(accountLifecycle, snapshot, event);
  return next.value as AccountStatus;
}
