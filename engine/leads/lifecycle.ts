import { setup } from 'xstate';
import { movesOf } from '../lifecycle.ts';

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

/** The status after the event, or undefined when the lifecycle does not allow it from `status`. */
export const nextLeadStatus = movesOf<LeadStatus, LeadLifecycleEvent>(leadLifecycle);
