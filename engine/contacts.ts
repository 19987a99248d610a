import { normaliseAccountCode } from './account-code.ts';
import type { Command } from './commands.ts';
import type { SandboxEvent } from './events.ts';
import { normaliseEmail } from './normalise/email.ts';
import { normalisePhone } from './normalise/phone.ts';
import { cleanText } from './normalise/text.ts';
import { contactId, type SandboxState } from './records.ts';
import { applied, rejected, type Result } from './result.ts';

type ContactCreate = Extract<Command, { type: 'contact.create' }>;

const requiredFields = ['accountCode', 'name', 'phone'] as const;

/** A person at an existing customer, with a valid phone and, if given, a valid email. */
export function decideContactCreate(state: SandboxState, command: ContactCreate): Result<SandboxEvent> {
  const { data, meta } = command;
  const missing = requiredFields.find((field) => cleanText(data[field]) === '');
  if (missing) return rejected('validation.incomplete', missing, 'rejection.incomplete');

  const accountCode = normaliseAccountCode(data.accountCode);
  if (!state.accounts[accountCode])
    return rejected('reference.unknown', 'accountCode', 'rejection.reference.account', { code: data.accountCode });

  const phone = normalisePhone(data.phone);
  if (phone === undefined) return rejected('validation.format', 'phone', 'rejection.format.phone', { received: data.phone });

  const typedEmail = cleanText(data.email);
  const email = typedEmail === '' ? '' : normaliseEmail(typedEmail);
  if (email === undefined) return rejected('validation.format', 'email', 'rejection.format.email', { received: data.email });

  return applied({
    type: 'contact.created',
    data: {
      contact: {
        id: contactId(state.nextContact),
        accountCode,
        name: cleanText(data.name),
        title: cleanText(data.title),
        phone,
        email,
        createdAt: meta.at,
      },
    },
    meta,
  });
}
