import { describe, expect, it } from 'vitest';
import { oneTimeAlphabet, oneTimeLength, oneTimePassword } from './one-time-password.ts';
import { checkNewPassword } from './password.ts';

describe('oneTimePassword', () => {
  it('is 16 characters of the alphabet without look-alikes, long enough to be accepted', () => {
    const password = oneTimePassword();
    expect(password).toHaveLength(oneTimeLength);
    expect([...password].every((character) => oneTimeAlphabet.includes(character))).toBe(true);
    expect(password).not.toMatch(/[0O1lIo]/);
    expect(checkNewPassword(password)).toBeUndefined();
  });

  it('differs every time and uses the whole alphabet', () => {
    const passwords = Array.from({ length: 200 }, oneTimePassword);
    expect(new Set(passwords).size).toBe(200);
    expect(new Set(passwords.join('')).size).toBe(oneTimeAlphabet.length);
  });
});
