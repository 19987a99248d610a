import { describe, expect, it } from 'vitest';
import { initialTransition } from 'xstate';
import { accountLifecycle, accountStatuses, nextAccountStatus, type AccountLifecycleEvent, type AccountStatus } from './lifecycle.ts';

const table: readonly [AccountStatus, AccountLifecycleEvent['type'], AccountStatus | undefined][] = [
  ['prospect', 'activate', 'active'],
  ['prospect', 'markDormant', undefined],
  ['prospect', 'reactivate', undefined],
  ['active', 'activate', undefined],
  ['active', 'markDormant', 'dormant'],
  ['active', 'reactivate', undefined],
  ['dormant', 'activate', undefined],
  ['dormant', 'markDormant', undefined],
  ['dormant', 'reactivate', 'active'],
];

describe('nextAccountStatus', () => {
  it.each(table)('%s + %s → %s', (status, event, expected) => {
    expect(nextAccountStatus(status, { type: event })).toBe(expected);
  });

  it('covers every status with every event', () => {
    const events: AccountLifecycleEvent['type'][] = ['activate', 'markDormant', 'reactivate'];
    const covered = new Set(table.map(([status, event]) => `${status}/${event}`));
    expect(covered).toEqual(new Set(accountStatuses.flatMap((status) => events.map((event) => `${status}/${event}`))));
  });

  it('starts an account as a prospect', () => {
    const [snapshot] = initialTransition(accountLifecycle);
    expect(snapshot.value).toBe('prospect');
    expect(accountStatuses).toContain(snapshot.value);
  });
});
