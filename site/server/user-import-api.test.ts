import { beforeEach, describe, expect, it } from 'vitest';
import * as session from '../pages/api/session.ts';
import * as userImport from '../pages/api/users/import.ts';
import type { RecordsStore } from '../records/store.ts';
import { addPerson, call, errorOf, freshStore, origin, signedIn } from './api-test-world.ts';
import { importLimits } from './user-import.ts';

/**
 * POST /api/users/import: an admin's CSV of people, checked whole before
 * anything is stored, tried first with `dryRun`; every other role turned
 * away, and every refusal leaving the people as they were.
 */

let store: RecordsStore;

beforeEach(async () => {
  store = freshStore();
  await store.createTeam({ id: 'east', name: '华东销售' });
  await store.createTeam({ id: 'service', name: '客服中心' });
  await addPerson(store, 'admin', 'admin', []);
  await addPerson(store, 'lead', 'lead', ['east']);
  await addPerson(store, 'mei', 'trainee', ['east']);
});

const importing = (headers: Headers, body: unknown) => call(userImport.POST, '/api/users/import', { method: 'POST', headers, body: JSON.stringify(body) });
const usernames = async () => (await store.users()).map((user) => user.username);
const signIn = (username: string, password: string) =>
  call(session.POST, '/api/session', { method: 'POST', headers: { Origin: origin, 'Content-Type': 'application/json' }, body: JSON.stringify({ username, password }) });

const goodFile = ['用户名,姓名,角色,团队,密码', 'zhou.wen,周雯,trainee,east,first-day-2026', 'chen.jie,陈杰,lead,east|service,'].join('\n');

describe('POST /api/users/import', () => {
  it('answers a dry run with who would be created, storing nobody', async () => {
    const response = await importing(await signedIn('admin'), { csv: goodFile, dryRun: true });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      dryRun: true,
      users: [
        { line: 2, user: { id: 'u-zhou.wen', username: 'zhou.wen', name: '周雯', role: 'trainee', teamIds: ['east'] }, password: 'given' },
        { line: 3, user: { id: 'u-chen.jie', username: 'chen.jie', name: '陈杰', role: 'lead', teamIds: ['east', 'service'] }, password: 'generated' },
      ],
    });
    expect(await usernames()).toEqual(['admin', 'lead', 'mei']);
  });

  it('creates everyone, hands back the one-time password it made, once, and each can sign in', async () => {
    const response = await importing(await signedIn('admin'), { csv: goodFile });
    expect(response.status).toBe(201);
    const text = await response.text();
    expect(text).not.toContain('passwordHash');
    expect(text).not.toContain('first-day-2026');
    const { users } = JSON.parse(text) as { users: { line: number; user: { username: string }; password: string; oneTimePassword?: string }[] };
    expect(users.map(({ user, password, oneTimePassword }) => [user.username, password, oneTimePassword === undefined])).toEqual([
      ['zhou.wen', 'given', true],
      ['chen.jie', 'generated', false],
    ]);
    expect(await usernames()).toEqual(['admin', 'lead', 'mei', 'zhou.wen', 'chen.jie']);
    expect((await signIn('zhou.wen', 'first-day-2026')).status).toBe(200);
    expect((await signIn('chen.jie', users[1].oneTimePassword!)).status).toBe(200);
  });

  it('refuses a file with bad rows with each row by line and field, storing nobody, not even the good rows', async () => {
    const csv = [goodFile, 'mei,梅,trainee,east,', 'Zhou.Wen,周文,boss,north,'].join('\n');
    const response = await importing(await signedIn('admin'), { csv });
    expect(response.status).toBe(422);
    const { error } = (await response.json()) as { error: { code: string; message: string; rows: { line: number; field: string; code: string }[] } };
    expect(error.code).toBe('import.rows-invalid');
    expect(error.message).toBe('4 problem(s) on 2 line(s) of the file; nobody was imported.');
    expect(error.rows.map(({ line, field, code }) => `${line} ${field} ${code}`)).toEqual(['4 username username.taken', '5 username username.twice', '5 role role.unknown', '5 teams team.unknown']);
    expect(await usernames()).toEqual(['admin', 'lead', 'mei']);
  });

  it(`refuses more than ${importLimits.rows} people with 413, and a body that is not { csv }`, async () => {
    const headers = await signedIn('admin');
    const lines = Array.from({ length: importLimits.rows + 1 }, (_, index) => `p${index},P ${index},trainee`);
    expect(await errorOf(await importing(headers, { csv: ['username,name,role', ...lines].join('\n') }))).toMatchObject({ status: 413, code: 'request.too-large', field: 'csv' });
    expect(await errorOf(await importing(headers, { file: goodFile }))).toMatchObject({ status: 400 });
    expect(await errorOf(await importing(headers, { csv: goodFile, dryRun: 'yes' }))).toMatchObject({ status: 400, field: 'dryRun' });
    headers.set('Content-Type', 'text/csv');
    expect(await errorOf(await call(userImport.POST, '/api/users/import', { method: 'POST', headers, body: goodFile }))).toMatchObject({ status: 415 });
    expect(await usernames()).toEqual(['admin', 'lead', 'mei']);
  });

  it('turns away every other role, the signed-out and a request without the CSRF token', async () => {
    for (const username of ['lead', 'mei']) {
      expect(await errorOf(await importing(await signedIn(username), { csv: goodFile })), username).toMatchObject({ status: 403, code: 'auth.forbidden' });
    }
    expect(await errorOf(await importing(new Headers({ Origin: origin, 'Content-Type': 'application/json' }), { csv: goodFile }))).toMatchObject({ status: 401 });
    const forged = await signedIn('admin');
    forged.delete('X-CSRF-Token');
    expect(await errorOf(await importing(forged, { csv: goodFile }))).toMatchObject({ status: 403, code: 'csrf.token-missing' });
    expect(await usernames()).toEqual(['admin', 'lead', 'mei']);
  });
});
