import { describe, expect, it } from 'vitest';
import { createRateLimiter, signInPolicies } from './rate-limit.ts';

const minute = 60_000;

/** A clock the test moves by hand. */
function clock(start = 1_800_000_000_000): { now: () => number; advance: (ms: number) => void } {
  let time = start;
  return { now: () => time, advance: (ms) => void (time += ms) };
}

describe('sign-in limits', () => {
  it('allow 5 failures per account and 50 per address in 15 minutes', () => {
    expect(signInPolicies).toEqual({ account: { limit: 5, windowMs: 15 * minute }, address: { limit: 50, windowMs: 15 * minute } });
  });
});

describe('a sliding-window limiter', () => {
  it('allows the limit, then refuses and says how long until the oldest hit leaves the window', () => {
    const time = clock();
    const limiter = createRateLimiter({ limit: 3, windowMs: 15 * minute }, time);
    for (let i = 0; i < 3; i += 1) {
      expect(limiter.check('mei')).toEqual({ allowed: true });
      limiter.hit('mei');
      time.advance(minute);
    }
    expect(limiter.check('mei')).toEqual({ allowed: false, retryAfterSeconds: 12 * 60 });
    time.advance(12 * minute - 1);
    expect(limiter.check('mei')).toEqual({ allowed: false, retryAfterSeconds: 1 });
    time.advance(1);
    expect(limiter.check('mei')).toEqual({ allowed: true });
    limiter.hit('mei');
    // The window slides: the next place frees when the second hit (now the oldest) leaves.
    expect(limiter.check('mei')).toEqual({ allowed: false, retryAfterSeconds: 60 });
  });

  it('counts each key apart', () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: minute }, clock());
    limiter.hit('mei');
    expect(limiter.check('mei').allowed).toBe(false);
    expect(limiter.check('li').allowed).toBe(true);
  });

  it('takes back the latest hit on refund, and every hit on reset', () => {
    const limiter = createRateLimiter({ limit: 2, windowMs: minute }, clock());
    limiter.hit('10.0.0.1');
    limiter.hit('10.0.0.1');
    limiter.refund('10.0.0.1');
    expect(limiter.check('10.0.0.1').allowed).toBe(true);
    limiter.hit('10.0.0.1');
    limiter.reset('10.0.0.1');
    limiter.hit('10.0.0.1');
    expect(limiter.check('10.0.0.1').allowed).toBe(true);
    limiter.refund('nobody');
    expect(limiter.check('nobody').allowed).toBe(true);
  });

  it('keeps at most maxKeys keys, letting go of the least recently hit', () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: minute }, { ...clock(), maxKeys: 3 });
    for (const key of ['a', 'b', 'c']) limiter.hit(key);
    limiter.hit('a');
    limiter.hit('d');
    expect(limiter.check('b').allowed).toBe(true);
    expect(['a', 'c', 'd'].map((key) => limiter.check(key).allowed)).toEqual([false, false, false]);
  });
});
