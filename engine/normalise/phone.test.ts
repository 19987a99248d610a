import { describe, expect, it } from 'vitest';
import { callingCodes } from './calling-codes.ts';
import { formatPhone, normalisePhone } from './phone.ts';

const valid: readonly (readonly [typed: string, e164: string])[] = [
  // Mainland mobiles, typed every way an office types them.
  ['139 1234 5678', '+8613912345678'],
  ['139-1234-5678', '+8613912345678'],
  ['139.1234.5678', '+8613912345678'],
  ['  13912345678 ', '+8613912345678'],
  ['１３９１２３４５６７８', '+8613912345678'],
  ['139－1234－5678', '+8613912345678'],
  ['13000000000', '+8613000000000'],
  ['199 9999 9999', '+8619999999999'],
  ['8613912345678', '+8613912345678'],
  ['86 139 1234 5678', '+8613912345678'],
  // Mainland landlines with the trunk 0: two-digit (10, 2x) and three-digit area codes, 7 or 8 digits after.
  ['(021) 6888 1234', '+862168881234'],
  ['（０２１）６８８８ １２３４', '+862168881234'],
  ['021-68881234', '+862168881234'],
  ['010-6552 3180', '+861065523180'],
  ['022-234 5678', '+86222345678'],
  ['0755-8888 1234', '+8675588881234'],
  ['0571 8517 2260', '+8657185172260'],
  ['0871-234 5678', '+868712345678'],
  ['8621 6888 1234', '+862168881234'],
  // 400 and 800 service numbers.
  ['400-123-4567', '+864001234567'],
  ['800 123 4567', '+868001234567'],
  // With +86 or 0086: the same rules, no trunk 0.
  ['+86 139 1234 5678', '+8613912345678'],
  ['＋８６ １３９ １２３４ ５６７８', '+8613912345678'],
  ['0086 13912345678', '+8613912345678'],
  ['+86 21 6888 1234', '+862168881234'],
  ['+86 (0)21 6888 1234', '+862168881234'],
  ['+86 755 8888 1234', '+8675588881234'],
  ['+86 400 123 4567', '+864001234567'],
  // Hong Kong and Macao: 8 digits; Taiwan: 8 or 9.
  ['+852 2345 6789', '+85223456789'],
  ['00852 9123 4567', '+85291234567'],
  ['+853 2888 1234', '+85328881234'],
  ['+886 2 2345 6789', '+886223456789'],
  ['+886 912 345 678', '+886912345678'],
  ['+886 7 234 5678', '+88672345678'],
  // Elsewhere: a calling code in use, 8 to 15 digits in all.
  ['+44 20 7946 0958', '+442079460958'],
  ['+44 (0)20 7946 0958', '+442079460958'],
  ['0044 (0) 20 7946 0958', '+442079460958'],
  ['+1 415 555 2671', '+14155552671'],
  ['+1 (415) 555-2671', '+14155552671'],
  ['+7 495 123-45-67', '+74951234567'],
  ['+81 3-1234-5678', '+81312345678'],
  ['+65 6123 4567', '+6561234567'],
  ['+971 4 123 4567', '+97141234567'],
  ['+49 30 123456', '+4930123456'],
  ['+49 123 456', '+49123456'],
  ['+1 2345 6789 0123 45', '+123456789012345'],
  ['+800 1234 5678', '+80012345678'],
];

