import { describe, expect, it } from 'vitest';
import { nextQuoteStatus, quoteStatuses, type QuoteLifecycleEvent, type QuoteStatus } from './lifecycle.ts';

const events: QuoteLifecycleEvent[] = [
  { type: 'submit', withinLimits: true },
  { type: 'submit', withinLimits: false },
  { type: 'approve' },
  { type: 'reject' },
  { type: 'revise' },
  { type: 'send' },
  { type: 'accept' },
  { type: 'decline' },
];

const label = (event: QuoteLifecycleEvent) => (event.type === 'submit' ? `submit/${event.withinLimits ? 'within' : 'over'}` : event.type);

/** Every move the lifecycle allows; every other status and event pair is refused. */
const allowed: Record<string, QuoteStatus> = {
  'draft submit/within': 'approved',
  'draft submit/over': 'pendingApproval',
  'pendingApproval approve': 'approved',
  'pendingApproval reject': 'rejected',
  'rejected revise': 'draft',
  'approved send': 'sent',
  'sent accept': 'accepted',
  'sent decline': 'declined',
};

describe('quote lifecycle', () => {
  const pairs = quoteStatuses.flatMap((status) => events.map((event) => [status, label(event), event] as const));

  it.each(pairs)('%s + %s', (status, name, event) => {
    expect(nextQuoteStatus(status, event)).toBe(allowed[`${status} ${name}`]);
  });

  it('remembers submits within and over the limits apart', () => {
    expect(nextQuoteStatus('draft', { type: 'submit', withinLimits: false })).toBe('pendingApproval');
    expect(nextQuoteStatus('draft', { type: 'submit', withinLimits: true })).toBe('approved');
  });

  it('lists every allowed move against a real status', () => {
    expect(Object.keys(allowed).filter((key) => !pairs.some(([status, name]) => `${status} ${name}` === key))).toEqual([]);
  });
});
