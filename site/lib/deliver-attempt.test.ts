import { describe, expect, it } from 'vitest';
import { deliverAttempt } from './deliver-attempt.ts';
import type { QueuedAttempt } from './outbox.ts';

const item: QueuedAttempt = { id: 'a-1', body: { id: 'a-1', record: {} }, queuedAt: '2026-11-23T08:00:00.000Z', tries: 0 };

/** A server answering /api/session and /api/attempts as told, noting what was posted. */
function server(session: number, attempts: number | Error, body: unknown = {}) {
  const posted: RequestInit[] = [];
  const fetcher = (async (input: RequestInfo | URL, init?: RequestInit) => {
    if (String(input) === '/api/session') return new Response(JSON.stringify({ csrfToken: 'tok' }), { status: session });
    posted.push(init!);
    if (attempts instanceof Error) throw attempts;
    return new Response(JSON.stringify(body), { status: attempts });
  }) as typeof fetch;
  return { fetcher, posted };
}

describe('deliverAttempt', () => {
  it('posts the attempt with the session’s CSRF token; 201 and 200 are both stored', async () => {
    for (const status of [201, 200]) {
      const { fetcher, posted } = server(200, status);
      expect(await deliverAttempt(item, fetcher)).toEqual({ outcome: 'stored' });
      expect(posted[0]).toMatchObject({ method: 'POST', body: JSON.stringify(item.body), headers: { 'X-CSRF-Token': 'tok' } });
    }
  });

  it('waits when signed out, offline or the server fails, without posting when signed out', async () => {
    const signedOut = server(401, 201);
    expect(await deliverAttempt(item, signedOut.fetcher)).toEqual({ outcome: 'retry', reason: 'signed-out' });
    expect(signedOut.posted).toEqual([]);
    expect(await deliverAttempt(item, server(200, new TypeError('Failed to fetch')).fetcher)).toEqual({ outcome: 'retry', reason: 'offline' });
    expect(await deliverAttempt(item, server(200, 503).fetcher)).toEqual({ outcome: 'retry', reason: 'offline' });
  });

  it('gives up on an attempt the server refuses, with its reason', async () => {
    const refused = server(200, 422, { error: { code: 'attempt.not-replayable', message: 'record.out-of-order: Entry 3 is early.' } });
    expect(await deliverAttempt(item, refused.fetcher)).toEqual({ outcome: 'refused', message: 'record.out-of-order: Entry 3 is early.' });
  });
});
