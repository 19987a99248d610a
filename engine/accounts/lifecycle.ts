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

/** Answers worked out once per status and event: the machine is fixed, so the answer never changes. */
const answers = new Map<string, AccountStatus | undefined>();

/** The status after the event, or undefined when the lifecycle does not allow it from `status`. */
export function nextAccountStatus(status: AccountStatus, event: AccountLifecycleEvent): AccountStatus | undefined {
  const key = `${status} ${event.type}`;
  if (!answers.has(key)) {
    const snapshot = accountLifecycle.resolveState({ value: status });
    answers.set(key, snapshot.can(event) ? (transition(accountLifecycle, snapshot, event)[0].value as AccountStatus) : undefined);
  }
  return answers.get(key);
}
