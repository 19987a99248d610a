import { setup } from 'xstate';
import { movesOf } from '../lifecycle.ts';

/**
 * A quote is drafted, then submitted: a quote whose every line is within the
 * pricing limits is approved at once; one with a price or discount beyond
 * them waits for a lead (seed 000: price approval only when the price
 * deviates from the list). A rejected quote goes back to draft to be
 * revised. Only an approved quote may be sent, and the customer accepts or
 * declines a sent one.
 */
export const quoteStatuses = ['draft', 'pendingApproval', 'approved', 'rejected', 'sent', 'accepted', 'declined', 'expired'] as const;
export type QuoteStatus = (typeof quoteStatuses)[number];

export type QuoteLifecycleEvent =
  /** `withinLimits`: every line's price and discount is within the process's limits. */
  | { type: 'submit'; withinLimits: boolean }
  | { type: 'approve' }
  | { type: 'reject' }
  | { type: 'revise' }
  | { type: 'send' }
  | { type: 'accept' }
  | { type: 'decline' };

export const quoteLifecycle = setup({
  types: { events: {} as QuoteLifecycleEvent },
  guards: {
    withinLimits: ({ event }) => event.type === 'submit' && event.withinLimits,
  },
}).createMachine({
  id: 'quote',
  initial: 'draft',
  states: {
    draft: { on: { submit: [{ guard: 'withinLimits', target: 'approved' }, { target: 'pendingApproval' }] } },
    pendingApproval: { on: { approve: 'approved', reject: 'rejected' } },
    rejected: { on: { revise: 'draft' } },
    approved: { on: { send: 'sent' } },
    sent: { on: { accept: 'accepted', decline: 'declined' } },
    accepted: { type: 'final' },
    declined: { type: 'final' },
    // The status exists for a sent quote that lapses at `validUntil`; the engine has no watcher for it yet.
    expired: { type: 'final' },
  },
});

/** Statuses from which sending would skip the price approval, as opposed to a quote already sent or closed. */
export const unapprovedStatuses: ReadonlySet<QuoteStatus> = new Set(['draft', 'pendingApproval', 'rejected']);

/** The status after the event, or undefined when the lifecycle does not allow it; the submit guard reads only the event's `withinLimits`. */
export const nextQuoteStatus = movesOf<QuoteStatus, QuoteLifecycleEvent>(quoteLifecycle, (event) =>
  event.type === 'submit' ? `submit/${event.withinLimits}` : event.type,
);
