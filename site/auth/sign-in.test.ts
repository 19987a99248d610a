import { beforeAll, describe, expect, it } from 'vitest';
import type { User } from '../records/schema.ts';
import { createPasswordHasher, parsePasswordHash, PasswordHashFormatError, productionCost } from './password.ts';
import { createRateLimiter, signInPolicies } from './rate-limit.ts';
import { createSessions } from './sessions.ts';
import { productionDummyHash, signedInResponse, signIn, type SignInDependencies } from './sign-in.ts';

const site = 'http://127.0.0.1:4321';
const office = '203.0.113.7';
const hashCheaply = createPasswordHasher({ log2N: 10, r: 8, p: 1 });

async function cheapHash(plain: string): Promise<string> {
  const outcome = await hashCheaply(plain);
  if (!outcome.ok) throw new Error(outcome.refusal.message);
  return outcome.hash;
}

let mei: User;
let dummyHash: string;
beforeAll(async () => {
  mei = { id: 'u-mei', username: 'mei', name: 'Mei Lin', role: 'trainee', teamIds: ['north'], passwordHash: await cheapHash('pa55word!'), createdAt: '2026-11-23T09:00:00.000Z' };
  dummyHash = await cheapHash('nobody knows this');
});

/** Everything sign-in needs, around a clock the test moves and a store of one person. */
function world(overrides: Partial<SignInDependencies> = {}) {
  let time = 1_800_000_000_000;
  const now = () => time;
  const sessions = createSessions({ now });
  const dependencies: SignInDependencies = {
    users: { userByUsername: (username) => Promise.resolve(username === mei.username ? mei : undefined) },
    sessions,
    limits: { account: createRateLimiter(signInPolicies.account, { now }), address: createRateLimiter(signInPolicies.address, { now }) },
    dummyHash,
    ...overrides,
  };
  return { sessions, now, advance: (ms: number) => void (time += ms), signIn: (request: Request, address = office) => signIn(dependencies, request, address) };
}

function post(body: unknown, headers: Record<string, string> = {}): Request {
  return new Request(`${site}/api/session`, {
    method: 'POST',
    body: typeof body === 'string' ? body : JSON.stringify(body),
    headers: { 'Content-Type': 'application/json', Origin: site, ...headers },
  });
}

const wrong = { username: 'mei', password: 'not her password' };
const right = { username: 'mei', password: 'pa55word!' };
const failed = { ok: false, error: { code: 'auth.sign-in-failed', message: 'The username or the password is not right.' } };

describe('signing in', () => {
  it('opens a session for the right password, with the cookie and the CSRF token, never the hash', async () => {
    const { signIn, now } = world();
    const outcome = await signIn(post(right));
    if (!outcome.ok) throw new Error(outcome.error.message);
    expect(outcome.user).toBe(mei);
    expect(outcome.session.userId).toBe('u-mei');

    const response = signedInResponse(post(right), outcome, now());
    expect(response.status).toBe(200);
    expect(response.headers.get('set-cookie')).toBe(`crm-drill-session=${outcome.token}; Path=/; Max-Age=28800; HttpOnly; SameSite=Lax`);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({
      user: { id: 'u-mei', username: 'mei', name: 'Mei Lin', role: 'trainee', teamIds: ['north'] },
      csrfToken: outcome.session.csrfToken,
    });
  });

  it('finds the username whatever its case and spacing', async () => {
    expect((await world().signIn(post({ username: '  MEI ', password: 'pa55word!' }))).ok).toBe(true);
  });

  it('answers a wrong password and an unknown username alike', async () => {
    const { signIn } = world();
    expect(await signIn(post(wrong))).toEqual(failed);
    expect(await signIn(post({ username: 'nobody', password: 'pa55word!' }))).toEqual(failed);
  });

  it('checks an unknown username against the dummy hash, so it takes as long as a wrong password', async () => {
    const { signIn } = world({ dummyHash: 'unreadable' });
    await expect(signIn(post({ username: 'nobody', password: 'pa55word!' }))).rejects.toThrow(PasswordHashFormatError);
  });

  it('keeps a dummy hash at the production cost', () => {
    expect(parsePasswordHash(productionDummyHash).cost).toEqual(productionCost);
  });

  it('ends the session the browser came with', async () => {
    const { signIn, sessions } = world();
    const first = await signIn(post(right));
    if (!first.ok) throw new Error(first.error.message);
    const second = await signIn(post(right, { Cookie: `crm-drill-session=${first.token}` }));
    expect(second.ok).toBe(true);
    expect(sessions.get(first.token)).toBeUndefined();
  });
});

