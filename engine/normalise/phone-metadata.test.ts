import { createRequire } from 'node:module';
import { expect, it } from 'vitest';
import { phoneCountries } from './phone-countries.ts';

/**
 * `phone-metadata.json` is libphonenumber-js's full ("max") metadata cut to
 * the countries in `phone-countries.ts`, so the browser does not carry the
 * rules of 245 countries. It is data derived from the library: when the
 * library or the list changes, this test fails; `npx vitest run
 * engine/normalise/phone-metadata.test.ts -u` writes it again.
 */
type Metadata = {
  version: number;
  country_calling_codes: Record<string, string[]>;
  countries: Record<string, unknown>;
  nonGeographic: Record<string, unknown>;
};

it('is the library’s full metadata for the countries we keep', async () => {
  const full = createRequire(import.meta.url)('libphonenumber-js/metadata.max.json') as Metadata;
  const callingCodes = Object.entries(full.country_calling_codes)
    .map(([code, countries]) => [code, countries.filter((country) => phoneCountries.includes(country))] as const)
    .filter(([, countries]) => countries.length > 0);
  const cut: Metadata = {
    version: full.version,
    country_calling_codes: Object.fromEntries(callingCodes),
    countries: Object.fromEntries(phoneCountries.map((country) => [country, full.countries[country]])),
    nonGeographic: {},
  };
  await expect(`${JSON.stringify(cut)}\n`).toMatchFileSnapshot('./phone-metadata.json');
});
