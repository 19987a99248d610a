import { beforeEach, describe, expect, it } from 'vitest';
import type { CommandInput } from '../../engine/commands.ts';
import { startAttempt, submit } from '../../engine/scenario/runner.ts';
import { sealAttempt } from '../../engine/scenario/verify.ts';
import { perfectCommands } from '../../engine/scenario/walkthrough.ts';
import { loadScenario } from '../lib/scenarios.ts';
import * as attemptById from '../pages/api/attempts/[id].ts';
import * as attempts from '../pages/api/attempts/index.ts';
import * as leaderboards from '../pages/api/leaderboards.ts';
import * as errorsCsv from '../pages/api/reports/errors.csv.ts';
import * as errors from '../pages/api/reports/errors.ts';
import * as session from '../pages/api/session.ts';
import * as unserved from '../pages/api/[...path].ts';
import type { RecordsStore } from '../records/store.ts';
import { addPerson, call, errorOf, freshStore, origin, password, signedIn } from './api-test-world.ts';
import { provideServerContext, serverContext } from './context.ts';

/**
 * Every route of the records API called as the server calls it, against a
 * memory store: success, each role turned away where it must be, bad input
 * answered 4xx with a specific code, and the store unchanged after a refusal.
 */

let store: RecordsStore;

beforeEach(async () => {
  store = freshStore();
  await store.createTeam({ id: 'east', name: '华东销售' });
  await store.createTeam({ id: 'service', name: '客服中心' });
  await addPerson(store, 'mei', 'trainee', ['east'], 'mei-shown');
  await addPerson(store, 'lin', 'trainee', ['service'], 'lin-shown');
  await addPerson(store, 'lead', 'lead', ['east']);
  await addPerson(store, 'consultant', 'consultant', []);
  await addPerson(store, 'admin', 'admin', []);
});

const scenario = loadScenario('master-data-basics')!;
const perfectPlay = perfectCommands(scenario);
function record(commands: readonly CommandInput[]) {
  return sealAttempt(commands.reduce((attempt, command, index) => submit(attempt, command, (index + 1) * 4000).attempt, startAttempt(scenario)));
}
const perfect = record(perfectPlay);

function post(headers: Headers, body: unknown) {
  return call(attempts.POST, '/api/attempts', { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) });
}

describe('POST, GET and DELETE /api/session', () => {
  it('signs in, says who is signed in, and signs out', async () => {
    const headers = await signedIn('mei');
    const me = await call(session.GET, '/api/session', { headers });
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ user: { id: 'mei', role: 'trainee' } });
    expect(JSON.stringify(await (await call(session.GET, '/api/session', { headers })).json())).not.toContain('passwordHash');
    expect((await call(session.DELETE, '/api/session', { method: 'DELETE', headers })).status).toBe(204);
    expect(await errorOf(await call(session.GET, '/api/session', { headers }))).toMatchObject({ status: 401, code: 'auth.required' });
  });

  it('refuses a wrong password, malformed JSON, a missing field, and another site’s form', async () => {
    const json = { Origin: origin, 'Content-Type': 'application/json' };
    expect(await errorOf(await call(session.POST, '/api/session', { method: 'POST', headers: json, body: JSON.stringify({ username: 'mei', password: 'wrong-password' }) }))).toMatchObject({ status: 401, code: 'auth.sign-in-failed' });
    expect(await errorOf(await call(session.POST, '/api/session', { method: 'POST', headers: json, body: '{"username":' }))).toMatchObject({ status: 400, code: 'request.malformed-json' });
    expect(await errorOf(await call(session.POST, '/api/session', { method: 'POST', headers: json, body: JSON.stringify({ username: 'mei' }) }))).toMatchObject({ status: 400, code: 'request.invalid', field: 'password' });
    expect(
      await errorOf(await call(session.POST, '/api/session', { method: 'POST', headers: { ...json, Origin: 'https://evil.example' }, body: JSON.stringify({ username: 'mei', password }) })),
    ).toMatchObject({ status: 403, code: 'csrf.origin-mismatch' });
  });
});

