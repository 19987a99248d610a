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
