import { approversFor } from '../../../../engine/approvals/request.ts';
import type { Approval } from '../../../../engine/approvals/records.ts';
import type { SandboxState } from '../../../../engine/state.ts';

const newestFirst = (a: Approval, b: Approval) => b.createdAt - a.createdAt || b.id.localeCompare(a.id);

/** Pending requests that ask `user` to decide at the level they wait on: the people the engine notified for it. */
export function waitingFor(state: SandboxState, user: string): Approval[] {
  return Object.values(state.approvals)
    .filter((approval) => approval.status === 'pending' && approversFor(state, approval.requestedBy, approval.levels[approval.decisions.length]).includes(user))
    .sort(newestFirst);
}

/** The requests `user` made, newest first, whatever became of them. */
export function requestsBy(state: Pick<SandboxState, 'approvals'>, user: string): Approval[] {
  return Object.values(state.approvals)
    .filter((approval) => approval.requestedBy === user)
    .sort(newestFirst);
}