describe('POST /api/attempts', () => {
  it('stores the server’s own result: 201, then 200 with the same on a retry, a forged score ignored', async () => {
    const headers = await signedIn('mei');
    const forged = { ...perfect, claimed: { ...perfect.claimed!, score: 100 }, entries: perfect.entries.slice(0, 2) };
    const created = await post(headers, { id: 'a-1', record: forged });
    expect(created.status).toBe(201);
    const { attempt } = (await created.json()) as { attempt: { score: number; completed: boolean; userId: string } };
    expect(attempt).toMatchObject({ userId: 'mei', completed: false });
    expect(attempt.score).toBeLessThan(100);
    const again = await post(headers, { id: 'a-1', record: perfect });
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ attempt });
    expect(await store.attempts()).toHaveLength(1);
  });

  it('hastens the xAPI delivery for a new attempt, not for a retry nor a refusal', async () => {
    let nudges = 0;
    provideServerContext({ ...(await serverContext()), xapi: { start() {}, nudge: () => nudges++, stop: async () => {} } });
    const headers = await signedIn('mei');
    expect((await post(headers, { id: 'a-1', record: perfect })).status).toBe(201);
    expect((await post(headers, { id: 'a-1', record: perfect })).status).toBe(200);
    expect((await post(headers, { id: 'a-2', record: { ...perfect, scenarioVersion: 42 } })).status).toBe(422);
    expect(nudges).toBe(1);
  });

  it('turns away the signed-out, a missing CSRF token, bad bodies and huge ones, storing nothing', async () => {
    const headers = await signedIn('mei');
    expect(await errorOf(await post(new Headers({ Origin: origin, 'Content-Type': 'application/json' }), { id: 'a-1', record: perfect }))).toMatchObject({ status: 401, code: 'auth.required' });
    const noToken = new Headers(headers);
    noToken.delete('X-CSRF-Token');
    expect(await errorOf(await post(noToken, { id: 'a-1', record: perfect }))).toMatchObject({ status: 403, code: 'csrf.token-missing' });
    expect(await errorOf(await post(headers, '{"id": "a-1", "record": '))).toMatchObject({ status: 400, code: 'request.malformed-json' });
    expect(await errorOf(await post(headers, { id: 'a-1', record: { ...perfect, seed: 'seven' } }))).toMatchObject({ status: 400, code: 'request.invalid', field: 'record.seed' });
    expect(await errorOf(await post(headers, { id: 'a-1', record: perfect, padding: 'x'.repeat(1_100_000) }))).toMatchObject({ status: 413, code: 'request.too-large' });
    expect(await errorOf(await post(headers, { id: 'a-1', record: { ...perfect, scenarioVersion: 42 } }))).toMatchObject({ status: 422, code: 'attempt.scenario-unknown' });
    // A command's data 2,000 deep overflowed the replay's stack, a 500, until the API fuzzer sent one.
    const deep = JSON.stringify({ id: 'a-1', record: { ...perfect, entries: [{ kind: 'command', offsetMs: 0, command: { type: 'account.create', data: 0 } }] } }).replace('"data":0', `"data":${'{"a":'.repeat(2_000)}1${'}'.repeat(2_000)}`);
    expect(await errorOf(await post(headers, deep))).toMatchObject({ status: 400, code: 'request.invalid', message: expect.stringContaining('more than 64 deep') });
    expect(await store.isEmpty()).toBe(false); // the people are there…
    expect(await store.attempts()).toEqual([]); // …and no attempt.
  });
});

describe('GET /api/attempts/:id', () => {
  it('lets the owner, their lead and an admin read it, and no one else', async () => {
    await post(await signedIn('mei'), { id: 'a-1', record: perfect });
    const read = async (username: string, id = 'a-1') => call(attemptById.GET, `/api/attempts/${id}`, { headers: await signedIn(username), params: { id } });
    for (const username of ['mei', 'lead', 'admin']) expect((await read(username)).status, username).toBe(200);
    for (const username of ['lin', 'consultant']) expect(await errorOf(await read(username)), username).toMatchObject({ status: 403, code: 'auth.forbidden' });
    expect(await errorOf(await read('mei', 'nope'))).toMatchObject({ status: 404, code: 'not-found' });
    expect(await errorOf(await call(attemptById.GET, '/api/attempts/a-1', { params: { id: 'a-1' } }))).toMatchObject({ status: 401 });
  });
});

