import { describe, expect, it } from 'vitest';
import { primaryAction, quoteActions } from './actions.ts';

describe('quoteActions', () => {
  it('offers submit on a draft, with send beside it for the engine to refuse', () => {
    expect(quoteActions('draft')).toEqual(['submit', 'send']);
    expect(primaryAction('draft')).toBe('submit');
  });

  it('offers only send while the quote waits for approval', () => {
    expect(quoteActions('pendingApproval')).toEqual(['send']);
    expect(primaryAction('pendingApproval')).toBeUndefined();
  });

  it('offers revise after a rejection, send once approved, the customer’s answer once sent', () => {
    expect(quoteActions('rejected')).toEqual(['revise', 'send']);
    expect(primaryAction('rejected')).toBe('revise');
    expect(quoteActions('approved')).toEqual(['send']);
    expect(primaryAction('approved')).toBe('send');
    expect(quoteActions('sent')).toEqual(['accept', 'decline']);
  });

  it('offers nothing on a closed quote', () => {
    for (const status of ['accepted', 'declined', 'expired'] as const) expect(quoteActions(status)).toEqual([]);
  });
});
