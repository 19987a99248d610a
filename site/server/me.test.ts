import { beforeEach, describe, expect, it } from 'vitest';
import * as me from '../pages/api/me.ts';
import type { RecordsStore } from '../records/store.ts';
import { attempt } from '../records/test-records.ts';
import { addPerson, call as callRoute, errorOf, freshStore, origin, signedIn } from './api-test-world.ts';

/**
 * GET and PATCH /api/me called as the server calls them, against a memory
 * store, in the manner of api.test.ts: the profile and badges, the display
 * name set and cleared, and every refusal leaving the person as they were.
 */

let store: RecordsStore;

beforeEach(async () => {
  store = freshStore();
  await store.createTeam({ id: 'east', name: '华东销售' });
  await addPerson(store, 'mei', 'trainee', ['east']);
  await addPerson(store, 'lin', 'trainee', ['east'], 'Kevin');
});

const call = (route: Parameters<typeof callRoute>[0], init: RequestInit = {}) => callRoute(route, '/api/me', init);
const patch = (headers: Headers, body: unknown) => call(me.PATCH, { method: 'PATCH', headers, body: typeof body === 'string' ? body : JSON.stringify(body) });

describe('GET /api/me', () => {
  it('gives the person’s public profile, their badges and the CSRF token', async () => {
    await store.saveAttempt(attempt('a-1', 'mei', '2026-11-20T08:00:00.000Z'), []);
    const headers = await signedIn('mei');
    const response = await call(me.GET, { headers });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { user: { id: string }; badges: { id: string; name: string; done: number; of: number; earnedAt?: string }[]; csrfToken: string };
    expect(body.user).toEqual({ id: 'mei', username: 'mei', name: 'mei (real)', role: 'trainee', teamIds: ['east'] });
    expect(body.csrfToken).toBe(headers.get('X-CSRF-Token'));
    expect(body.badges.find((badge) => badge.id === 'first-scenario')).toEqual({
      id: 'first-scenario',
      name: 'badge.firstScenario.name',
      description: 'badge.firstScenario.description',
      params: { count: 1 },
      done: 1,
      of: 1,
      earnedAt: '2026-11-20T08:00:00.000Z',
    });
    expect(body.badges.find((badge) => badge.id === 'five-scenarios')).toMatchObject({ done: 1, of: 5 });
    expect(JSON.stringify(body)).not.toContain('passwordHash');
  });

  it('asks anyone not signed in to sign in', async () => {
    expect(await errorOf(await call(me.GET))).toMatchObject({ status: 401, code: 'auth.required' });
  });
});

describe('PATCH /api/me', () => {
  it('sets the display name, trimmed, and clears it with null or an empty name', async () => {
    const headers = await signedIn('mei');
    const set = await patch(headers, { displayName: '  小梅 ' });
    expect(set.status).toBe(200);
    expect(await set.json()).toEqual({ user: { id: 'mei', username: 'mei', name: 'mei (real)', displayName: '小梅', role: 'trainee', teamIds: ['east'] } });
    expect((await store.user('mei'))?.displayName).toBe('小梅');

    expect((await patch(headers, { displayName: null })).status).toBe(200);
    expect((await store.user('mei'))?.displayName).toBeUndefined();
    await patch(headers, { displayName: 'Plum' });
    const cleared = await patch(headers, { displayName: '' });
    expect(((await cleared.json()) as { user: object }).user).not.toHaveProperty('displayName');
  });

  it('turns away the signed-out and a change without the CSRF token, changing nothing', async () => {
    const headers = await signedIn('mei');
    expect(await errorOf(await patch(new Headers({ Origin: origin, 'Content-Type': 'application/json' }), { displayName: 'Plum' }))).toMatchObject({ status: 401, code: 'auth.required' });
    const noToken = new Headers(headers);
    noToken.delete('X-CSRF-Token');
    expect(await errorOf(await patch(noToken, { displayName: 'Plum' }))).toMatchObject({ status: 403, code: 'csrf.token-missing' });
    const otherSite = new Headers(headers);
    otherSite.set('Origin', 'https://evil.example');
    expect(await errorOf(await patch(otherSite, { displayName: 'Plum' }))).toMatchObject({ status: 403, code: 'csrf.origin-mismatch' });
    expect((await store.user('mei'))?.displayName).toBeUndefined();
  });

  it('refuses a key besides displayName, a literal "__proto__" too, naming it and changing nothing (the API fuzzer found it saved the name and ignored the rest)', async () => {
    const headers = await signedIn('mei');
    expect(await errorOf(await patch(headers, '{"__proto__":{"role":"admin"},"displayName":"Plum"}'))).toMatchObject({ status: 400, code: 'request.invalid', field: '__proto__' });
    expect(await errorOf(await patch(headers, { displayName: 'Plum', role: 'admin' }))).toMatchObject({ status: 400, code: 'request.invalid', field: 'role' });
    expect(await store.user('mei')).toMatchObject({ role: 'trainee', displayName: undefined });
  });

  it('refuses a bad display name with a 400 naming the field, and a name someone already has with a 409, changing nothing', async () => {
    const headers = await signedIn('lin');
    expect(await errorOf(await patch(headers, { displayName: 'x'.repeat(41) }))).toMatchObject({ status: 400, code: 'request.invalid', field: 'displayName' });
    expect(await errorOf(await patch(headers, { displayName: 42 }))).toMatchObject({ status: 400, code: 'request.invalid', field: 'displayName' });
    expect(await errorOf(await patch(headers, { name: 'Plum' }))).toMatchObject({ status: 400, code: 'request.invalid', field: 'displayName' });
    expect(await errorOf(await patch(headers, '{"displayName":'))).toMatchObject({ status: 400, code: 'request.malformed-json' });
    expect(await errorOf(await patch(headers, { displayName: 'MEI (real)' }))).toMatchObject({ status: 409, code: 'conflict', field: 'displayName' });
    expect((await store.user('lin'))?.displayName).toBe('Kevin');
  });
});
