import { parsePhoneNumberFromString, type MetadataJson } from 'libphonenumber-js/core';
import metadataJson from './phone-metadata.json' with { type: 'json' };
import { foldWidth } from './text.ts';

/** The full rules of the countries in `phone-countries.ts` (see `phone-metadata.test.ts`). */
const metadata = metadataJson as unknown as MetadataJson;

/**
 * Phone numbers are stored in E.164 (+8613912345678), whatever way they were
 * typed: "139 1234 5678", "+86 139-1234-5678", "0086 13912345678",
 * "(021) 6888 1234", full-width digits. Numbers without a country code are
 * read as mainland China numbers. Returns undefined when the input is not a
 * valid number (the full rules: a mainland mobile must have 11 digits).
 */
export function normalisePhone(input: string): string | undefined {
  const folded = foldWidth(input).trim().replace(/^00(?=[1-9])/, '+');
  const parsed = parsePhoneNumberFromString(folded, 'CN', metadata);
  return parsed?.isValid() ? parsed.number : undefined;
}

/** For display: "+86 139 1234 5678". */
export function formatPhone(e164: string): string {
  return parsePhoneNumberFromString(e164, metadata)?.formatInternational() ?? e164;
}
