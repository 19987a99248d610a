import { beforeEach, describe, expect, it } from 'vitest';
import type { CommandInput } from '../../engine/commands.ts';
import { resumeAttempt, startAttempt, submit } from '../../engine/scenario/runner.ts';
import { sealAttempt } from '../../engine/scenario/verify.ts';
import type { Scenario } from '../../engine/scenario/schema.ts';
import type { AttemptEntry } from '../../engine/scenario/record.ts';
import { perfectCommands } from '../../engine/scenario/walkthrough.ts';
import { loadScenario } from '../lib/scenarios.ts';
import * as attemptLog from '../pages/api/attempts/[id]/log.ts';
import * as attempts from '../pages/api/attempts/index.ts';
import type { StoredAttempt } from '../records/schema.ts';
import type { RecordsStore } from '../records/store.ts';
import { addPerson, call, errorOf, freshStore, signedIn } from './api-test-world.ts';

/**
 * GET /api/attempts/:id/log (what the replay page replays) and GET
 * /api/attempts (the attempts to open): the same people may read them as
 * GET /api/attempts/:id, and the log replays to the stored result.
 */

let store: RecordsStore;

beforeEach(async () => {
  store = freshStore();
  await store.createTeam({ id: 'east', name: '华东销售' });
  await store.createTeam({ id: 'service', name: '客服中心' });
  await addPerson(store, 'mei', 'trainee', ['east']);
  await addPerson(store, 'lin', 'trainee', ['service']);
  await addPerson(store, 'lead', 'lead', ['east']);
  await addPerson(store, 'consultant', 'consultant', []);
  await addPerson(store, 'admin', 'admin', []);
});

const scenario = loadScenario('master-data-basics')!;
const perfectPlay = perfectCommands(scenario);
/** The switchboard typed without its area code first: one format mistake. */
const slip = { ...perfectPlay[0], data: { ...perfectPlay[0].data, phone: '6552 3180' } } as CommandInput;
const record = sealAttempt([slip, ...perfectPlay].reduce((attempt, command, index) => submit(attempt, command, (index + 1) * 4000).attempt, startAttempt(scenario)));

async function submitAs(username: string, id: string) {
  const response = await call(attempts.POST, '/api/attempts', { method: 'POST', headers: await signedIn(username), body: JSON.stringify({ id, record }) });
  expect(response.status).toBe(201);
}

const readLog = async (username: string, id = 'a-1') => call(attemptLog.GET, `/api/attempts/${id}/log`, { headers: await signedIn(username), params: { id } });

describe('GET /api/attempts/:id/log', () => {
  it('gives the attempt, whose it is, its log and its scenario version, which replay to the stored result', async () => {
    await submitAs('mei', 'a-1');
    const response = await readLog('lead');
    expect(response.status).toBe(200);
    const body = (await response.json()) as { attempt: StoredAttempt; owner: { id: string; name: string }; entries: AttemptEntry[]; scenario: Scenario };
    expect(body.owner).toEqual({ id: 'mei', name: 'mei (real)' });
    expect(body.entries).toEqual(record.entries);
    expect(body.scenario).toMatchObject({ id: scenario.id, version: body.attempt.scenarioVersion });
    const replayed = resumeAttempt(body.scenario, { ...record, entries: body.entries });
    expect(replayed.mistakes.map((mistake) => mistake.code)).toEqual(body.attempt.mistakes.map((mistake) => mistake.code));
    expect(replayed.mistakes[0]).toMatchObject({ code: 'validation.format', command: 0 });
  });

  it('lets the owner, their lead and an admin read it, and no one else', async () => {
    await submitAs('mei', 'a-1');
    for (const username of ['mei', 'lead', 'admin']) expect((await readLog(username)).status, username).toBe(200);
    for (const username of ['lin', 'consultant']) expect(await errorOf(await readLog(username)), username).toMatchObject({ status: 403, code: 'auth.forbidden' });
    expect(await errorOf(await readLog('lead', 'nope'))).toMatchObject({ status: 404, code: 'not-found', field: 'id' });
    expect(await errorOf(await call(attemptLog.GET, '/api/attempts/a-1/log', { params: { id: 'a-1' } }))).toMatchObject({ status: 401, code: 'auth.required' });
  });
});

describe('GET /api/attempts', () => {
  const list = async (username: string, query = '') => call(attempts.GET, `/api/attempts${query}`, { headers: await signedIn(username) });
  const listed = async (username: string, query = '') => (await (await list(username, query)).json()) as { attempts: StoredAttempt[]; people: { id: string; name: string }[] };

  it('lists the attempts each may read, newest first, with the people to choose from', async () => {
    await submitAs('mei', 'a-1');
    await submitAs('lin', 'b-1');
    await submitAs('mei', 'a-2');
    const lead = await listed('lead');
    expect(lead.attempts.map((attempt) => attempt.id)).toEqual(['a-2', 'a-1']);
    expect(lead.people.map((person) => person.id).sort()).toEqual(['lead', 'mei']);
    expect((await listed('mei')).attempts.map((attempt) => attempt.id)).toEqual(['a-2', 'a-1']);
    expect((await listed('lin')).attempts.map((attempt) => attempt.id)).toEqual(['b-1']);
    expect((await listed('admin')).attempts).toHaveLength(3);
    expect((await listed('consultant')).attempts).toEqual([]);
  });

  it('narrows to one person and one scenario, and refuses a person the viewer may not see', async () => {
    await submitAs('mei', 'a-1');
    await submitAs('lin', 'b-1');
    expect((await listed('admin', '?user=lin')).attempts.map((attempt) => attempt.id)).toEqual(['b-1']);
    expect((await listed('lead', '?user=mei&scenario=master-data-basics')).attempts).toHaveLength(1);
    expect((await listed('lead', '?scenario=lead-to-cash')).attempts).toEqual([]);
    expect(await errorOf(await list('lead', '?user=lin'))).toMatchObject({ status: 403, code: 'auth.forbidden', field: 'user' });
    expect(await errorOf(await list('mei', '?user=nobody'))).toMatchObject({ status: 403, field: 'user' });
    expect(await errorOf(await call(attempts.GET, '/api/attempts'))).toMatchObject({ status: 401 });
  });
});