describe('GET /api/leaderboards', () => {
  it('answers every signed-in role, with names as each may see them', async () => {
    await post(await signedIn('mei'), { id: 'a-1', record: perfect });
    const board = async (username: string) => {
      const response = await call(leaderboards.GET, '/api/leaderboards?scope=individual&period=week', { headers: await signedIn(username) });
      expect(response.status, username).toBe(200);
      return (await response.json()) as { rows: { id: string; name: string }[]; rules: unknown[] };
    };
    expect((await board('lin')).rows.find((row) => row.id === 'mei')?.name).toBe('mei-shown');
    expect((await board('lead')).rows.find((row) => row.id === 'mei')?.name).toBe('mei (real)');
    expect((await board('admin')).rows.find((row) => row.id === 'mei')?.name).toBe('mei (real)');
    expect((await board('consultant')).rules.length).toBeGreaterThan(0);
  });

  it('refuses a scope, period or neighbours it does not know, naming the parameter', async () => {
    const headers = await signedIn('mei');
    expect(await errorOf(await call(leaderboards.GET, '/api/leaderboards?scope=galaxy&period=week', { headers }))).toMatchObject({ status: 400, field: 'scope' });
    expect(await errorOf(await call(leaderboards.GET, '/api/leaderboards?scope=team', { headers }))).toMatchObject({ status: 400, field: 'period' });
    expect(await errorOf(await call(leaderboards.GET, '/api/leaderboards?scope=team&period=all&neighbours=-1', { headers }))).toMatchObject({ status: 400, field: 'neighbours' });
    // Number() took these as 0, 16 and 10 until the API fuzzer sent them.
    for (const neighbours of ['', '0x10', '1e1'])
      expect(await errorOf(await call(leaderboards.GET, `/api/leaderboards?scope=team&period=all&neighbours=${neighbours}`, { headers }))).toMatchObject({ status: 400, field: 'neighbours' });
    expect(await errorOf(await call(leaderboards.GET, '/api/leaderboards?scope=team&period=all'))).toMatchObject({ status: 401 });
    for (const [query, field] of [['offset=-1', 'offset'], ['limit=0', 'limit'], ['limit=201', 'limit'], ['neighbours=2&limit=10', 'neighbours']])
      expect(await errorOf(await call(leaderboards.GET, `/api/leaderboards?scope=individual&period=all&${query}`, { headers })), query).toMatchObject({ status: 400, field });
  });

  it('answers a page of the ranking, the viewer’s own place wherever it is, and the total', async () => {
    await post(await signedIn('mei'), { id: 'a-1', record: perfect });
    await post(await signedIn('lin'), { id: 'a-2', record: perfect });
    const page = async (query: string) => {
      const response = await call(leaderboards.GET, `/api/leaderboards?scope=individual&period=all&${query}`, { headers: await signedIn('lin') });
      expect(response.status, query).toBe(200);
      return (await response.json()) as { rows: { id: string; rank: number }[]; own: { id: string; rank: number }[]; total: number };
    };
    // Equal runs share first place, listed by id.
    const whole = await page('');
    expect(whole.rows.map((row) => row.rank)).toEqual([1, 1]);
    expect(whole.own).toMatchObject([{ id: 'lin', rank: 1 }]);
    expect(await page('limit=1')).toEqual({ ...whole, rows: whole.rows.slice(0, 1) });
    expect(await page('offset=1&limit=1')).toEqual({ ...whole, rows: whole.rows.slice(1) });
    expect(await page('offset=5')).toEqual({ ...whole, rows: [] });
  });
});

describe('GET /api/reports/errors and errors.csv', () => {
  it('gives a lead their own team by name, a consultant counts without names, and refuses trainees and other teams', async () => {
    await post(await signedIn('mei'), { id: 'a-1', record: record([{ ...perfectPlay[0], data: { ...perfectPlay[0].data, phone: '139' } } as CommandInput, ...perfectPlay]) });
    const report = async (username: string, query = '') => call(errors.GET, `/api/reports/errors${query}`, { headers: await signedIn(username) });

    const lead = await report('lead');
    expect(lead.status).toBe(200);
    const byLead = (await lead.json()) as { operators: { id: string }[]; totals: { mistakes: number } };
    expect(byLead.operators.map((operator) => operator.id)).toEqual(['mei']);
    expect(byLead.totals.mistakes).toBe(1);

    const consultant = (await (await report('consultant')).json()) as { operators: unknown[]; totals: { mistakes: number } };
    expect(consultant.operators).toEqual([]);
    expect(consultant.totals.mistakes).toBe(1);

    expect(await errorOf(await report('mei'))).toMatchObject({ status: 403, code: 'auth.forbidden' });
    expect(await errorOf(await report('lead', '?team=service'))).toMatchObject({ status: 403, field: 'team' });
    expect(await errorOf(await report('admin', '?team=north'))).toMatchObject({ status: 404, field: 'team' });
    expect(await errorOf(await report('admin', '?period=decade'))).toMatchObject({ status: 400, field: 'period' });
    expect(await errorOf(await report('admin', '?from=2026-11-30&to=2026-11-01'))).toMatchObject({ status: 400, field: 'to' });
    expect((await report('admin', '?from=2026-11-01&to=2026-12-01')).status).toBe(200);
  });

  it('downloads the CSV for a lead, with a byte-order mark for Excel, and not for a consultant', async () => {
    await post(await signedIn('mei'), { id: 'a-1', record: perfect });
    const csv = await call(errorsCsv.GET, '/api/reports/errors.csv?lang=zh-CN', { headers: await signedIn('lead') });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('Content-Type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('Content-Disposition')).toContain('crm-drill-errors-2026-11-23.csv');
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toContain('mei (real)');
    expect(await errorOf(await call(errorsCsv.GET, '/api/reports/errors.csv', { headers: await signedIn('consultant') }))).toMatchObject({ status: 403 });
  });
});

describe('an API path no route serves', () => {
  it('is refused in the API’s JSON, by any method, naming the path', async () => {
    for (const method of ['GET', 'POST', 'DELETE']) {
      const response = await call(unserved.ALL, '/api/teams/extra/segment', { method });
      expect(response.headers.get('Content-Type')).toMatch(/^application\/json/);
      expect(await errorOf(response)).toMatchObject({ status: 404, code: 'not-found', message: "No API route answers /api/teams/extra/segment; the README's API table lists them." });
    }
  });
});
