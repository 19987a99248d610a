import { foldWidth } from './text.ts';

/**
 * Letters, digits and `_ ' + -` in dot-separated parts, then a domain whose
 * labels start with a letter or digit and a top-level domain of letters.
 * Written out rather than valibot's `email()`, which refuses apostrophes
 * (o'brien@…) and punycode domains (xn--…), both real addresses.
 */
const emailPattern = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;

/**
 * Emails are trimmed, width-folded (an IME's "＠" becomes "@") and
 * lower-cased. Returns undefined when the result is not an address.
 */
export function normaliseEmail(input: string): string | undefined {
  const folded = foldWidth(input).trim().toLowerCase();
  return emailPattern.test(folded) ? folded : undefined;
}
