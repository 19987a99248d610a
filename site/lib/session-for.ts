import { mayCall, type Operation } from '../auth/access.ts';
import type { publicUser } from '../auth/sign-in.ts';
import { loadJson, type Loaded } from './api-client.ts';

/** `GET /api/session`: who is signed in, and the token their changes carry. */
export interface Session {
  readonly user: ReturnType<typeof publicUser>;
  readonly csrfToken: string;
}

/**
 * The session as a page for one operation needs it: `forbidden` when the
 * signed-in role may not call the operation (the one table, auth/access.ts),
 * so the page says so before asking for anything else.
 */
export async function loadSessionFor(operation: Operation): Promise<Loaded<Session>> {
  const session = await loadJson<Session>('/api/session');
  return session.status === 'ready' && !mayCall(session.data.user, operation) ? { status: 'forbidden' } : session;
}
