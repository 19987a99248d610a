import type { Evolvers } from '../module.ts';
import type { OpportunityEvent } from './events.ts';

export const opportunityEvolvers: Evolvers<OpportunityEvent> = {
  'opportunity.created': (draft, { opportunity }) => draft.insert('opportunities', opportunity.id, opportunity),
  'opportunity.updated': (draft, { id, after }) => draft.update('opportunities', id, after),
  'opportunity.stageChanged': (draft, { id, to }) => draft.update('opportunities', id, { stage: to }),
  'opportunity.won': (draft, { id }, { at }) => draft.update('opportunities', id, { stage: 'won', closedAt: at }),
  'opportunity.lost': (draft, { id, reason }, { at }) => draft.update('opportunities', id, { stage: 'lost', lostReason: reason, closedAt: at }),
  'opportunity.ownerChanged': (draft, { id, to }) => draft.update('opportunities', id, { owner: to }),
  'opportunity.teamMemberAdded': (draft, { id, user }) =>
    draft.update('opportunities', id, { team: [...draft.state.opportunities[id].team, user] }),
  'opportunity.teamMemberRemoved': (draft, { id, user }) =>
    draft.update('opportunities', id, { team: draft.state.opportunities[id].team.filter((member) => member !== user) }),
};
