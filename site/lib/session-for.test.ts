import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadSessionFor } from './session-for.ts';

const session = (role: string) => ({ user: { id: `u-${role}`, username: role, name: role, role, teamIds: [] }, csrfToken: 'token' });
const answering = (status: number, body: unknown) => vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify(body), { status })));

describe('loadSessionFor', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('answers the session when the role may call the operation, and forbidden when not, by the access table', async () => {
    answering(200, session('consultant'));
    expect(await loadSessionFor('lesson.edit')).toEqual({ status: 'ready', data: session('consultant') });
    answering(200, session('consultant'));
    expect(await loadSessionFor('people.read')).toEqual({ status: 'forbidden' });
    answering(200, session('admin'));
    expect(await loadSessionFor('people.read')).toMatchObject({ status: 'ready' });
  });

  it('passes on a missing session as signed out', async () => {
    answering(401, { error: { code: 'auth.required', message: 'Sign in first.' } });
    expect(await loadSessionFor('scenario.edit')).toEqual({ status: 'signed-out' });
  });
});
