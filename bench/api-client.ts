/**
 * Talking to a built server's API as a person would through the site:
 * signed in with a session cookie, and every change sent from the site's own
 * origin with the session's CSRF token (site/auth/csrf.ts). Used by the
 * submission bench and by the tests that start real servers.
 */

export interface ApiSession {
  readonly origin: string;
  readonly cookie: string;
  readonly csrfToken: string;
}

/** Signs in; throws, with the answer, when the server refuses. */
export async function signIn(origin: string, username: string, password: string): Promise<ApiSession> {
  const response = await fetch(`${origin}/api/session`, {
    method: 'POST',
    headers: { Origin: origin, 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!response.ok) throw new Error(`signing in as ${username} answered ${response.status}: ${await response.text()}`);
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  const [cookie] = response.headers.getSetCookie().map((header) => header.split(';')[0]);
  if (cookie === undefined) throw new Error(`signing in as ${username} set no session cookie`);
  return { origin, cookie, csrfToken };
}

/** The headers of a request made as `session`: what the server's guard checks before a change. */
export function sessionHeaders({ origin, cookie, csrfToken }: ApiSession): Record<string, string> {
  return { Origin: origin, 'Content-Type': 'application/json', Cookie: cookie, 'X-CSRF-Token': csrfToken };
}

/** `GET path` as `session`; the JSON answer, or a thrown error with the status when it is not 200. */
export async function getJson<T>(session: ApiSession, path: string): Promise<T> {
  const response = await fetch(`${session.origin}${path}`, { headers: sessionHeaders(session) });
  if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}

/** `POST path` as `session` with a JSON body (already serialised, or a value to serialise). */
export function post(session: ApiSession, path: string, body: unknown): Promise<Response> {
  return fetch(`${session.origin}${path}`, { method: 'POST', headers: sessionHeaders(session), body: typeof body === 'string' ? body : JSON.stringify(body) });
}
