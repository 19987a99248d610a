import type { EventBody } from '../events.ts';
import type { DecideContext } from '../module.ts';
import { notify } from '../notifications/notify.ts';
import type { RecordRef } from '../refs.ts';
import type { SandboxState } from '../state.ts';
import type { Role } from '../users/records.ts';
import type { Approval, ApprovalKind } from './records.ts';

/**
 * Who is asked to approve at a level: for `lead`, the requester's own team
 * lead when the team has one; otherwise everyone with the role.
 */
export function approversFor(state: SandboxState, requester: string, role: Role): string[] {
  const team = state.teams[state.users[requester]?.team ?? ''];
  if (role === 'lead' && team) return [team.lead];
  return Object.values(state.users)
    .filter((user) => user.role === role)
    .map((user) => user.id);
}

export interface ApprovalRequest {
  readonly kind: ApprovalKind;
  readonly about: RecordRef;
  readonly change: Approval['change'];
  readonly levels: readonly Role[];
}

/** The events that open an approval request and tell the first level's approvers. */
export function requestApproval(state: SandboxState, context: DecideContext, request: ApprovalRequest): EventBody[] {
  const approval: Approval = {
    id: context.ids.next('approvals'),
    ...request,
    requestedBy: context.actor.id,
    decisions: [],
    status: 'pending',
    createdAt: context.at,
  };
  return [
    { type: 'approval.requested', data: { approval } },
    ...notify(context, {
      to: approversFor(state, context.actor.id, request.levels[0]),
      kind: 'approval.requested',
      about: { entity: 'approval', id: approval.id },
      messageKey: `notification.approval.${request.kind}`,
      params: { id: approval.id, about: request.about.id },
    }),
  ];
}
