import type { EventBody } from '../events.ts';
import { normaliseId } from '../ids.ts';
import type { DecideContext, Deciders } from '../module.ts';
import { cleanText } from '../normalise/text.ts';
import { notify } from '../notifications/notify.ts';
import { requireRole } from '../permissions.ts';
import { applied, rejected, type Result } from '../result.ts';
import type { SandboxState } from '../state.ts';
import { requireFilled } from '../validate.ts';
import type { ApprovalCommand } from './commands.ts';
import { approvalEffects } from './effects.ts';
import { nextApprovalStatus } from './lifecycle.ts';
import type { Approval, ApprovalDecision } from './records.ts';
import { approversFor } from './request.ts';

/**
 * One reviewer's verdict on a pending approval. The reviewer must hold the
 * role of the level it waits on (admins may stand in) and may not review
 * their own request. A rejection ends it; an approval moves it to the next
 * level, or, at the last, applies the change.
 */
function decideOn(verdict: ApprovalDecision['verdict']) {
  return (state: SandboxState, data: { id: string; comment: string }, context: DecideContext): Result<EventBody> => {
    if (verdict === 'rejected') {
      const missing = requireFilled(data, ['comment']);
      if (missing) return missing;
    }
    const approval = state.approvals[normaliseId(data.id)];
    if (!approval) return rejected('reference.unknown', 'id', 'rejection.reference.approval', { id: data.id });
    const lastLevel = approval.decisions.length + 1 === approval.levels.length;
    const status = nextApprovalStatus(approval.status, verdict === 'approved' ? { type: 'approve', lastLevel } : { type: 'reject' });
    if (status === undefined) return rejected('transition.not-allowed', 'id', 'rejection.approval.closed', { id: approval.id, status: approval.status });
    const level = approval.levels[approval.decisions.length];
    const denied = requireRole(context.actor, [level]);
    if (denied) return denied;
    if (approval.requestedBy === context.actor.id) return rejected('permission.denied', 'actor', 'rejection.approval.own-request', { id: approval.id });

    const decision: ApprovalDecision = { by: context.actor.id, role: context.actor.role, verdict, comment: cleanText(data.comment), at: context.at };
    const decided: Approval = { ...approval, decisions: [...approval.decisions, decision], status };
    const about = { entity: 'approval', id: approval.id } as const;
    const effect = approvalEffects[approval.kind];
    return applied(
      { type: 'approval.decided', data: { id: approval.id, decision, status } },
      ...(status === 'approved' ? effect.approved(state, decided, context) : []),
      ...(status === 'rejected' ? effect.rejected(state, decided, context) : []),
      ...(status === 'pending'
        ? notify(context, {
            to: approversFor(state, approval.requestedBy, approval.levels[decided.decisions.length]),
            kind: 'approval.requested',
            about,
            messageKey: `notification.approval.${approval.kind}`,
            params: { id: approval.id, about: approval.about.id },
          })
        : notify(context, {
            to: [approval.requestedBy],
            kind: 'approval.decided',
            about,
            messageKey: `notification.approval.${status}`,
            params: { id: approval.id, about: approval.about.id },
          })),
    );
  };
}

export const approvalDeciders: Deciders<ApprovalCommand> = {
  'approval.approve': decideOn('approved'),
  'approval.reject': decideOn('rejected'),
};
