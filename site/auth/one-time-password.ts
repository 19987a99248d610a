import { randomBytes } from 'node:crypto';

/**
 * A password the admin hands to a new person, who should change it: 16
 * characters from an alphabet without the look-alikes (0 O o, 1 l I), so it
 * can be read out or copied by hand — about 90 bits, drawn from the system's
 * secure random source without bias.
 */
export const oneTimeAlphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789';
export const oneTimeLength = 16;

/** A byte at or over this would favour the alphabet's first letters, so it is drawn again. */
const unbiasedBelow = 256 - (256 % oneTimeAlphabet.length);

export function oneTimePassword(): string {
  let password = '';
  while (password.length < oneTimeLength) {
    for (const byte of randomBytes(oneTimeLength * 2)) {
      if (byte < unbiasedBelow && password.length < oneTimeLength) password += oneTimeAlphabet[byte % oneTimeAlphabet.length];
    }
  }
  return password;
}
