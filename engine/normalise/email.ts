import * as z from 'zod/mini';
import { foldWidth } from './text.ts';

const emailSchema = z.email();

/**
 * Emails are trimmed, width-folded (an IME's "＠" becomes "@") and
 * lower-cased. Returns undefined when the result is not an address.
 */
export function normaliseEmail(input: string): string | undefined {
  const folded = foldWidth(input).trim().toLowerCase();
  return emailSchema.safeParse(folded).success ? folded : undefined;
}
