import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { foldWidth } from './text.ts';

/**
 * Phone numbers are stored in E.164 (+8613912345678), whatever way they were
 * typed: "139 1234 5678", "+86 139-1234-5678", "0086 13912345678",
 * "(021) 6888 1234", full-width digits. Numbers without a country code are
 * read as mainland China numbers. Returns undefined when the input is not a
 * valid number.
 */
export function normalisePhone(input: string): string | undefined {
  const folded = foldWidth(input).trim().replace(/^00(?=[1-9])/, '+');
  const parsed = parsePhoneNumberFromString(folded, 'CN');
  return parsed?.isValid() ? parsed.number : undefined;
}

/** For display: "+86 139 1234 5678". */
export function formatPhone(e164: string): string {
  return parsePhoneNumberFromString(e164)?.formatInternational() ?? e164;
}
