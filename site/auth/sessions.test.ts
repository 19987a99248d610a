import { describe, expect, it } from 'vitest';
import { createSessions, expiredSessionCookie, readSessionToken, sessionCookie, sessionPolicy } from './sessions.ts';

const minute = 60_000;
const hour = 60 * minute;

function clock(start = 1_800_000_000_000): { now: () => number; advance: (ms: number) => void } {
  let time = start;
  return { now: () => time, advance: (ms) => void (time += ms) };
}

describe('sessions', () => {
  it('last an hour idle and eight hours at most, ten per person, ten thousand in all', () => {
    expect(sessionPolicy).toEqual({ idleMs: hour, absoluteMs: 8 * hour, maxSessions: 10_000, maxPerUser: 10 });
  });

  it('give each session a fresh 32-byte token and CSRF token, and find it by its token', () => {
    const time = clock();
    const sessions = createSessions(time);
    const { token, session } = sessions.create('mei');
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(session.csrfToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(session.csrfToken).not.toBe(token);
    expect(session).toEqual({ userId: 'mei', csrfToken: session.csrfToken, createdAt: time.now(), expiresAt: time.now() + 8 * hour });
    expect(sessions.get(token)).toEqual(session);
    expect(sessions.create('mei').token).not.toBe(token);
    // One character off (never the same one: a token ending in A would otherwise match itself, once in 64 runs).
    expect(sessions.get(`${token.slice(0, 42)}${token.endsWith('A') ? 'B' : 'A'}`)).toBeUndefined();
    expect(sessions.get('not a token')).toBeUndefined();
  });

  it('end a session idle for an hour', () => {
    const time = clock();
    const sessions = createSessions(time);
    const { token } = sessions.create('mei');
    time.advance(hour - 1);
    expect(sessions.get(token)).toBeDefined();
    time.advance(hour - 1);
    expect(sessions.get(token)).toBeDefined();
    time.advance(hour);
    expect(sessions.get(token)).toBeUndefined();
    // Ended, not merely hidden: turning the clock back does not revive it.
    time.advance(-hour);
    expect(sessions.get(token)).toBeUndefined();
  });

  it('end a session after eight hours however active', () => {
    const time = clock();
    const sessions = createSessions(time);
    const { token } = sessions.create('mei');
    for (let elapsed = 0; elapsed < 8 * hour - 30 * minute; elapsed += 30 * minute) {
      time.advance(30 * minute);
      expect(sessions.get(token)).toBeDefined();
    }
    time.advance(30 * minute);
    expect(sessions.get(token)).toBeUndefined();
  });

  it('end one session on sign-out, and every session of a person on a password reset', () => {
    const sessions = createSessions(clock());
    const laptop = sessions.create('mei').token;
    const phone = sessions.create('mei').token;
    const other = sessions.create('li').token;
    sessions.destroy(laptop);
    expect(sessions.get(laptop)).toBeUndefined();
    expect(sessions.get(phone)).toBeDefined();
    expect(sessions.destroyAllFor('mei')).toBe(1);
    expect(sessions.get(phone)).toBeUndefined();
    expect(sessions.get(other)).toBeDefined();
    expect(sessions.destroyAllFor('mei')).toBe(0);
  });

  it('end the oldest session of a person past their limit, and the oldest of all past the total', () => {
    const sessions = createSessions({ ...clock(), policy: { maxPerUser: 2, maxSessions: 3 } });
    const first = sessions.create('mei').token;
    const second = sessions.create('mei').token;
    const third = sessions.create('mei').token;
    expect([first, second, third].map((token) => sessions.get(token) !== undefined)).toEqual([false, true, true]);
    const li = sessions.create('li').token;
    const wang = sessions.create('wang').token;
    expect([second, third, li, wang].map((token) => sessions.get(token) !== undefined)).toEqual([false, true, true, true]);
  });
});

describe('the session cookie', () => {
  const overHttp = new Request('http://127.0.0.1:4321/api/session');
  const overHttps = new Request('https://drill.example.com/api/session');
  const token = 'T'.repeat(43);

  it('is HttpOnly and SameSite=Lax, for the whole site, until the session’s end', () => {
    expect(sessionCookie(overHttp, token, 8 * 3600)).toBe(`crm-drill-session=${token}; Path=/; Max-Age=28800; HttpOnly; SameSite=Lax`);
  });

  it('is Secure and __Host- prefixed over HTTPS', () => {
    expect(sessionCookie(overHttps, token, 8 * 3600)).toBe(`__Host-crm-drill-session=${token}; Path=/; Max-Age=28800; HttpOnly; SameSite=Lax; Secure`);
  });

  it('is removed with an empty value and Max-Age=0', () => {
    expect(expiredSessionCookie(overHttps)).toBe('__Host-crm-drill-session=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax; Secure');
  });

  it('is read from the Cookie header among others, by the name for the request’s scheme', () => {
    const cookies = { cookie: `theme=dark; crm-drill-session=${token}; __Host-crm-drill-session=secure${token}` };
    expect(readSessionToken(new Request(overHttp, { headers: cookies }))).toBe(token);
    expect(readSessionToken(new Request(overHttps, { headers: cookies }))).toBe(`secure${token}`);
    expect(readSessionToken(new Request(overHttp, { headers: { cookie: 'crm-drill-session=' } }))).toBeUndefined();
    expect(readSessionToken(overHttp)).toBeUndefined();
  });
});
