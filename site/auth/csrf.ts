import { createHash, timingSafeEqual } from 'node:crypto';
import type { Session } from './sessions.ts';

/**
 * Cross-site request forgery, refused twice over on every state-changing
 * request (anything but GET, HEAD and OPTIONS):
 *
 * 1. Origin: the browser's Origin header (or, when a browser leaves it out,
 *    the Referer's origin) must be the site's own origin. This alone guards
 *    sign-in, where there is no session yet, against login CSRF (a page
 *    elsewhere signing the victim in as the attacker).
 * 2. Synchroniser token: the session's random CSRF token (sessions.ts), which
 *    the page received at sign-in, must come back in the X-CSRF-Token header.
 *    Another site can neither read it nor make a browser add the header.
 *
 * A request with neither Origin nor Referer is refused: every browser sends
 * one of them on a cross-origin POST, and curl can send one too.
 * The SameSite=Lax cookie is a third layer, not counted on.
 */

export interface CsrfRefusal {
  readonly code: 'csrf.origin-missing' | 'csrf.origin-mismatch' | 'csrf.token-missing' | 'csrf.token-mismatch';
  readonly message: string;
}

export const csrfHeader = 'X-CSRF-Token';

const safeMethods: readonly string[] = ['GET', 'HEAD', 'OPTIONS'];

/** Any method but GET, HEAD and OPTIONS, unknown ones included: those three must change nothing. */
export function isStateChanging(method: string): boolean {
  return !safeMethods.includes(method.toUpperCase());
}

/** The origin the request claims to come from, by Origin, else Referer; `null` for an opaque or unreadable one. */
function claimedOrigin(request: Request): string | null | undefined {
  const origin = request.headers.get('origin');
  const referer = request.headers.get('referer');
  const source = origin ?? referer;
  if (source === null) return undefined;
  if (origin === 'null') return null;
  return URL.canParse(source) ? new URL(source).origin : null;
}

/** Refuses a request whose Origin (or Referer) is not the site's own. */
export function checkOrigin(request: Request): CsrfRefusal | undefined {
  const own = new URL(request.url).origin;
  const claimed = claimedOrigin(request);
  if (claimed === undefined) return { code: 'csrf.origin-missing', message: `The request has neither an Origin nor a Referer header; changes are accepted only from ${own}.` };
  if (claimed !== own) {
    const from = claimed === null ? 'an opaque or unreadable origin' : claimed;
    return { code: 'csrf.origin-mismatch', message: `The request came from ${from}; changes are accepted only from ${own}.` };
  }
  return undefined;
}

/** Compared as SHA-256 digests: equal lengths for timingSafeEqual, and no timing clue about the token. */
function sameToken(sent: string, expected: string): boolean {
  const digest = (token: string) => createHash('sha256').update(token).digest();
  return timingSafeEqual(digest(sent), digest(expected));
}

/** Refuses a request whose X-CSRF-Token is not the session's. */
export function checkCsrfToken(request: Request, session: Pick<Session, 'csrfToken'>): CsrfRefusal | undefined {
  const sent = request.headers.get(csrfHeader);
  if (sent === null || sent === '') return { code: 'csrf.token-missing', message: `The request has no ${csrfHeader} header; send the token given at sign-in.` };
  if (!sameToken(sent, session.csrfToken)) return { code: 'csrf.token-mismatch', message: `The ${csrfHeader} header is not this session's token; sign in again if the page is old.` };
  return undefined;
}

/** Both checks, for a state-changing request in a session; nothing to check for a safe method. */
export function checkCsrf(request: Request, session: Pick<Session, 'csrfToken'>): CsrfRefusal | undefined {
  if (!isStateChanging(request.method)) return undefined;
  return checkOrigin(request) ?? checkCsrfToken(request, session);
}
