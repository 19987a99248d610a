import type { SandboxEvent } from './events.ts';
import type { RejectionMessageKey } from './messages.ts';
import type { RejectionCode, Result } from './result.ts';

/** The mistake taxonomy, from real roll-out failures. One list, used everywhere. */
export const mistakeCodes = [
  'validation.incomplete',
  'validation.format',
  'duplicate.created',
  'process.skipped-approval',
  'process.wrong-transition',
  'deadline.missed',
  'data.lost',
  'assignment.wrong-owner',
  'log.missing-activity',
  'notify.team-not-informed',
] as const;
export type MistakeCode = (typeof mistakeCodes)[number];

export function isMistakeCode(value: unknown): value is MistakeCode {
  return (mistakeCodes as readonly unknown[]).includes(value);
}

/** What the process expected instead, as a message key of the site's catalogues and its parameters. */
export interface Expectation {
  readonly messageKey: RejectionMessageKey | ExpectationMessageKey;
  readonly params: Readonly<Record<string, string | number>>;
}

/**
 * Expectation keys of the mistakes the engine and the scenario rules name
 * themselves (a refused command's expectation is its rejection message). The
 * site's catalogues hold each in every locale.
 */
export const expectationMessageKeys = [
  'expectation.searchFirst',
  'expectation.sla',
  'expectation.taskDue',
  'expectation.stepDeadline',
  'expectation.owner',
  'expectation.keepField',
  'expectation.keepStep',
  'expectation.logActivity',
  'expectation.tellTeam',
] as const;
export type ExpectationMessageKey = (typeof expectationMessageKeys)[number];

export function expectation(messageKey: ExpectationMessageKey, params: Expectation['params'] = {}): Expectation {
  return { messageKey, params };
}

export interface MistakeSighting {
  readonly code: MistakeCode;
  readonly field?: string;
  readonly expected: Expectation;
}

/** Refusals that are mistakes in themselves; the others (a duplicate warning, an unknown record) are the system doing its job. */
const mistakenRefusals: Partial<Record<RejectionCode, MistakeCode>> = {
  'validation.incomplete': 'validation.incomplete',
  'validation.format': 'validation.format',
  'transition.not-allowed': 'process.wrong-transition',
  'approval.required': 'process.skipped-approval',
  /** Confirming past the credit limit instead of asking for a raise first. */
  'credit.limit-exceeded': 'process.skipped-approval',
};

function duplicate(duplicateOf: string | undefined): MistakeSighting[] {
  return duplicateOf === undefined ? [] : [{ code: 'duplicate.created', expected: expectation('expectation.searchFirst', { existing: duplicateOf }) }];
}

/** What an applied event shows, when it shows a mistake: a record (a customer, contact, lead or product) created past the duplicate warning. */
function mistakesIn(event: SandboxEvent): MistakeSighting[] {
  switch (event.type) {
    case 'account.created':
      return duplicate(event.data.account.duplicateOf);
    case 'contact.created':
      return duplicate(event.data.contact.duplicateOf);
    case 'lead.created':
      return duplicate(event.data.lead.duplicateOf);
    case 'product.created':
      return duplicate(event.data.product.duplicateOf);
    default:
      return [];
  }
}

/** The mistakes a command's outcome shows, each with the field it is about when there is one. */
export function classify(result: Result<SandboxEvent>): MistakeSighting[] {
  if (!result.ok) {
    const { code, field, messageKey, params } = result.rejection;
    const mistake = mistakenRefusals[code];
    return mistake ? [{ code: mistake, field, expected: { messageKey, params } }] : [];
  }
  return result.events.flatMap(mistakesIn);
}
