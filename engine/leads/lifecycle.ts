import { setup, transition } from 'xstate';

/**
 * A lead is new until someone reaches the person, qualified once there is a
 * real need and budget, then converted into a customer with a deal. It can
 * be disqualified, with a reason, at any point before conversion.
 */
export const leadStatuses = ['new', 'contacted', 'qualified', 'converted', 'disqualified'] as const;
export type LeadStatus = (typeof leadStatuses)[number];

/** Statuses in which a lead is still being worked; duplicate checks look only at these. */
export const openLeadStatuses: ReadonlySet<LeadStatus> = new Set(['new', 'contacted', 'qualified']);

export type LeadLifecycleEvent = { type: 'markContacted' } | { type: 'qualify' } | { type: 'disqualify' } | { type: 'convert' };

export const leadLifecycle = setup({
  types: { events: {} as LeadLifecycleEvent },
}).createMachine({
  id: 'lead',
  initial: 'new',
  states: {
    new: { on: { markContacted: 'contacted', disqualify: 'disqualified' } },
    contacted: { on: { qualify: 'qualified', disqualify: 'disqualified' } },
    qualified: { on: { convert: 'converted', disqualify: 'disqualified' } },
    converted: { type: 'final' },
    disqualified: { type: 'final' },
  },
});

/**
 * The machine has no guards and no context, so the answer depends only on
 * the status and the event: each pair is worked out once, because a replay
 * asks thousands of times.
 */
const moves = new Map<string, LeadStatus | undefined>();

/** The status after the event, or undefined when the lifecycle does not allow it from `status`. */
export function nextLeadStatus(status: LeadStatus, event: LeadLifecycleEvent): LeadStatus | undefined {
  const key = `${status}/${event.type}`;
  if (moves.has(key)) return moves.get(key);
  const snapshot = leadLifecycle.resolveState({ value: status });
  const next = snapshot.can(event) ? (transition(leadLifecycle, snapshot, event)[0].value as LeadStatus) : undefined;
  moves.set(key, next);
  return next;
}