const refused: readonly (readonly [typed: string, why: string])[] = [
  ['', 'nothing typed'],
  ['   ', 'only spaces'],
  ['abc', 'letters'],
  ['139 1234 567a', 'a letter among the digits'],
  ['139 1234 5678 ext 12', 'an extension'],
  ['139/1234/5678', 'slashes'],
  ['+', 'a plus alone'],
  ['++86 139 1234 5678', 'two pluses'],
  ['139 1234 5678+', 'a plus at the end'],
  ['12345', 'too short for anything'],
  ['1391234567', 'mobile of 10 digits'],
  ['139123456789', 'mobile of 12 digits'],
  ['129 1234 5678', 'mobile prefix 12'],
  ['110 1234 5678', 'mobile prefix 11'],
  ['013912345678', 'trunk 0 before a mobile'],
  ['2168881234', 'landline without its trunk 0'],
  ['021-6888', 'landline subscriber number of 4 digits'],
  ['021-688 812', 'landline subscriber number of 6 digits'],
  ['021-6888 12345', 'landline subscriber number of 9 digits'],
  ['021-0888 1234', 'subscriber number starting 0'],
  ['021-1888 1234', 'subscriber number starting 1'],
  ['012-2345 6789', 'area code starting 1 other than 10'],
  ['0000 1234 567', 'area code starting 0'],
  ['400 123 456', 'service number of 9 digits'],
  ['400 123 45678', 'service number of 11 digits'],
  ['500 123 4567', 'not a service prefix'],
  ['8612345678901', '86 before no mainland number'],
  ['+86 139 1234 567', '+86 mobile of 10 digits'],
  ['+86 0755 8888 1234', 'trunk 0 after +86'],
  ['+86 021 6888 1234', 'trunk 0 after +86'],
  ['0086 021 6888 1234', 'trunk 0 after 0086'],
  ['+86 000 0000', '+86 and zeros'],
  ['+86 21 6888', '+86 landline too short'],
  ['+852 2345 678', 'Hong Kong of 7 digits'],
  ['+852 2345 67890', 'Hong Kong of 9 digits'],
  ['+852 0234 5678', 'trunk 0 after +852'],
  ['+853 2888 123', 'Macao of 7 digits'],
  ['+853 2888 12345', 'Macao of 9 digits'],
  ['+886 234 5678', 'Taiwan of 7 digits'],
  ['+886 2 2345 67890', 'Taiwan of 10 digits'],
  ['+886 02 2345 6789', 'trunk 0 after +886'],
  ['+44 020 7946 0958', 'trunk 0 after +44'],
  ['+999 1234 5678', 'unassigned code 999'],
  ['+28 1234 5678', 'spare codes 28x'],
  ['+379 1234 5678', 'reserved code 379'],
  ['+0 123 4567 89', 'no code starts with 0'],
  ['+1 555 12', 'six digits in all'],
  ['+49 123 45', 'seven digits in all'],
  ['+1 2345 6789 0123 456', 'sixteen digits in all'],
];

describe('normalisePhone', () => {
  it.each(valid)('reads %j as %s', (typed, e164) => {
    expect(normalisePhone(typed)).toBe(e164);
  });

  it.each(refused)('refuses %j: %s', (typed) => {
    expect(normalisePhone(typed)).toBeUndefined();
  });

  it.each(valid)('keeps %j once stored: %s', (_typed, e164) => {
    expect(normalisePhone(e164)).toBe(e164);
  });
});

describe('formatPhone', () => {
  it.each([
    ['+8613912345678', '+86 139 1234 5678'],
    ['+862168881234', '+86 21 6888 1234'],
    ['+861065523180', '+86 10 6552 3180'],
    ['+86222345678', '+86 22 234 5678'],
    ['+8675588881234', '+86 755 8888 1234'],
    ['+868712345678', '+86 871 234 5678'],
    ['+864001234567', '+86 400 123 4567'],
    ['+868001234567', '+86 800 123 4567'],
    ['+85223456789', '+852 2345 6789'],
    ['+85328881234', '+853 2888 1234'],
    ['+886223456789', '+886 223 456 789'],
    ['+88672345678', '+886 7234 5678'],
    ['+14155552671', '+1 415 555 2671'],
    ['+442079460958', '+44 207 946 0958'],
    ['+74951234567', '+7 495 123 4567'],
    ['+6561234567', '+65 6123 4567'],
    ['+4930123456', '+49 3012 3456'],
    ['+49123456', '+49 123 456'],
    ['+123456789012345', '+1 234 567 8901 2345'],
  ])('shows %s as %s', (e164, shown) => {
    expect(formatPhone(e164)).toBe(shown);
  });

  it.each(['', '12345', '139 1234 5678', '+99912345678', '+8602168881234', '+86 139 1234 5678'])('leaves %j, not a valid E.164 number, as it is', (value) => {
    expect(formatPhone(value)).toBe(value);
  });

  it.each(valid)('shows %j in a form that reads back as %s', (_typed, e164) => {
    expect(normalisePhone(formatPhone(e164))).toBe(e164);
  });
});

describe('callingCodes', () => {
  it('are prefix-free, so a number has at most one', () => {
    const codes = [...callingCodes];
    expect(codes.filter((code) => codes.some((other) => other !== code && other.startsWith(code)))).toEqual([]);
  });

  it('are one to three digits, none starting with 0', () => {
    expect([...callingCodes].filter((code) => !/^[1-9]\d{0,2}$/.test(code))).toEqual([]);
  });
});
