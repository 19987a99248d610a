import { callingCodes } from './calling-codes.ts';
import { foldWidth } from './text.ts';

/**
 * Phone numbers are stored in E.164 (+8613912345678), whatever way they were
 * typed: "139 1234 5678", "+86 139-1234-5678", "0086 13912345678",
 * "(021) 6888 1234", "+44 (0)20 7946 0958", full-width digits. A number
 * without a country code is read as a mainland China number. Mainland,
 * Hong Kong, Macao and Taiwan numbers are checked by their own rules; any
 * other number needs a country calling code in use and a plausible length.
 * Rules written by hand rather than a phone library's, because the browser
 * loads the engine and the library's rules weighed 21 kB gzip of it.
 */

/** Mainland national numbers, without the trunk 0, by kind. */
const mainland = {
  /** 1[3-9] and nine more digits. */
  mobile: /^1[3-9]\d{9}$/,
  /** 400 and 800 numbers, ten digits. */
  service: /^[48]00\d{7}$/,
  /** Area code (10 and 20–29 have two digits, the others three), then 7–8 digits not starting 0 or 1. */
  landline: /^(10|2\d|[3-9]\d\d)([2-9]\d{6,7})$/,
} as const;

type MainlandKind = keyof typeof mainland;

/** Service first: a 400 number also has the shape of a landline with area code 400, which no city has. */
function mainlandKind(national: string): MainlandKind | undefined {
  return (['mobile', 'service', 'landline'] as const).find((kind) => mainland[kind].test(national));
}

/** Whether the number after the country code is valid there; any other code takes the general rule. */
const nationalRules: Readonly<Partial<Record<string, (national: string) => boolean>>> = {
  '86': (national) => mainlandKind(national) !== undefined,
  '852': (national) => /^[1-9]\d{7}$/.test(national),
  '853': (national) => /^[1-9]\d{7}$/.test(national),
  '886': (national) => /^[1-9]\d{7,8}$/.test(national),
};

/** E.164 allows 15 digits with the country code; fewer than 8 is no one's full number. */
function generalRule(code: string, national: string): boolean {
  return /^[1-9]/.test(national) && code.length + national.length >= 8 && code.length + national.length <= 15;
}

/** The country code and the number after it, when the digits (after the +) make a valid number. */
function split(digits: string): { code: string; national: string } | undefined {
  const code = [1, 2, 3].map((length) => digits.slice(0, length)).find((prefix) => callingCodes.has(prefix));
  if (code === undefined) return undefined;
  const national = digits.slice(code.length);
  const valid = nationalRules[code] ?? ((rest: string) => generalRule(code, rest));
  return valid(national) ? { code, national } : undefined;
}

/**
 * Digits with a leading + when the number was typed with a country code,
 * or undefined when something else than digits and separators was typed.
 * The "(0)" after a country code is the trunk prefix written for people
 * in the country, which callers from abroad leave out.
 */
function compact(input: string): string | undefined {
  const typed = foldWidth(input)
    .trim()
    .replace(/[\s.\-\u2010-\u2015\u2212]/g, '')
    .replace(/^(?:\+|00)(\d{1,3})\(0\)/, '+$1')
    .replace(/[()]/g, '')
    .replace(/^00/, '+');
  return /^\+?\d+$/.test(typed) ? typed : undefined;
}

/** A number typed without +: trunk 0 and a landline, a mobile or service number, or any mainland number after 86 (the country code without its +). */
function fromMainland(digits: string): string | undefined {
  if (digits.startsWith('0')) return mainlandKind(digits.slice(1)) === 'landline' ? `+86${digits.slice(1)}` : undefined;
  const kind = mainlandKind(digits);
  if (kind === 'mobile' || kind === 'service') return `+86${digits}`;
  if (digits.startsWith('86') && mainlandKind(digits.slice(2)) !== undefined) return `+${digits}`;
  return undefined;
}

/** E.164, or undefined when the input is not a valid number. */
export function normalisePhone(input: string): string | undefined {
  const typed = compact(input);
  if (typed === undefined) return undefined;
  if (!typed.startsWith('+')) return fromMainland(typed);
  return split(typed.slice(1)) === undefined ? undefined : typed;
}

/** Blocks of 3 and 4 digits from the left, the 4s last: "415 555 2671", "2345 6789". */
function blocksOf3And4(digits: string): string[] {
  const count = Math.ceil(digits.length / 4);
  const fours = digits.length - 3 * count;
  if (fours < 0) return [digits];
  const cut = 3 * (count - fours);
  return [...(digits.slice(0, cut).match(/\d{3}/g) ?? []), ...(digits.slice(cut).match(/\d{4}/g) ?? [])];
}

/** "139 1234 5678", "400 123 4567", "21 6888 1234", "755 8888 1234", "871 234 5678". */
function mainlandBlocks(national: string): string[] {
  const kind = mainlandKind(national);
  if (kind === 'mobile') return [national.slice(0, 3), national.slice(3, 7), national.slice(7)];
  if (kind === 'service') return [national.slice(0, 3), national.slice(3, 6), national.slice(6)];
  const landline = mainland.landline.exec(national);
  if (landline === null) return [national];
  const [, area, subscriber] = landline;
  return [area, subscriber.slice(0, -4), subscriber.slice(-4)];
}

/** For display: "+86 139 1234 5678", "+86 21 6888 1234", "+44 207 946 0958"; anything not a valid E.164 number unchanged. */
export function formatPhone(e164: string): string {
  const parts = /^\+\d+$/.test(e164) ? split(e164.slice(1)) : undefined;
  if (parts === undefined) return e164;
  const blocks = parts.code === '86' ? mainlandBlocks(parts.national) : blocksOf3And4(parts.national);
  return `+${parts.code} ${blocks.join(' ')}`;
}
