import { setup } from 'xstate';
import { movesOf } from '../lifecycle.ts';
import type { Approval } from './records.ts';

/**
 * An approval request waits while reviewers decide, level after level: an
 * approval at the last level approves it, at an earlier level it keeps
 * waiting for the next; a rejection at any level ends it.
 */
export type ApprovalStatus = Approval['status'];

export type ApprovalLifecycleEvent = { type: 'approve'; lastLevel: boolean } | { type: 'reject' };

export const approvalLifecycle = setup({
  types: { events: {} as ApprovalLifecycleEvent },
  guards: {
    atLastLevel: ({ event }) => event.type === 'approve' && event.lastLevel,
  },
}).createMachine({
  id: 'approval',
  initial: 'pending',
  states: {
    pending: {
      on: {
        approve: [{ guard: 'atLastLevel', target: 'approved' }, { target: 'pending' }],
        reject: 'rejected',
      },
    },
    approved: { type: 'final' },
    rejected: { type: 'final' },
  },
});

/** The status after a reviewer's verdict, or undefined once the request is decided. */
export const nextApprovalStatus = movesOf<ApprovalStatus, ApprovalLifecycleEvent>(approvalLifecycle, (event) =>
  event.type === 'approve' ? `approve/${event.lastLevel}` : event.type,
);
