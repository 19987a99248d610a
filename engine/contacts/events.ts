import type { Contact } from './records.ts';

/** The fields `contact.update` may change. */
export type ContactDetails = Pick<Contact, 'title' | 'role' | 'phone' | 'email'>;

export type ContactEvent =
  | { readonly type: 'contact.created'; readonly data: { readonly contact: Contact } }
  | {
      readonly type: 'contact.updated';
      readonly data: { readonly id: string; readonly before: Partial<ContactDetails>; readonly after: Partial<ContactDetails> };
    };
