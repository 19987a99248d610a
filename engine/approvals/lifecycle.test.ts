import { describe, expect, it } from 'vitest';
import { nextApprovalStatus, type ApprovalLifecycleEvent, type ApprovalStatus } from './lifecycle.ts';

const moves: readonly [ApprovalStatus, ApprovalLifecycleEvent, ApprovalStatus | undefined][] = [
  ['pending', { type: 'approve', lastLevel: true }, 'approved'],
  ['pending', { type: 'approve', lastLevel: false }, 'pending'],
  ['pending', { type: 'reject' }, 'rejected'],
  ['approved', { type: 'approve', lastLevel: true }, undefined],
  ['approved', { type: 'reject' }, undefined],
  ['rejected', { type: 'approve', lastLevel: false }, undefined],
  ['rejected', { type: 'reject' }, undefined],
];

describe('the approval lifecycle', () => {
  it.each(moves)('from %s, %j goes to %s', (status, event, expected) => {
    expect(nextApprovalStatus(status, event)).toBe(expected);
  });
});
