import { createHash, randomBytes } from 'node:crypto';

/**
 * Server-side sessions. The browser holds only a random 32-byte token in an
 * HttpOnly cookie; who it is and until when live here, in memory, so signing
 * out or resetting a password ends a session at once. A restart signs
 * everyone out, which one embedded server can live with.
 *
 * Sessions are found by the SHA-256 of their token, never by the token: a
 * heap dump shows no live token, and the lookup's timing says nothing about
 * a guessed one.
 */

/**
 * How long a session lives. Idle: a trainee may spend most of an hour in one
 * scenario, which runs in the browser without calling the server, and should
 * still be signed in to submit it. Absolute: a working day, then sign in again.
 */
export const sessionPolicy: SessionPolicy = {
  idleMs: 60 * 60 * 1000,
  absoluteMs: 8 * 60 * 60 * 1000,
  maxSessions: 10_000,
  maxPerUser: 10,
};

export interface SessionPolicy {
  readonly idleMs: number;
  readonly absoluteMs: number;
  /** Beyond this the oldest session is ended, so a flood of sign-ins cannot fill memory. */
  readonly maxSessions: number;
  /** Per person: a laptop, a phone and a few forgotten browsers; the oldest ends first. */
  readonly maxPerUser: number;
}

export interface Session {
  readonly userId: string;
  /** The synchroniser token a state-changing request must echo in X-CSRF-Token (csrf.ts). */
  readonly csrfToken: string;
  readonly createdAt: number;
  /** When the session ends however active it is. */
  readonly expiresAt: number;
}

export interface Sessions {
  /** A new session; the token goes to the browser in the cookie and nowhere else. */
  create(userId: string): { readonly token: string; readonly session: Session };
  /** The live session for a token, which counts as activity; undefined when unknown, idle too long or past its end. */
  get(token: string): Session | undefined;
  destroy(token: string): void;
  /** Ends every session of a person (a password reset); answers how many there were. */
  destroyAllFor(userId: string): number;
}

interface Entry extends Session {
  lastSeenAt: number;
}

function sessionOf({ userId, csrfToken, createdAt, expiresAt }: Entry): Session {
  return { userId, csrfToken, createdAt, expiresAt };
}

/** 32 random bytes, base64url: 43 characters, 256 bits nobody can guess. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

const tokenShape = /^[A-Za-z0-9_-]{43}$/;

function keyOf(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

export function createSessions(options: { readonly now: () => number; readonly policy?: Partial<SessionPolicy> }): Sessions {
  const { now } = options;
  const { idleMs, absoluteMs, maxSessions, maxPerUser } = { ...sessionPolicy, ...options.policy };
  // Both in creation order, so the first entry is always the oldest.
  const entries = new Map<string, Entry>();
  const byUser = new Map<string, Set<string>>();

  const remove = (key: string) => {
    const entry = entries.get(key);
    if (entry === undefined) return;
    entries.delete(key);
    const keys = byUser.get(entry.userId);
    keys?.delete(key);
    if (keys?.size === 0) byUser.delete(entry.userId);
  };

  return {
    create(userId) {
      const mine = byUser.get(userId) ?? new Set<string>();
      for (const key of mine) {
        if (mine.size < maxPerUser) break;
        remove(key);
      }
      for (const key of entries.keys()) {
        if (entries.size < maxSessions) break;
        remove(key);
      }

      const token = newToken();
      const key = keyOf(token);
      const createdAt = now();
      const entry: Entry = { userId, csrfToken: newToken(), createdAt, expiresAt: createdAt + absoluteMs, lastSeenAt: createdAt };
      entries.set(key, entry);
      mine.add(key);
      byUser.set(userId, mine);
      return { token, session: sessionOf(entry) };
    },

    get(token) {
      if (!tokenShape.test(token)) return undefined;
      const key = keyOf(token);
      const entry = entries.get(key);
      if (entry === undefined) return undefined;
      const time = now();
      if (time >= entry.expiresAt || time - entry.lastSeenAt >= idleMs) {
        remove(key);
        return undefined;
      }
      entry.lastSeenAt = time;
      return sessionOf(entry);
    },

    destroy(token) {
      if (tokenShape.test(token)) remove(keyOf(token));
    },

    destroyAllFor(userId) {
      const keys = [...(byUser.get(userId) ?? [])];
      for (const key of keys) remove(key);
      return keys.length;
    },
  };
}

/**
 * Whether the request reached the site over HTTPS, as the request's URL says.
 * Behind a TLS-terminating proxy that is only true once Astro is told to
 * trust the proxy's X-Forwarded-Proto (`security.allowedDomains`).
 */
export function isHttps(request: Request): boolean {
  return new URL(request.url).protocol === 'https:';
}

/**
 * Over HTTPS the cookie takes the __Host- prefix: browsers then accept it
 * only with Secure, Path=/ and no Domain, so a sibling subdomain cannot plant
 * its own session cookie on the site. Plain HTTP (the local server) cannot
 * use the prefix and gets the bare name.
 */
export function sessionCookieName(request: Request): string {
  return isHttps(request) ? '__Host-crm-drill-session' : 'crm-drill-session';
}

/**
 * The Set-Cookie value for a session. HttpOnly: no script can read it.
 * SameSite=Lax: never sent on another site's POST, PUT or DELETE, yet sent
 * when a person follows a link here from mail or chat (Strict would show
 * them signed out). Max-Age: the session's absolute end; the idle limit is
 * kept on the server.
 */
export function sessionCookie(request: Request, token: string, maxAgeSeconds: number): string {
  const secure = isHttps(request) ? '; Secure' : '';
  return `${sessionCookieName(request)}=${token}; Path=/; Max-Age=${Math.max(0, Math.floor(maxAgeSeconds))}; HttpOnly; SameSite=Lax${secure}`;
}

/** The Set-Cookie value that removes the session cookie (signing out). */
export function expiredSessionCookie(request: Request): string {
  return sessionCookie(request, '', 0);
}

/** The session token the request's Cookie header carries, if any. When a name comes twice, the first wins, as browsers send the more specific first. */
export function readSessionToken(request: Request): string | undefined {
  const name = sessionCookieName(request);
  for (const pair of (request.headers.get('cookie') ?? '').split(';')) {
    const at = pair.indexOf('=');
    if (at !== -1 && pair.slice(0, at).trim() === name) {
      const value = pair.slice(at + 1).trim();
      return value === '' ? undefined : value;
    }
  }
  return undefined;
}
