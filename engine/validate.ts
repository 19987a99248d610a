import { normaliseEmail } from './normalise/email.ts';
import { normalisePhone } from './normalise/phone.ts';
import { cleanText } from './normalise/text.ts';
import { rejected, type Result } from './result.ts';

/** A refusal naming the first of `fields` left empty (or only spaces), or undefined when all are filled. */
export function requireFilled<D extends object>(data: D, fields: readonly (keyof D & string)[]): Result<never> | undefined {
  const missing = fields.find((field) => {
    const value = data[field];
    return typeof value !== 'string' || cleanText(value) === '';
  });
  return missing === undefined ? undefined : rejected('validation.incomplete', missing, 'rejection.incomplete', { field: missing });
}

/** A phone number as typed, in E.164; or the refusal on the `phone` field. */
export function checkPhone(typed: string): string | Result<never> {
  return normalisePhone(typed) ?? rejected('validation.format', 'phone', 'rejection.format.phone', { received: typed });
}

/** An email as typed, lower-cased; empty means unknown (""); or the refusal on the `email` field. */
export function checkEmail(typed: string): string | Result<never> {
  const text = cleanText(typed);
  if (text === '') return '';
  return normaliseEmail(text) ?? rejected('validation.format', 'email', 'rejection.format.email', { received: typed });
}
