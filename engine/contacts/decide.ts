import { normaliseAccountCode } from '../accounts/code.ts';
import { normaliseId } from '../ids.ts';
import type { EventBody } from '../events.ts';
import type { DecideContext, Deciders } from '../module.ts';
import { cleanText } from '../normalise/text.ts';
import { applied, rejected, type Result } from '../result.ts';
import { lookUp, type SandboxState } from '../state.ts';
import { checkEmail, checkPhone, requireFilled } from '../validate.ts';
import type { ContactCommand } from './commands.ts';
import type { ContactDetails } from './events.ts';
import { contactRoles, type ContactRole } from './records.ts';

type Data<T extends ContactCommand['type']> = Extract<ContactCommand, { type: T }>['data'];

function checkRole(typed: string): ContactRole | Result<never> {
  return (contactRoles as readonly string[]).includes(typed)
    ? (typed as ContactRole)
    : rejected('validation.format', 'role', 'rejection.format.contact-role', { received: typed, expected: contactRoles.join(', ') });
}

/**
 * A person at an existing customer, with a valid phone and, if given, a
 * valid email. A phone or email that another contact already has is most
 * likely the same person entered twice (seed 002), so it is flagged unless
 * the user confirms.
 */
function create(state: SandboxState, data: Data<'contact.create'>, { at, ids }: DecideContext): Result<EventBody> {
  const missing = requireFilled(data, ['accountCode', 'name', 'phone']);
  if (missing) return missing;

  const accountCode = normaliseAccountCode(data.accountCode);
  if (!state.accounts[accountCode])
    return rejected('reference.unknown', 'accountCode', 'rejection.reference.account', { code: data.accountCode });

  const phone = checkPhone(data.phone);
  if (typeof phone !== 'string') return phone;
  const email = checkEmail(data.email);
  if (typeof email !== 'string') return email;
  const role = checkRole(data.role);
  if (typeof role !== 'string') return role;

  const samePhone = lookUp(state, 'contactPhones', phone);
  const sameEmail = email === '' ? undefined : lookUp(state, 'contactEmails', email);
  const duplicate = samePhone ?? sameEmail;
  if (duplicate && !data.confirmDuplicate)
    return rejected('duplicate.suspected', samePhone ? 'phone' : 'email', 'rejection.duplicate.contact', {
      id: duplicate,
      name: state.contacts[duplicate].name,
    });

  return applied({
    type: 'contact.created',
    data: {
      contact: {
        id: ids.next('contacts'),
        accountCode,
        name: cleanText(data.name),
        title: cleanText(data.title),
        role,
        phone,
        email,
        ...(duplicate ? { duplicateOf: duplicate } : {}),
        createdAt: at,
      },
    },
  });
}

/** Changes the given details; the event records each changed field before and after. */
function update(state: SandboxState, data: Data<'contact.update'>): Result<EventBody> {
  const contact = state.contacts[normaliseId(data.id)];
  if (!contact) return rejected('reference.unknown', 'id', 'rejection.reference.contact', { id: data.id });
  const after: { -readonly [K in keyof ContactDetails]?: ContactDetails[K] } = {};
  if (data.title !== undefined) after.title = cleanText(data.title);
  for (const [field, check] of [
    ['phone', checkPhone],
    ['email', checkEmail],
    ['role', checkRole],
  ] as const) {
    const typed = data[field];
    if (typed === undefined) continue;
    const value = check(typed);
    if (typeof value !== 'string') return value;
    Object.assign(after, { [field]: value });
  }
  const changed = (Object.keys(after) as (keyof ContactDetails)[]).filter((field) => after[field] !== contact[field]);
  if (changed.length === 0) return rejected('validation.incomplete', 'id', 'rejection.contact.nothing-changed', { id: contact.id });
  return applied({
    type: 'contact.updated',
    data: {
      id: contact.id,
      before: Object.fromEntries(changed.map((field) => [field, contact[field]])),
      after: Object.fromEntries(changed.map((field) => [field, after[field]])),
    },
  });
}

export const contactDeciders: Deciders<ContactCommand> = { 'contact.create': create, 'contact.update': update };
