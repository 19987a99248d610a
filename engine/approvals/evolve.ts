import type { Evolvers } from '../module.ts';
import type { ApprovalEvent } from './events.ts';

export const approvalEvolvers: Evolvers<ApprovalEvent> = {
  'approval.requested': (draft, { approval }) => draft.insert('approvals', approval.id, approval),
  'approval.decided': (draft, { id, decision, status }) =>
    draft.update('approvals', id, { decisions: [...draft.state.approvals[id].decisions, decision], status }),
};
