/** What a person does in the customer's buying decision. */
export const contactRoles = ['decision-maker', 'influencer', 'user', 'purchasing', 'finance', 'other'] as const;
export type ContactRole = (typeof contactRoles)[number];

/** A person at a customer. */
export interface Contact {
  readonly id: string;
  readonly accountCode: string;
  readonly name: string;
  /** Job title, free text. */
  readonly title: string;
  readonly role: ContactRole;
  /** E.164: a mainland mobile, a landline, or an international number. */
  readonly phone: string;
  /** Lower-cased address, or "" when unknown. */
  readonly email: string;
  /** Set when the contact was created although another had the same phone or email. */
  readonly duplicateOf?: string;
  readonly createdAt: number;
}
