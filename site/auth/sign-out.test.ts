import { describe, expect, it } from 'vitest';
import { createSessions } from './sessions.ts';
import { signOut } from './sign-out.ts';

const site = 'http://127.0.0.1:4321';

function signedIn() {
  const sessions = createSessions({ now: () => 1_800_000_000_000 });
  const { token, session } = sessions.create('u-mei');
  const request = (headers: Record<string, string>) => new Request(`${site}/api/session`, { method: 'DELETE', headers: { Cookie: `crm-drill-session=${token}`, ...headers } });
  return { sessions, token, csrfToken: session.csrfToken, request };
}

describe('signing out', () => {
  it('ends the session and removes the cookie', async () => {
    const { sessions, token, csrfToken, request } = signedIn();
    const response = signOut(sessions, request({ Origin: site, 'X-CSRF-Token': csrfToken }));
    expect(response.status).toBe(204);
    expect(response.headers.get('set-cookie')).toBe('crm-drill-session=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax');
    expect(sessions.get(token)).toBeUndefined();
  });

  it('answers the same with no session to end', () => {
    const { sessions } = signedIn();
    expect(signOut(sessions, new Request(`${site}/api/session`, { method: 'DELETE', headers: { Origin: site } })).status).toBe(204);
  });

  it('refuses another site, or a request without the session’s CSRF token, and keeps the session', async () => {
    const { sessions, token, csrfToken, request } = signedIn();
    const crossSite = signOut(sessions, request({ Origin: 'https://evil.example', 'X-CSRF-Token': csrfToken }));
    expect(crossSite.status).toBe(403);
    expect(await crossSite.json()).toMatchObject({ error: { code: 'csrf.origin-mismatch' } });
    const forged = signOut(sessions, request({ Origin: site }));
    expect(forged.status).toBe(403);
    expect(await forged.json()).toMatchObject({ error: { code: 'csrf.token-missing' } });
    expect(sessions.get(token)).toBeDefined();
  });
});
