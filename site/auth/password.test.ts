import { describe, expect, it } from 'vitest';
import { createPasswordHasher, hashPassword, parsePasswordHash, PasswordHashFormatError, passwordLimits, productionCost, verifyPassword } from './password.ts';

/** Far below production, so these tests take milliseconds; the hash records its cost, so verifyPassword follows it. */
const hashCheaply = createPasswordHasher({ log2N: 10, r: 8, p: 1 });

async function cheapHash(plain: string): Promise<string> {
  const outcome = await hashCheaply(plain);
  if (!outcome.ok) throw new Error(outcome.refusal.message);
  return outcome.hash;
}

describe('password hashes', () => {
  it('use OWASP’s scrypt parameters in production: N=2^17, r=8, p=1', async () => {
    expect(productionCost).toEqual({ log2N: 17, r: 8, p: 1 });
    const outcome = await hashPassword('correct horse battery');
    if (!outcome.ok) throw new Error(outcome.refusal.message);
    expect(outcome.hash).toMatch(/^scrypt\$17\$8\$1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/);
    expect(await verifyPassword('correct horse battery', outcome.hash)).toEqual({ ok: true, matches: true });
  }, 20_000);

  it('verify the right password and refuse a wrong one, at the cost the hash records', async () => {
    const hash = await cheapHash('pa55word!');
    expect(hash.startsWith('scrypt$10$8$1$')).toBe(true);
    expect(await verifyPassword('pa55word!', hash)).toEqual({ ok: true, matches: true });
    expect(await verifyPassword('pa55word?', hash)).toEqual({ ok: true, matches: false });
    expect(await verifyPassword('short', hash)).toEqual({ ok: true, matches: false });
  });

  it('salt each hash, so one password never gives the same string twice', async () => {
    expect(await cheapHash('same password')).not.toBe(await cheapHash('same password'));
  });

  it('treat a password typed in full-width letters (a Chinese IME) as the same password', async () => {
    const hash = await cheapHash('password1');
    expect(await verifyPassword('ｐａｓｓｗｏｒｄ１', hash)).toEqual({ ok: true, matches: true });
  });

  it('refuse an empty, short or over-long new password, saying the limit', async () => {
    expect(passwordLimits).toEqual({ minLength: 8, maxLength: 256 });
    expect(await hashCheaply('')).toEqual({ ok: false, refusal: { code: 'password.empty', message: 'The password is empty.' } });
    expect(await hashCheaply('1234567')).toEqual({ ok: false, refusal: { code: 'password.too-short', message: 'The password has 7 characters; at least 8 are needed.' } });
    expect(await hashCheaply('x'.repeat(257))).toEqual({ ok: false, refusal: { code: 'password.too-long', message: 'The password has 257 characters; at most 256 are accepted.' } });
    // Characters, not UTF-16 units: 256 emoji are 512 units and still fit.
    expect((await hashCheaply('🔑'.repeat(256))).ok).toBe(true);
  });

  it('refuse an empty or over-long password at sign-in without hashing it', async () => {
    const hash = await cheapHash('pa55word!');
    expect(await verifyPassword('', hash)).toMatchObject({ ok: false, refusal: { code: 'password.empty' } });
    expect(await verifyPassword('x'.repeat(1_000_000), hash)).toMatchObject({ ok: false, refusal: { code: 'password.too-long' } });
  });

  it('say what is wrong with a stored hash it cannot read, without repeating the hash', async () => {
    const hash = await cheapHash('pa55word!');
    const [, , , , salt, key] = hash.split('$') as [string, string, string, string, string, string];
    const cases: [string, string][] = [
      ['', "it has 1 '$'-separated parts, not 6"],
      [`bcrypt$10$8$1$${salt}$${key}`, 'the scheme is "bcrypt", not "scrypt"'],
      [`scrypt$ten$8$1$${salt}$${key}`, 'log2 N is "ten", expected a whole number from 1 to 30'],
      [`scrypt$10$0$1$${salt}$${key}`, 'r is "0", expected a whole number from 1 to 32'],
      [`scrypt$20$8$1$${salt}$${key}`, 'N=2^20, r=8 needs more memory than the 128 MiB allowed'],
      [`scrypt$10$8$1$${salt}!$${key}`, 'the salt is not base64'],
      [`scrypt$10$8$1$${salt}$${key.slice(0, 40)}`, 'the key has 30 bytes, not 32'],
    ];
    for (const [stored, problem] of cases) {
      expect(() => parsePasswordHash(stored)).toThrow(new PasswordHashFormatError(problem));
      await expect(verifyPassword('pa55word!', stored)).rejects.toThrow(PasswordHashFormatError);
    }
    // A hash is a secret too: the message names the broken part, never its content.
    await expect(verifyPassword('pa55word!', `scrypt$10$8$1$${salt}$${key.slice(0, 40)}`)).rejects.not.toThrow(key.slice(0, 40));
  });
});
