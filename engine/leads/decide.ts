import { findSuspectedDuplicate } from '../accounts/duplicates.ts';
import { checkOwner } from '../users/find.ts';
import { normaliseId } from '../ids.ts';
import type { EventBody } from '../events.ts';
import type { DecideContext, Deciders } from '../module.ts';
import { companyNameKey } from '../normalise/company-name.ts';
import { cleanText } from '../normalise/text.ts';
import { notify } from '../notifications/notify.ts';
import { applied, rejected, type Result } from '../result.ts';
import type { SandboxState } from '../state.ts';
import { checkEmail, checkPhone, requireFilled } from '../validate.ts';
import type { LeadCommand } from './commands.ts';
import { convertLead } from './convert.ts';
import { nextLeadStatus, openLeadStatuses, type LeadLifecycleEvent } from './lifecycle.ts';
import { isLeadSource, leadSources, type Lead } from './records.ts';

type Data<T extends LeadCommand['type']> = Extract<LeadCommand, { type: T }>['data'];

/** The lead a command names, typed in any case or width; or the refusal. */
function find(state: SandboxState, typed: string): Lead | Result<never> {
  return state.leads[normaliseId(typed)] ?? rejected('reference.unknown', 'id', 'rejection.reference.lead', { id: typed });
}

function notAllowed(lead: Lead, command: LeadCommand['type']): Result<never> {
  return rejected('transition.not-allowed', 'id', 'rejection.transition.lead', { id: lead.id, from: lead.status, command });
}

/**
 * A company that is a customer already, or that another open lead is about
 * (same name once legal form and city are set aside, or same phone), is
 * most likely entered twice: the form points at the company name.
 */
function suspectedDuplicate(state: SandboxState, company: string, companyKey: string, phone: string): { id: string; refusal: Result<never> } | undefined {
  const account = findSuspectedDuplicate(state, { nameZh: company, nameEn: '', phone });
  if (account)
    return {
      id: account.account.code,
      refusal: rejected('duplicate.suspected', 'company', 'rejection.duplicate.suspected', { code: account.account.code, name: account.account.nameZh }),
    };
  const lead = Object.values(state.leads).find((other) => openLeadStatuses.has(other.status) && (other.companyKey === companyKey || other.phone === phone));
  if (lead) return { id: lead.id, refusal: rejected('duplicate.suspected', 'company', 'rejection.duplicate.lead', { id: lead.id, company: lead.company }) };
  return undefined;
}

function create(state: SandboxState, data: Data<'lead.create'>, context: DecideContext): Result<EventBody> {
  const missing = requireFilled(data, ['company', 'contactName', 'phone', 'source']);
  if (missing) return missing;
  const phone = checkPhone(data.phone);
  if (typeof phone !== 'string') return phone;
  const email = checkEmail(data.email);
  if (typeof email !== 'string') return email;
  const source = cleanText(data.source);
  if (!isLeadSource(source)) return rejected('validation.format', 'source', 'rejection.format.choice', { received: data.source, expected: leadSources.join(', ') });
  const owner = checkOwner(state, data.owner, context.actor);
  if (typeof owner !== 'string') return owner;

  const company = cleanText(data.company);
  const companyKey = companyNameKey(company);
  const duplicate = suspectedDuplicate(state, company, companyKey, phone);
  if (duplicate && !data.confirmDuplicate) return duplicate.refusal;

  const lead: Lead = {
    id: context.ids.next('leads'),
    company,
    companyKey,
    contactName: cleanText(data.contactName),
    phone,
    email,
    source,
    owner,
    status: 'new',
    ...(duplicate ? { duplicateOf: duplicate.id } : {}),
    createdAt: context.at,
  };
  return applied(
    { type: 'lead.created', data: { lead } },
    ...notify(context, {
      to: [owner],
      kind: 'changed',
      about: { entity: 'lead', id: lead.id },
      messageKey: 'notification.lead.assigned',
      params: { id: lead.id, company },
    }),
  );
}

const lifecycleEvents = {
  'lead.markContacted': { type: 'markContacted' },
  'lead.qualify': { type: 'qualify' },
} as const satisfies Record<string, LeadLifecycleEvent>;

const movedEvents = { 'lead.markContacted': 'lead.contacted', 'lead.qualify': 'lead.qualified' } as const;

/** Moves a lead on, when its lifecycle allows the move from where it is. */
function lifecycle(type: keyof typeof lifecycleEvents) {
  return (state: SandboxState, data: { id: string }): Result<EventBody> => {
    const lead = find(state, data.id);
    if ('ok' in lead) return lead;
    if (nextLeadStatus(lead.status, lifecycleEvents[type]) === undefined) return notAllowed(lead, type);
    return applied({ type: movedEvents[type], data: { id: lead.id } });
  };
}

function disqualify(state: SandboxState, data: Data<'lead.disqualify'>): Result<EventBody> {
  const missing = requireFilled(data, ['reason']);
  if (missing) return missing;
  const lead = find(state, data.id);
  if ('ok' in lead) return lead;
  if (nextLeadStatus(lead.status, { type: 'disqualify' }) === undefined) return notAllowed(lead, 'lead.disqualify');
  return applied({ type: 'lead.disqualified', data: { id: lead.id, from: lead.status, reason: cleanText(data.reason) } });
}

/** Only a qualified lead becomes a customer: before that there is no known need to sell to. */
function convert(state: SandboxState, data: Data<'lead.convert'>, context: DecideContext): Result<EventBody> {
  const lead = find(state, data.id);
  if ('ok' in lead) return lead;
  if (nextLeadStatus(lead.status, { type: 'convert' }) === undefined) return notAllowed(lead, 'lead.convert');
  return convertLead(state, lead, data, context);
}

export const leadDeciders: Deciders<LeadCommand> = {
  'lead.create': create,
  'lead.markContacted': lifecycle('lead.markContacted'),
  'lead.qualify': lifecycle('lead.qualify'),
  'lead.disqualify': disqualify,
  'lead.convert': convert,
};
