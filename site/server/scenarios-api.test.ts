import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { readScenarioFile } from '../../engine/scenario/file.ts';
import { startAttempt, submit } from '../../engine/scenario/runner.ts';
import type { Scenario } from '../../engine/scenario/schema.ts';
import { sealAttempt } from '../../engine/scenario/verify.ts';
import { perfectCommands } from '../../engine/scenario/walkthrough.ts';
import * as attempts from '../pages/api/attempts/index.ts';
import * as scenarioById from '../pages/api/scenarios/[id].ts';
import * as scenarios from '../pages/api/scenarios/index.ts';
import { exampleLesson } from '../records/examples.ts';
import type { RecordsStore } from '../records/store.ts';
import { addPerson, call, errorOf, freshStore, now, origin, signedIn } from './api-test-world.ts';

/**
 * The scenario upload API against a memory store: a consultant publishes a
 * file checked as the site checks its own, everyone reads it, a trainee's
 * attempt on it is replayed like any other; every refusal stores nothing.
 */

let store: RecordsStore;
beforeEach(async () => {
  store = freshStore();
  await store.createTeam({ id: 'east', name: '华东销售' });
  await addPerson(store, 'mei', 'trainee', ['east']);
  await addPerson(store, 'lead', 'lead', ['east']);
  await addPerson(store, 'consultant', 'consultant', []);
  await addPerson(store, 'admin', 'admin', []);
});

/** The built-in master-data-basics under a new id: a valid upload. */
const builtIn = readFileSync('scenarios/master-data-basics.yaml', 'utf8');
const uploaded = (version = 1) => builtIn.replace(/^id: master-data-basics$/m, 'id: card-entry').replace(/^version: 1$/m, `version: ${version}`);
const lineOf = (text: string, fragment: string) => text.slice(0, text.indexOf(fragment)).split('\n').length;

function upload(headers: Headers, body: unknown) {
  return call(scenarios.POST, '/api/scenarios', { method: 'POST', headers, body: JSON.stringify(body) });
}

async function problemsOf(response: Response) {
  expect(response.status).toBe(422);
  const { error } = (await response.json()) as { error: { code: string; problems: { line: number; path: string; message: string }[] } };
  expect(error.code).toBe('scenario.invalid');
  return error.problems;
}

