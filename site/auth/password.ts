import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { createGate } from './gate.ts';

/**
 * Passwords are kept as scrypt hashes, with the parameters OWASP's Password
 * Storage Cheat Sheet gives for scrypt (N=2^17, r=8, p=1), a 16-byte random
 * salt and a 32-byte key, written as one self-describing string:
 *
 *   scrypt$17$8$1$<salt, base64>$<key, base64>
 *
 * (log2 N, r, p; base64 without padding). A hash carries its own cost, so the
 * cost can rise later and older hashes still verify.
 *
 * Before hashing, a password is normalised to Unicode NFKC, as NIST SP 800-63B
 * advises: the same password typed through another keyboard or input method
 * (full-width Latin letters from a Chinese IME, say) then hashes the same.
 */

export interface ScryptCost {
  /** log2 of N, the CPU/memory cost. */
  readonly log2N: number;
  /** Block size. */
  readonly r: number;
  /** Parallelism. */
  readonly p: number;
}

/** OWASP's parameters for scrypt: about 128 MiB and a few hundred milliseconds per hash. */
export const productionCost: ScryptCost = { log2N: 17, r: 8, p: 1 };

/**
 * In characters (Unicode code points) as typed. The minimum applies to new
 * passwords only; the maximum also to sign-in, to bound the work an
 * anonymous request can ask for.
 */
export const passwordLimits = { minLength: 8, maxLength: 256 } as const;

export interface PasswordRefusal {
  readonly code: 'password.empty' | 'password.too-short' | 'password.too-long';
  readonly message: string;
}

export type HashOutcome = { readonly ok: true; readonly hash: string } | { readonly ok: false; readonly refusal: PasswordRefusal };
export type VerifyOutcome = { readonly ok: true; readonly matches: boolean } | { readonly ok: false; readonly refusal: PasswordRefusal };

/** A stored hash that cannot be read: a broken record or a bug, never a person's mistake, so it is thrown. */
export class PasswordHashFormatError extends Error {
  constructor(problem: string) {
    super(`The stored password hash is not readable: ${problem}. Expected scrypt$<log2 N>$<r>$<p>$<salt, base64>$<key, base64> (site/auth/password.ts).`);
    this.name = 'PasswordHashFormatError';
  }
}

const saltBytes = 16;
const keyBytes = 32;
/** scrypt needs 128·N·r bytes; a stored hash asking for more than the production cost is refused rather than allowed to take the memory. */
const memoryBudget = 128 * 2 ** productionCost.log2N * productionCost.r;
/** Node's ceiling for one scrypt call: the budget plus OpenSSL's own buffers, with room to spare. */
const maxmem = 2 * memoryBudget;
/** Two hashes at once at most: see gate.ts for why. */
const hashing = createGate(2);

/** Length in code points, without spreading a huge string into an array first. */
function lengthOf(plain: string): number {
  return plain.length > passwordLimits.maxLength * 2 ? plain.length : [...plain].length;
}

function checkLength(plain: string, minimum: number): PasswordRefusal | undefined {
  const length = lengthOf(plain);
  if (length === 0) return { code: 'password.empty', message: 'The password is empty.' };
  if (length < minimum) return { code: 'password.too-short', message: `The password has ${length} characters; at least ${minimum} are needed.` };
  if (length > passwordLimits.maxLength) return { code: 'password.too-long', message: `The password has ${length} characters; at most ${passwordLimits.maxLength} are accepted.` };
  return undefined;
}

function derive(plain: string, salt: Buffer, cost: ScryptCost): Promise<Buffer> {
  const options = { N: 2 ** cost.log2N, r: cost.r, p: cost.p, maxmem };
  return hashing.run(
    () =>
      new Promise<Buffer>((resolve, reject) => {
        scrypt(plain.normalize('NFKC'), salt, keyBytes, options, (error, key) => (error ? reject(error) : resolve(key)));
      }),
  );
}

const base64 = /^[A-Za-z0-9+/]+$/;

function decodeBase64(text: string, part: string, bytes: number): Buffer {
  const decoded = base64.test(text) ? Buffer.from(text, 'base64') : undefined;
  if (decoded === undefined || decoded.toString('base64').replace(/=+$/, '') !== text) throw new PasswordHashFormatError(`the ${part} is not base64`);
  if (decoded.byteLength !== bytes) throw new PasswordHashFormatError(`the ${part} has ${decoded.byteLength} bytes, not ${bytes}`);
  return decoded;
}

function parameter(text: string, name: string, max: number): number {
  const value = /^[1-9][0-9]{0,2}$/.test(text) ? Number(text) : Number.NaN;
  if (!(value <= max)) throw new PasswordHashFormatError(`${name} is "${text}", expected a whole number from 1 to ${max}`);
  return value;
}

/** The parts of a stored hash, checked: the scheme, a cost within the memory budget, a 16-byte salt and a 32-byte key. */
export function parsePasswordHash(stored: string): { readonly cost: ScryptCost; readonly salt: Buffer; readonly key: Buffer } {
  const parts = stored.split('$');
  if (parts.length !== 6) throw new PasswordHashFormatError(`it has ${parts.length} '$'-separated parts, not 6`);
  const [scheme, log2NText, rText, pText, saltText, keyText] = parts as [string, string, string, string, string, string];
  if (scheme !== 'scrypt') throw new PasswordHashFormatError(`the scheme is "${scheme.slice(0, 20)}", not "scrypt"`);
  const cost = { log2N: parameter(log2NText, 'log2 N', 30), r: parameter(rText, 'r', 32), p: parameter(pText, 'p', 16) };
  if (128 * 2 ** cost.log2N * cost.r > memoryBudget) throw new PasswordHashFormatError(`N=2^${cost.log2N}, r=${cost.r} needs more memory than the ${memoryBudget / 2 ** 20} MiB allowed`);
  return { cost, salt: decodeBase64(saltText, 'salt', saltBytes), key: decodeBase64(keyText, 'key', keyBytes) };
}

/** Why a new password would be refused (under 8 or over 256 characters), checked without hashing it: an import checks every row before hashing any. */
export function checkNewPassword(plain: string): PasswordRefusal | undefined {
  return checkLength(plain, passwordLimits.minLength);
}

/** A hasher at the given cost. The site uses `hashPassword`; tests pass a far cheaper cost to stay fast. */
export function createPasswordHasher(cost: ScryptCost): (plain: string) => Promise<HashOutcome> {
  return async (plain) => {
    const refusal = checkNewPassword(plain);
    if (refusal !== undefined) return { ok: false, refusal };
    const salt = randomBytes(saltBytes);
    const key = await derive(plain, salt, cost);
    const encode = (bytes: Buffer) => bytes.toString('base64').replace(/=+$/, '');
    return { ok: true, hash: ['scrypt', cost.log2N, cost.r, cost.p, encode(salt), encode(key)].join('$') };
  };
}

/** Hashes a new password at the production cost; refuses one under 8 or over 256 characters. */
export const hashPassword = createPasswordHasher(productionCost);

/**
 * Whether `plain` is the password `stored` was made from, at the cost the
 * hash records. Refuses an empty or over-long password without hashing;
 * throws PasswordHashFormatError when `stored` cannot be read.
 */
export async function verifyPassword(plain: string, stored: string): Promise<VerifyOutcome> {
  const { cost, salt, key } = parsePasswordHash(stored);
  const refusal = checkLength(plain, 1);
  if (refusal !== undefined) return { ok: false, refusal };
  const candidate = await derive(plain, salt, cost);
  return { ok: true, matches: timingSafeEqual(candidate, key) };
}
