/**
 * A sliding-window limiter: at most `limit` hits per key in any `windowMs`.
 * Each key keeps the times of its last `limit` hits, so it answers exactly
 * when the oldest of them leaves the window (the Retry-After), with no
 * fixed-window burst at the boundary. Time comes from `now()`, so tests
 * move the clock instead of sleeping.
 *
 * Memory is bounded: at most `maxKeys` keys, and when a new one would pass
 * that, the least recently hit goes first. Keys live in a Map in the order
 * they were last hit, so that is always the first entry and eviction is
 * O(1). To push a targeted account out, an attacker would have to record
 * `maxKeys` failures within its window, which the per-address limit makes
 * take many addresses.
 */
export interface RateLimitPolicy {
  readonly limit: number;
  readonly windowMs: number;
}

const fifteenMinutes = 15 * 60 * 1000;

/**
 * Failed sign-ins. Per account, OWASP's usual few tries. Per address it is
 * higher than a single person needs, because a whole office signs in from
 * one NAT address, and on go-live day many of them mistype.
 */
export const signInPolicies = {
  account: { limit: 5, windowMs: fifteenMinutes },
  address: { limit: 50, windowMs: fifteenMinutes },
} as const satisfies Record<string, RateLimitPolicy>;

export type RateDecision = { readonly allowed: true } | { readonly allowed: false; readonly retryAfterSeconds: number };

export interface RateLimiter {
  /** Whether one more hit would be within the limit; records nothing. */
  check(key: string): RateDecision;
  /** Records a hit now. */
  hit(key: string): void;
  /** Takes back the latest hit, for an attempt that turned out not to count (a successful sign-in, for the address). */
  refund(key: string): void;
  /** Forgets every hit of the key (a successful sign-in, for the account). */
  reset(key: string): void;
}

export function createRateLimiter(policy: RateLimitPolicy, options: { readonly now: () => number; readonly maxKeys?: number }): RateLimiter {
  const { limit, windowMs } = policy;
  const { now, maxKeys = 10_000 } = options;
  const hits = new Map<string, number[]>();

  /** The key's hits still inside the window; a key with none is dropped. */
  const live = (key: string): number[] => {
    const times = hits.get(key);
    if (times === undefined) return [];
    const since = now() - windowMs;
    while (times.length > 0 && (times[0] ?? 0) <= since) times.shift();
    if (times.length === 0) hits.delete(key);
    return times;
  };

  return {
    check(key) {
      const times = live(key);
      if (times.length < limit) return { allowed: true };
      const oldest = times[times.length - limit] ?? now();
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((oldest + windowMs - now()) / 1000)) };
    },
    hit(key) {
      const times = live(key);
      times.push(now());
      if (times.length > limit) times.shift();
      // Re-inserted so the Map stays ordered by the latest hit, least recent first.
      hits.delete(key);
      hits.set(key, times);
      if (hits.size > maxKeys) {
        const leastRecent = hits.keys().next();
        if (leastRecent.done !== true) hits.delete(leastRecent.value);
      }
    },
    refund(key) {
      const times = live(key);
      times.pop();
      if (times.length === 0) hits.delete(key);
    },
    reset(key) {
      hits.delete(key);
    },
  };
}
