import type { SandboxEvent } from './events.ts';
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

export interface MistakeSighting {
  readonly code: MistakeCode;
  readonly field?: string;
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

/** What an applied event shows, when it shows a mistake: creating a record past the duplicate warning. */
function mistakeIn(event: SandboxEvent): MistakeCode | undefined {
  switch (event.type) {
    case 'account.created':
      return event.data.account.duplicateOf === undefined ? undefined : 'duplicate.created';
    case 'contact.created':
      return event.data.contact.duplicateOf === undefined ? undefined : 'duplicate.created';
    case 'lead.created':
      return event.data.lead.duplicateOf === undefined ? undefined : 'duplicate.created';
    case 'ticket.slaBreached':
    case 'task.overdue':
      return 'deadline.missed';
    default:
      return undefined;
  }
}

/** The mistakes a command's outcome shows, each with the field it is about when there is one. */
export function classify(result: Result<SandboxEvent>): MistakeSighting[] {
  if (!result.ok) {
    const code = mistakenRefusals[result.rejection.code];
    return code ? [{ code, field: result.rejection.field }] : [];
  }
  return result.events.flatMap((event): MistakeSighting[] => {
    const code = mistakeIn(event);
    return code ? [{ code }] : [];
  });
}
