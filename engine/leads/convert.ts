import { accountDeciders } from '../accounts/decide.ts';
import { normaliseAccountCode } from '../accounts/code.ts';
import type { Account } from '../accounts/records.ts';
import { contactDeciders } from '../contacts/decide.ts';
import type { EventBody } from '../events.ts';
import type { DecideContext } from '../module.ts';
import { cleanText } from '../normalise/text.ts';
import { opportunityDeciders } from '../opportunities/decide.ts';
import { applied, type Result } from '../result.ts';
import type { SandboxState } from '../state.ts';
import { requireFilled } from '../validate.ts';
import type { LeadCommand } from './commands.ts';
import type { Lead } from './records.ts';

type ConvertData = Extract<LeadCommand, { type: 'lead.convert' }>['data'];

/** The first event of `type` among an applied create's events, which always has one. */
function createdBy<T extends EventBody['type']>(events: readonly EventBody[], type: T): Extract<EventBody, { type: T }> {
  const event = events.find((candidate): candidate is Extract<EventBody, { type: T }> => candidate.type === type);
  if (!event) throw new Error(`unreachable: the applied command yielded no ${type}`);
  return event;
}

/**
 * The state as the contact and deal rules see it: the new customer laid over
 * the accounts table, which they look it up in by code. Not a Draft: a Draft
 * copies each table on its first write, and copying a 10,000-customer
 * sandbox's tables and indexes took ~100 ms per conversion.
 */
function withAccount(state: SandboxState, account: Account): SandboxState {
  const accounts: Record<string, Account> = Object.create(state.accounts);
  accounts[account.code] = account;
  return { ...state, accounts };
}

/**
 * The customer, the person and the deal a qualified lead becomes, in one
 * command, each decided by its own module's rules: a bad code, a duplicate
 * customer or contact, a bad amount is refused exactly as creating that
 * record alone would be, with its own field. Everything goes to the lead's
 * owner, and the lead records what it became.
 */
export function convertLead(state: SandboxState, lead: Lead, data: ConvertData, context: DecideContext): Result<EventBody> {
  const account = accountDeciders['account.create'](
    state,
    {
      code: data.accountCode,
      nameZh: cleanText(data.nameZh) || lead.company,
      nameEn: data.nameEn,
      industry: data.industry,
      phone: lead.phone,
      address: '',
      annualValue: '',
      owner: lead.owner,
      confirmDuplicate: data.confirmDuplicate,
    },
    context,
  );
  if (!account.ok) return account;
  const after = withAccount(state, createdBy(account.events, 'account.created').data.account);
  const accountCode = normaliseAccountCode(data.accountCode);

  const contact = contactDeciders['contact.create'](
    after,
    { accountCode, name: lead.contactName, title: '', role: 'other', phone: lead.phone, email: lead.email, confirmDuplicate: data.confirmDuplicate },
    context,
  );
  if (!contact.ok) return contact;

  const missing = requireFilled(data, ['opportunityName']);
  if (missing) return missing;
  const opportunity = opportunityDeciders['opportunity.create'](
    after,
    { accountCode, name: data.opportunityName, amount: data.amount, expectedClose: '', owner: lead.owner },
    context,
  );
  if (!opportunity.ok) return opportunity;

  return applied(...account.events, ...contact.events, ...opportunity.events, {
    type: 'lead.converted',
    data: {
      id: lead.id,
      account: accountCode,
      contact: createdBy(contact.events, 'contact.created').data.contact.id,
      opportunity: createdBy(opportunity.events, 'opportunity.created').data.opportunity.id,
    },
  });
}
