import type { RejectionMessageKey } from './messages.ts';

/**
 * Every command is either applied, yielding events, or rejected with a typed
 * reason. A rejection is a value, never a throw: in CRM Drill a refusal is
 * something we show by the field and score.
 */

/** Why the sandbox refused a command. One list, used everywhere. */
export const rejectionCodes = [
  /** A required field is empty. */
  'validation.incomplete',
  /** A field does not follow the company's format (code, phone, email, choice). */
  'validation.format',
  /** The record looks like one that already exists; the user may confirm to create it anyway. */
  'duplicate.suspected',
  /** The internal code is already taken by another record. */
  'duplicate.code',
  /** The command names a record that does not exist. */
  'reference.unknown',
  /** The record's lifecycle does not allow this change from its current state. */
  'transition.not-allowed',
  /** The change must be approved first, or is held for approval. */
  'approval.required',
  /** The acting user's role may not do this. */
  'permission.denied',
  /** The order would take the customer past its credit limit. */
  'credit.limit-exceeded',
  /** No such command: the type is missing or unknown. */
  'command.unknown',
] as const;
export type RejectionCode = (typeof rejectionCodes)[number];

export function isRejectionCode(value: unknown): value is RejectionCode {
  return (rejectionCodes as readonly unknown[]).includes(value);
}

export interface Rejection {
  readonly code: RejectionCode;
  /** The command field the rejection is about, so a form can show it beside that field. */
  readonly field?: string;
  /** Key into the site's per-locale catalogues. */
  readonly messageKey: RejectionMessageKey;
  readonly params: Readonly<Record<string, string | number>>;
}

export type Result<E> =
  | { readonly ok: true; readonly events: readonly E[] }
  | { readonly ok: false; readonly rejection: Rejection };

export function applied<E>(...events: E[]): Result<E> {
  return { ok: true, events };
}

export function rejected(
  code: RejectionCode,
  field: string | undefined,
  messageKey: RejectionMessageKey,
  params: Record<string, string | number> = {},
): Result<never> {
  return { ok: false, rejection: field === undefined ? { code, messageKey, params } : { code, field, messageKey, params } };
}
