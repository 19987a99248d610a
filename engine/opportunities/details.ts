import { parseAmount } from '../normalise/amount.ts';
import { parseDate } from '../normalise/date.ts';
import { cleanText } from '../normalise/text.ts';
import { rejected, type Result } from '../result.ts';
import type { SandboxState } from '../state.ts';
import type { OpportunityDetails } from './events.ts';
import type { Opportunity } from './records.ts';

/**
 * Typed text into a deal's details. Each field is optional: empty text
 * means "not known yet" (0 for the amount, "" for the rest).
 */

export function checkAmount(typed: string): number | Result<never> {
  if (cleanText(typed) === '') return 0;
  return parseAmount(typed) ?? rejected('validation.format', 'amount', 'rejection.format.amount', { received: typed });
}

export function checkExpectedClose(typed: string): string | Result<never> {
  if (cleanText(typed) === '') return '';
  return parseDate(typed) ?? rejected('validation.format', 'expectedClose', 'rejection.format.date', { received: typed });
}

/** A contact id, which must be someone at the deal's own customer. */
function checkDecisionMaker(state: SandboxState, opportunity: Opportunity, typed: string): string | Result<never> {
  const id = cleanText(typed).toUpperCase();
  if (id === '') return '';
  const contact = state.contacts[id];
  if (!contact) return rejected('reference.unknown', 'decisionMaker', 'rejection.reference.contact', { id: typed });
  if (contact.accountCode !== opportunity.accountCode)
    return rejected('validation.format', 'decisionMaker', 'rejection.opportunity.contact-elsewhere', {
      id: contact.id,
      name: contact.name,
      code: opportunity.accountCode,
    });
  return id;
}

interface DetailsInput {
  readonly amount?: string;
  readonly expectedClose?: string;
  readonly decisionMaker?: string;
  readonly needs?: string;
  readonly competitors?: string;
}

/** The details given, parsed and checked; fields not given are left out. */
export function parseDetails(state: SandboxState, opportunity: Opportunity, input: DetailsInput): Partial<OpportunityDetails> | Result<never> {
  const after: { -readonly [K in keyof OpportunityDetails]?: OpportunityDetails[K] } = {};
  if (input.amount !== undefined) {
    const amount = checkAmount(input.amount);
    if (typeof amount !== 'number') return amount;
    after.amount = amount;
  }
  for (const [field, check] of [
    ['expectedClose', checkExpectedClose],
    ['decisionMaker', (typed: string) => checkDecisionMaker(state, opportunity, typed)],
    ['needs', cleanText],
    ['competitors', cleanText],
  ] as const) {
    const typed = input[field];
    if (typed === undefined) continue;
    const value = check(typed);
    if (typeof value !== 'string') return value;
    after[field] = value;
  }
  return after;
}

/** Before and after of each field that the update really changes. */
export function changes(opportunity: Opportunity, after: Partial<OpportunityDetails>) {
  const changed = (Object.keys(after) as (keyof OpportunityDetails)[]).filter((field) => after[field] !== opportunity[field]);
  return {
    changed,
    before: Object.fromEntries(changed.map((field) => [field, opportunity[field]])) as Partial<OpportunityDetails>,
    after: Object.fromEntries(changed.map((field) => [field, after[field]])) as Partial<OpportunityDetails>,
  };
}
