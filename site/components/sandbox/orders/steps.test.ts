import { describe, expect, it } from 'vitest';
import { cancellable, fulfilment, stepStates } from './steps.ts';

describe('stepStates', () => {
  it('puts a draft order at the credit-checked confirmation', () => {
    expect(stepStates('draft')).toEqual(['next', 'later', 'later', 'later', 'later', 'later']);
  });

  it('marks the steps taken as done and the lifecycle’s next move as next', () => {
    expect(stepStates('shipped')).toEqual(['done', 'done', 'done', 'next', 'later', 'later']);
    expect(stepStates('paid')).toEqual(fulfilment.map(() => 'done'));
  });

  it('stops every step of a cancelled order', () => {
    expect(stepStates('cancelled')).toEqual(fulfilment.map(() => 'stopped'));
  });
});

describe('cancellable', () => {
  it('is true only before the goods are picked', () => {
    expect(cancellable('draft')).toBe(true);
    expect(cancellable('confirmed')).toBe(true);
    expect(cancellable('picked')).toBe(false);
    expect(cancellable('cancelled')).toBe(false);
  });
});
