import { accountDeciders } from '../accounts/decide.ts';
import { normaliseAccountCode } from '../accounts/code.ts';
import { contactDeciders } from '../contacts/decide.ts';
import { Draft } from '../draft.ts';
import type { EventBody, SandboxEvent } from '../events.ts';
import { evolve } from '../evolve.ts';
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
 * The state as the contact and deal rules see it: the new customer's events
 * applied on a scratch draft, whose overlay tables cost nothing to write
 * even on a 10,000-customer sandbox. Only for deciding: the command's events
 * are what change the sandbox.
 */
function withCustomer(state: SandboxState, events: readonly EventBody[], context: DecideContext): SandboxState {
  const draft = new Draft(state, { scratch: true });
  for (const event of events) evolve(draft, { ...event, meta: { at: context.at, actor: context.actor.id } } as SandboxEvent);
  return draft.state;
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
  const after = withCustomer(state, account.events, context);
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
