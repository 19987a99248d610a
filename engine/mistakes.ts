import type { SandboxEvent } from './events.ts';
import type { Result } from './result.ts';

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

/**
 * The mistakes a command's outcome shows. A refused bad format or missing
 * field is a mistake; a duplicate warning is the system doing its job, but
 * confirming past it to create the duplicate is a mistake.
 */
export function classify(result: Result<SandboxEvent>): MistakeSighting[] {
  if (!result.ok) {
    const { code, field } = result.rejection;
    switch (code) {
      case 'validation.incomplete':
      case 'validation.format':
        return [{ code, field }];
      case 'transition.not-allowed':
        return [{ code: 'process.wrong-transition', field }];
      default:
        return [];
    }
  }
  return result.events.flatMap((event): MistakeSighting[] =>
    event.type === 'account.created' && event.data.account.duplicateOf !== undefined ? [{ code: 'duplicate.created' }] : [],
  );
}
