import type { Delivery, QueuedAttempt } from './outbox.ts';

/**
 * One try at handing a finished attempt to the records server: ask who is
 * signed in (and for the CSRF token), then POST it. The server answers 201
 * for a new attempt and 200 for one it has already, both "stored". Being
 * signed out, offline, or a server error means "try again later"; any other
 * refusal is for good, with the server's reason.
 */
export async function deliverAttempt(item: QueuedAttempt, fetcher: typeof fetch = fetch): Promise<Delivery> {
  try {
    const me = await fetcher('/api/session', { credentials: 'same-origin', cache: 'no-store' });
    if (me.status === 401) return { outcome: 'retry', reason: 'signed-out' };
    if (!me.ok) return { outcome: 'retry', reason: 'offline' };
    const { csrfToken } = (await me.json()) as { csrfToken: string };
    const response = await fetcher('/api/attempts', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrfToken },
      body: JSON.stringify(item.body),
    });
    if (response.status === 200 || response.status === 201) return { outcome: 'stored' };
    if (response.status === 401) return { outcome: 'retry', reason: 'signed-out' };
    if (response.status >= 500 || response.status === 429) return { outcome: 'retry', reason: 'offline' };
    const refusal = (await response.json().catch(() => undefined)) as { error?: { message?: string } } | undefined;
    return { outcome: 'refused', message: refusal?.error?.message ?? `The server answered ${response.status}.` };
  } catch {
    // fetch itself failed: no network, or the server is not there (practice without a server).
    return { outcome: 'retry', reason: 'offline' };
  }
}