describe('POST /api/scenarios', () => {
  it('publishes a valid file for a consultant and an admin: 201 with what was published, stored with who and when', async () => {
    const created = await upload(await signedIn('consultant'), { fileName: 'card-entry.yaml', source: uploaded() });
    expect(created.status).toBe(201);
    expect(await created.json()).toMatchObject({ published: true, scenario: { id: 'card-entry', version: 1, title: { en: 'Enter new customers the unified way' }, steps: 4, playsInBrowser: true } });
    expect(await store.publishedScenarios()).toEqual([{ scenarioId: 'card-entry', version: 1, source: uploaded(), publishedBy: 'consultant', publishedAt: now.toISOString() }]);
    expect((await upload(await signedIn('admin'), { fileName: 'card-entry.v2.yaml', source: uploaded(2) })).status).toBe(201);
  });

  it('checks without storing on a dry run, and names pasted text after its id', async () => {
    const checked = await upload(await signedIn('consultant'), { source: uploaded(), dryRun: true });
    expect(checked.status).toBe(200);
    expect(await checked.json()).toMatchObject({ published: false, scenario: { id: 'card-entry', version: 1, steps: 4 } });
    expect(await store.publishedScenarios()).toEqual([]);
  });

  it('turns away trainees, leads, the signed-out and a missing CSRF token, storing nothing', async () => {
    for (const username of ['mei', 'lead']) expect(await errorOf(await upload(await signedIn(username), { source: uploaded() })), username).toMatchObject({ status: 403, code: 'auth.forbidden' });
    expect(await errorOf(await upload(new Headers({ Origin: origin, 'Content-Type': 'application/json' }), { source: uploaded() }))).toMatchObject({ status: 401 });
    const noToken = await signedIn('consultant');
    noToken.delete('X-CSRF-Token');
    expect(await errorOf(await upload(noToken, { source: uploaded() }))).toMatchObject({ status: 403, code: 'csrf.token-missing' });
    expect(await store.publishedScenarios()).toEqual([]);
  });

  it('reports YAML that does not parse, a schema error, a misnamed file and a lesson nobody wrote, each at its line', async () => {
    const headers = await signedIn('consultant');
    const broken = uploaded().replace('roles: [trainee]', 'roles: [trainee');
    expect((await problemsOf(await upload(headers, { fileName: 'card-entry.yaml', source: broken })))[0]).toMatchObject({ line: expect.any(Number), path: '' });

    const wrongType = uploaded().replace('difficulty: 1', 'difficulty: easy');
    expect(await problemsOf(await upload(headers, { fileName: 'card-entry.yaml', source: wrongType }))).toEqual([
      { line: lineOf(wrongType, 'difficulty: easy'), column: 1, path: 'difficulty', message: 'Invalid type: Expected number but received "easy"' },
    ]);

    expect(await problemsOf(await upload(headers, { fileName: 'my-draft.yaml', source: uploaded() }))).toMatchObject([{ line: lineOf(uploaded(), 'id: card-entry'), path: 'id' }]);

    const unknownLesson = uploaded().replace('lesson: search-before-create', 'lesson: search-first');
    expect(await problemsOf(await upload(headers, { fileName: 'card-entry.yaml', source: unknownLesson }))).toMatchObject([
      { line: lineOf(unknownLesson, 'lesson: search-first'), path: 'steps.3.watches.0.lesson', message: expect.stringContaining('lesson "search-first" does not exist in English and 中文') },
    ]);
    expect(await store.publishedScenarios()).toEqual([]);
  });

  it('takes a lesson consultants saved in the browser, in every language, as a lesson that exists', async () => {
    const source = uploaded().replace('lesson: search-before-create', 'lesson: search-first');
    await store.saveLesson(exampleLesson({ lessonId: 'search-first', locale: 'en' }));
    expect(await problemsOf(await upload(await signedIn('consultant'), { source, dryRun: true }))).toMatchObject([{ message: expect.stringContaining('does not exist in 中文') }]);
    await store.saveLesson(exampleLesson({ lessonId: 'search-first', locale: 'zh-CN' }));
    expect((await upload(await signedIn('consultant'), { source, dryRun: true })).status).toBe(200);
  });

  it('refuses a built-in id and the catalogue pages’ names at the id’s line', async () => {
    const headers = await signedIn('consultant');
    expect(await problemsOf(await upload(headers, { source: builtIn.replace('version: 1', 'version: 7') }))).toMatchObject([
      { line: lineOf(builtIn, 'id: master-data-basics'), path: 'id', message: expect.stringContaining('is a built-in scenario') },
    ]);
    expect(await problemsOf(await upload(headers, { source: uploaded().replace('id: card-entry', 'id: upload') }))).toMatchObject([{ path: 'id', message: expect.stringContaining("catalogue's pages") }]);
    expect(await store.publishedScenarios()).toEqual([]);
  });

  it('refuses a version already published, or older than the newest, with 409 on version', async () => {
    const headers = await signedIn('consultant');
    expect((await upload(headers, { source: uploaded(2) })).status).toBe(201);
    expect(await errorOf(await upload(headers, { source: uploaded(2) }))).toMatchObject({ status: 409, code: 'conflict', field: 'version', message: expect.stringContaining('version 2 is already published; raise version to 3') });
    expect(await errorOf(await upload(headers, { source: uploaded(1), dryRun: true }))).toMatchObject({ status: 409, field: 'version' });
    expect((await store.publishedScenarios()).map((one) => one.version)).toEqual([2]);
  });

  it('refuses a body that is not the upload’s shape, and one over the cap', async () => {
    const headers = await signedIn('consultant');
    expect(await errorOf(await upload(headers, { fileName: 'card-entry.yaml' }))).toMatchObject({ status: 400, code: 'request.invalid', field: 'source' });
    expect(await errorOf(await upload(headers, { source: uploaded(), dryRun: 'yes' }))).toMatchObject({ status: 400, field: 'dryRun' });
    expect(await errorOf(await upload(headers, { source: `${uploaded()}\n# ${'x'.repeat(1_100_000)}` }))).toMatchObject({ status: 413, code: 'request.too-large' });
    expect(await store.publishedScenarios()).toEqual([]);
  });
});

