import type { Evolvers } from '../module.ts';
import type { LeadEvent } from './events.ts';

export const leadEvolvers: Evolvers<LeadEvent> = {
  'lead.created': (draft, { lead }) => draft.insert('leads', lead.id, lead),
  'lead.contacted': (draft, { id }) => draft.update('leads', id, { status: 'contacted' }),
  'lead.qualified': (draft, { id }) => draft.update('leads', id, { status: 'qualified' }),
  'lead.disqualified': (draft, { id, reason }) => draft.update('leads', id, { status: 'disqualified', disqualifyReason: reason }),
  'lead.converted': (draft, { id, account, contact, opportunity }) =>
    draft.update('leads', id, { status: 'converted', converted: { account, contact, opportunity } }),
};
