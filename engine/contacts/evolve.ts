import type { Evolvers } from '../module.ts';
import type { ContactEvent } from './events.ts';

export const contactEvolvers: Evolvers<ContactEvent> = {
  'contact.created': (draft, { contact }) => {
    draft.insert('contacts', contact.id, contact);
    draft.index('contactPhones', contact.phone, contact.id);
    draft.index('contactEmails', contact.email, contact.id);
  },
  'contact.updated': (draft, { id, after }) => {
    draft.update('contacts', id, after);
    const contact = draft.state.contacts[id];
    draft.index('contactPhones', contact.phone, id);
    draft.index('contactEmails', contact.email, id);
  },
};