describe('GET /api/scenarios and /api/scenarios/:id', () => {
  it('lists the newest version of each published scenario for anyone, signed in or not', async () => {
    const headers = await signedIn('consultant');
    await upload(headers, { source: uploaded(1) });
    await upload(headers, { source: uploaded(3) });
    const listed = await call(scenarios.GET, '/api/scenarios');
    expect(listed.status).toBe(200);
    expect(await listed.json()).toEqual({
      scenarios: [
        {
          id: 'card-entry',
          version: 3,
          versions: [1, 3],
          title: { en: 'Enter new customers the unified way', 'zh-CN': '按统一格式录入新客户' },
          briefing: { en: expect.stringContaining('Dongfang Precision'), 'zh-CN': expect.stringContaining('东方精工') },
          difficulty: 1,
          minutes: 10,
          roles: ['trainee'],
          topics: ['base-data'],
          steps: 4,
          playsInBrowser: true,
          publishedBy: { id: 'consultant', name: 'consultant (real)' },
          publishedAt: now.toISOString(),
        },
      ],
    });
  });

  it('gives the player a scenario at a version, the newest without one, built-in ones too; 404 and 400 otherwise', async () => {
    await upload(await signedIn('consultant'), { source: uploaded(2) });
    const read = (id: string, query = '') => call(scenarioById.GET, `/api/scenarios/${id}${query}`, { params: { id } });
    const newest = (await (await read('card-entry')).json()) as { scenario: Scenario; playsInBrowser: boolean };
    expect(newest).toMatchObject({ scenario: { id: 'card-entry', version: 2 }, playsInBrowser: true });
    expect(newest.scenario.steps).toHaveLength(4);
    expect((await read('card-entry', '?version=2')).status).toBe(200);
    expect(await errorOf(await read('card-entry', '?version=1'))).toMatchObject({ status: 404, code: 'not-found' });
    expect(await errorOf(await read('nothing-here'))).toMatchObject({ status: 404 });
    expect(await errorOf(await read('card-entry', '?version=two'))).toMatchObject({ status: 400, field: 'version' });
    // Number() read these as 0 and 1 until the API fuzzer sent them.
    for (const version of ['', '0x1', ' 2']) expect(await errorOf(await read('card-entry', `?version=${encodeURIComponent(version)}`)), version).toMatchObject({ status: 400, field: 'version' });
    expect(await read('master-data-basics')).toMatchObject({ status: 200 });
  });
});

describe('POST /api/attempts on an uploaded scenario', () => {
  const file = readScenarioFile('card-entry.yaml', uploaded(1));
  if (!file.ok) throw new Error('the upload fixture is not valid');
  const perfectPlay = perfectCommands(file.scenario);
  const played = (commands: typeof perfectPlay) =>
    sealAttempt(commands.reduce((attempt, command, index) => submit(attempt, command, (index + 1) * 4000).attempt, startAttempt(file.scenario)));

  it('replays it at its exact version and stores the server’s result, a forged score ignored', async () => {
    await upload(await signedIn('consultant'), { source: uploaded(1) });
    await upload(await signedIn('consultant'), { source: uploaded(2) });
    const headers = await signedIn('mei');
    const post = (body: unknown) => call(attempts.POST, '/api/attempts', { method: 'POST', headers, body: JSON.stringify(body) });

    const perfect = played(perfectPlay);
    const created = await post({ id: 'u-1', record: perfect });
    expect(created.status).toBe(201);
    expect(await created.json()).toMatchObject({ attempt: { scenarioId: 'card-entry', scenarioVersion: 1, completed: true, score: 100 } });

    const forged = { ...played(perfectPlay.slice(0, 2)), claimed: { ...perfect.claimed!, score: 100 } };
    const stored = (await (await post({ id: 'u-2', record: forged })).json()) as { attempt: { score: number; completed: boolean } };
    expect(stored.attempt.completed).toBe(false);
    expect(stored.attempt.score).toBeLessThan(100);

    expect(await errorOf(await post({ id: 'u-3', record: { ...perfect, scenarioVersion: 9 } }))).toMatchObject({ status: 422, code: 'attempt.scenario-unknown' });
    expect((await store.attempts()).map((attempt) => attempt.id)).toEqual(['u-1', 'u-2']);
  });
});
