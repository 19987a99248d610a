import { afterEach, describe, expect, it, vi } from 'vitest';
import { load } from './api-load.ts';

const answer = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

afterEach(() => vi.unstubAllGlobals());

describe('load', () => {
  it('sends a change with its JSON body and the CSRF token, and reads the answer', async () => {
    const fetch = vi.fn(async () => answer(201, { lesson: { version: 2 } }));
    vi.stubGlobal('fetch', fetch);
    const saved = await load('/api/lessons/x', { send: { method: 'PUT', body: { title: 'T' }, csrfToken: 'token-1' } });
    expect(saved).toEqual({ status: 'ready', data: { lesson: { version: 2 } } });
    expect(fetch).toHaveBeenCalledWith('/api/lessons/x', expect.objectContaining({ method: 'PUT', body: '{"title":"T"}', headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': 'token-1' } }));
  });

  it('tells signed out, a role turned away, a refusal with its code and field, and no answer apart', async () => {
    const answers = [
      answer(401, { error: { code: 'auth.required', message: 'Sign in first' } }),
      answer(403, { error: { code: 'auth.forbidden', message: 'No' } }),
      answer(403, { error: { code: 'auth.forbidden', message: 'Not that team', field: 'team' } }),
      answer(409, { error: { code: 'conflict', message: 'Saved since', field: 'baseVersion' } }),
    ];
    vi.stubGlobal('fetch', vi.fn(async () => answers.shift() ?? Promise.reject(new TypeError('Failed to fetch'))));
    expect(await load('/a')).toEqual({ status: 'signed-out' });
    expect(await load('/a')).toEqual({ status: 'forbidden' });
    expect(await load('/a')).toEqual({ status: 'error', message: 'Not that team', code: 'auth.forbidden', field: 'team' });
    expect(await load('/a')).toEqual({ status: 'error', message: 'Saved since', code: 'conflict', field: 'baseVersion' });
    expect(await load('/a')).toEqual({ status: 'error', message: 'Failed to fetch' });
  });
});
