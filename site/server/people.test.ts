import { beforeEach, describe, expect, it } from 'vitest';
import * as session from '../pages/api/session.ts';
import * as teams from '../pages/api/teams.ts';
import * as password from '../pages/api/users/[id]/password.ts';
import * as users from '../pages/api/users/index.ts';
import type { RecordsStore } from '../records/store.ts';
import { addPerson, call, errorOf, freshStore, origin, signedIn } from './api-test-world.ts';

/**
 * The admin's people management: teams and people made, listed and given a
 * new password; every other role turned away, and every refusal leaving the
 * records as they were.
 */

let store: RecordsStore;

beforeEach(async () => {
  store = freshStore();
  await store.createTeam({ id: 'east', name: '华东销售' });
  await addPerson(store, 'admin', 'admin', []);
  await addPerson(store, 'lead', 'lead', ['east']);
  await addPerson(store, 'mei', 'trainee', ['east']);
});

const send = (route: Parameters<typeof call>[0], path: string, method: string, headers: Headers, body: unknown, params?: Record<string, string>) =>
  call(route, path, { method, headers, body: JSON.stringify(body), params });

describe('teams', () => {
  it('lets an admin add a team and list them, and refuses a taken id or a bad name', async () => {
    const headers = await signedIn('admin');
    const created = await send(teams.POST, '/api/teams', 'POST', headers, { id: 'service', name: '客服中心' });
    expect(created.status).toBe(201);
    expect(await created.json()).toEqual({ team: { id: 'service', name: '客服中心' } });
    expect(await errorOf(await send(teams.POST, '/api/teams', 'POST', headers, { id: 'service', name: '又一个' }))).toMatchObject({ status: 409, code: 'conflict' });
    expect(await errorOf(await send(teams.POST, '/api/teams', 'POST', headers, { id: 'north', name: '' }))).toMatchObject({ status: 400, field: 'name' });
    expect(await errorOf(await send(teams.POST, '/api/teams', 'POST', headers, { id: 'north', name: 'North', extra: 1 }))).toMatchObject({ status: 400 });
    const listed = (await (await call(teams.GET, '/api/teams', { headers })).json()) as { teams: { id: string }[] };
    expect(listed.teams.map((team) => team.id)).toEqual(['east', 'service']);
  });

  it('turns away every other role', async () => {
    for (const username of ['lead', 'mei']) {
      expect(await errorOf(await send(teams.POST, '/api/teams', 'POST', await signedIn(username), { id: 'x', name: 'X' })), username).toMatchObject({ status: 403 });
      expect(await errorOf(await call(teams.GET, '/api/teams', { headers: await signedIn(username) })), username).toMatchObject({ status: 403 });
    }
    expect(await store.teams()).toHaveLength(1);
  });
});

describe('people', () => {
  it('lets an admin add a person who can then sign in, never showing a password hash', async () => {
    const headers = await signedIn('admin');
    const created = await send(users.POST, '/api/users', 'POST', headers, { username: 'Zhou', name: '周雯', role: 'trainee', teamIds: ['east'], password: 'first-day-2026' });
    expect(created.status).toBe(201);
    const { user } = (await created.json()) as { user: Record<string, unknown> };
    expect(user).toEqual({ id: 'u-zhou', username: 'zhou', name: '周雯', role: 'trainee', teamIds: ['east'] });
    const signIn = await call(session.POST, '/api/session', { method: 'POST', headers: { Origin: origin, 'Content-Type': 'application/json' }, body: JSON.stringify({ username: 'zhou', password: 'first-day-2026' }) });
    expect(signIn.status).toBe(200);
    const listed = await (await call(users.GET, '/api/users', { headers })).text();
    expect(listed).toContain('u-zhou');
    expect(listed).not.toContain('passwordHash');
  });

  it('refuses a taken username, a short password, an unknown team and an unknown role, storing no one', async () => {
    const headers = await signedIn('admin');
    const person = { username: 'zhou', name: '周雯', role: 'trainee', teamIds: ['east'], password: 'first-day-2026' };
    expect(await errorOf(await send(users.POST, '/api/users', 'POST', headers, { ...person, username: 'mei' }))).toMatchObject({ status: 409, code: 'conflict', field: 'username' });
    expect(await errorOf(await send(users.POST, '/api/users', 'POST', headers, { ...person, password: 'short' }))).toMatchObject({ status: 400, field: 'password' });
    expect(await errorOf(await send(users.POST, '/api/users', 'POST', headers, { ...person, teamIds: ['north'] }))).toMatchObject({ status: 400, field: 'teamIds' });
    expect(await errorOf(await send(users.POST, '/api/users', 'POST', headers, { ...person, role: 'boss' }))).toMatchObject({ status: 400, field: 'role' });
    expect(await errorOf(await send(users.POST, '/api/users', 'POST', await signedIn('lead'), person))).toMatchObject({ status: 403 });
    expect((await store.users()).map((user) => user.id)).toEqual(['admin', 'lead', 'mei']);
  });

  it('gives a person a new password and ends their sessions; only an admin may', async () => {
    const mei = await signedIn('mei');
    const admin = await signedIn('admin');
    expect(await errorOf(await send(password.PUT, '/api/users/mei/password', 'PUT', await signedIn('lead'), { password: 'new-password-1' }, { id: 'mei' }))).toMatchObject({ status: 403 });
    expect(await errorOf(await send(password.PUT, '/api/users/nobody/password', 'PUT', admin, { password: 'new-password-1' }, { id: 'nobody' }))).toMatchObject({ status: 404 });
    expect(await errorOf(await send(password.PUT, '/api/users/mei/password', 'PUT', admin, { password: '123' }, { id: 'mei' }))).toMatchObject({ status: 400, field: 'password' });
    expect((await send(password.PUT, '/api/users/mei/password', 'PUT', admin, { password: 'new-password-1' }, { id: 'mei' })).status).toBe(204);
    expect((await call(session.GET, '/api/session', { headers: mei })).status).toBe(401);
    const again = await call(session.POST, '/api/session', { method: 'POST', headers: { Origin: origin, 'Content-Type': 'application/json' }, body: JSON.stringify({ username: 'mei', password: 'new-password-1' }) });
    expect(again.status).toBe(200);
  });
});
