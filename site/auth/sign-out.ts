import { checkCsrfToken, checkOrigin } from './csrf.ts';
import { errorResponse } from './http-errors.ts';
import { expiredSessionCookie, readSessionToken, type Sessions } from './sessions.ts';

/**
 * DELETE /api/session: ends the session and removes its cookie. Idempotent:
 * with no live session there is nothing to end, and the answer is the same
 * 204, so a page can always sign out. The CSRF checks still apply, or
 * another site could sign a trainee out in the middle of an attempt.
 */
export function signOut(sessions: Pick<Sessions, 'get' | 'destroy'>, request: Request): Response {
  const crossSite = checkOrigin(request);
  if (crossSite !== undefined) return errorResponse(crossSite);
  const token = readSessionToken(request);
  const session = token === undefined ? undefined : sessions.get(token);
  if (token !== undefined && session !== undefined) {
    const forged = checkCsrfToken(request, session);
    if (forged !== undefined) return errorResponse(forged);
    sessions.destroy(token);
  }
  return new Response(null, { status: 204, headers: { 'Set-Cookie': expiredSessionCookie(request), 'Cache-Control': 'no-store' } });
}