describe('what sign-in refuses before looking at the password', () => {
  it('a request from another site, or from nowhere said (login CSRF)', async () => {
    const { signIn } = world();
    expect(await signIn(post(right, { Origin: 'https://evil.example' }))).toMatchObject({ ok: false, error: { code: 'csrf.origin-mismatch' } });
    const bare = new Request(`${site}/api/session`, { method: 'POST', body: JSON.stringify(right), headers: { 'Content-Type': 'application/json' } });
    expect(await signIn(bare)).toMatchObject({ ok: false, error: { code: 'csrf.origin-missing' } });
  });

  it('a body that is not the JSON it expects, naming the field', async () => {
    const { signIn } = world();
    expect(await signIn(post('{"username":'))).toMatchObject({ ok: false, error: { code: 'request.malformed-json' } });
    expect(await signIn(post(['mei', 'pa55word!']))).toMatchObject({ ok: false, error: { code: 'request.invalid', field: 'username' } });
    expect(await signIn(post({ password: 'pa55word!' }))).toEqual({ ok: false, error: { code: 'request.invalid', message: 'The username is missing; expected a non-empty string.', field: 'username' } });
    expect(await signIn(post({ username: 'x'.repeat(65), password: 'pa55word!' }))).toMatchObject({ ok: false, error: { field: 'username' } });
    expect(await signIn(post({ username: 'mei', password: 12345678 }))).toEqual({ ok: false, error: { code: 'request.invalid', message: 'The password is missing; expected a string.', field: 'password' } });
  });

  it('an empty or over-long password, without counting it as a guess', async () => {
    const { signIn } = world();
    for (let i = 0; i < 10; i += 1) {
      expect(await signIn(post({ username: 'mei', password: '' }))).toEqual({ ok: false, error: { code: 'request.invalid', message: 'The password is empty.', field: 'password' } });
    }
    expect(await signIn(post({ username: 'mei', password: 'x'.repeat(300) }))).toMatchObject({ ok: false, error: { field: 'password' } });
    expect((await signIn(post(right))).ok).toBe(true);
  });
});

describe('sign-in rate limits', () => {
  it('stop an account after 5 failures in 15 minutes, even with the right password, and say when to retry', async () => {
    const { signIn, advance } = world();
    for (let i = 0; i < 5; i += 1) {
      expect(await signIn(post(wrong))).toEqual(failed);
      advance(60_000);
    }
    expect(await signIn(post(right))).toEqual({ ok: false, error: { code: 'rate-limited', message: 'Too many failed sign-ins; try again in 10 minutes.', retryAfterSeconds: 600 } });
    expect(await signIn(post(right), '198.51.100.1')).toMatchObject({ ok: false, error: { code: 'rate-limited' } });
    advance(10 * 60_000);
    expect((await signIn(post(right))).ok).toBe(true);
  });

  it('lock an unknown username as they would a known one, so the lock reveals nothing', async () => {
    const { signIn } = world();
    for (let i = 0; i < 5; i += 1) await signIn(post({ username: 'nobody', password: 'guess-guess' }));
    expect(await signIn(post({ username: 'nobody', password: 'guess-guess' }))).toMatchObject({ ok: false, error: { code: 'rate-limited' } });
  });

  it('clear the account’s failures on success', async () => {
    const { signIn } = world();
    for (let i = 0; i < 4; i += 1) await signIn(post(wrong));
    expect((await signIn(post(right))).ok).toBe(true);
    for (let i = 0; i < 4; i += 1) expect(await signIn(post(wrong))).toEqual(failed);
  });

  it('stop an address after 50 failures in 15 minutes, whichever usernames it tries', async () => {
    const { signIn } = world();
    for (let i = 0; i < 50; i += 1) await signIn(post({ username: `user${i}`, password: 'guess-guess' }));
    expect(await signIn(post(right))).toMatchObject({ ok: false, error: { code: 'rate-limited', retryAfterSeconds: 900 } });
    expect((await signIn(post(right), '198.51.100.1')).ok).toBe(true);
  });

  it('count guesses sent all at once before checking any of them', async () => {
    const { signIn } = world();
    const outcomes = await Promise.all(Array.from({ length: 12 }, () => signIn(post(wrong))));
    expect(outcomes.filter((outcome) => !outcome.ok && outcome.error.code === 'auth.sign-in-failed')).toHaveLength(5);
    expect(outcomes.filter((outcome) => !outcome.ok && outcome.error.code === 'rate-limited')).toHaveLength(7);
  });
});
