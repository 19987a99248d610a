import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import * as lesson from '../pages/api/lessons/[id].ts';
import * as lessons from '../pages/api/lessons/index.ts';
import * as preview from '../pages/api/lessons/preview.ts';
import * as wanted from '../pages/api/reports/lessons-wanted.ts';
import type { EditorVersion } from '../lib/lesson-edit.ts';
import type { StoredLessonView } from '../lib/newest-lesson.ts';
import type { WantedLesson } from '../records/lessons-wanted.ts';
import type { RecordsStore } from '../records/store.ts';
import { attempt, mistakes } from '../records/test-records.ts';
import { addPerson, call, errorOf, freshStore, now, signedIn } from './api-test-world.ts';

/**
 * The consultant's lessons: written and versioned through the API, the
 * newest given to everyone rendered and sanitised, the lessons-wanted list;
 * every other role turned away, and every refusal leaving the store as it was.
 */

let store: RecordsStore;

beforeEach(async () => {
  store = freshStore();
  await store.createTeam({ id: 'east', name: '华东销售' });
  await addPerson(store, 'consultant', 'consultant', []);
  await addPerson(store, 'second', 'consultant', []);
  await addPerson(store, 'admin', 'admin', []);
  await addPerson(store, 'lead', 'lead', ['east']);
  await addPerson(store, 'mei', 'trainee', ['east']);
});

const edit = {
  locale: 'en',
  baseVersion: 0,
  title: 'One format for every phone number',
  summary: 'Type numbers the way the whole company does.',
  mistake: 'validation.format',
  topic: 'base-data',
  scenarioIds: ['master-data-basics'],
  body: '## How to do it right\n\nType the area code.',
};

const put = async (id: string, headers: Headers, body: unknown) => call(lesson.PUT, `/api/lessons/${id}`, { method: 'PUT', headers, body: JSON.stringify(body), params: { id } });
const history = async (id: string, locale: string, headers?: Headers) => call(lesson.GET, `/api/lessons/${id}?locale=${locale}`, { headers, params: { id } });
const newest = async (locale: string) => ((await (await call(lessons.GET, `/api/lessons?locale=${locale}`)).json()) as { lessons: StoredLessonView[] }).lessons;

describe('PUT /api/lessons/:id', () => {
  it('saves a consultant’s or an admin’s edit as the next version, with who and when', async () => {
    const first = await put('unified-formats', await signedIn('consultant'), edit);
    expect(first.status).toBe(201);
    expect(await first.json()).toEqual({ lesson: { ...edit, locale: undefined, baseVersion: undefined, version: 1, author: 'consultant (real)', savedAt: now.toISOString() } });
    expect((await put('unified-formats', await signedIn('admin'), { ...edit, baseVersion: 1, title: 'Phone numbers' })).status).toBe(201);
    expect((await put('unified-formats', await signedIn('admin'), { ...edit, locale: 'zh-CN', title: '统一格式' })).status).toBe(201);
    expect((await store.lessons()).map((saved) => [saved.locale, saved.version, saved.authorId])).toEqual([
      ['en', 1, 'consultant'],
      ['en', 2, 'admin'],
      ['zh-CN', 1, 'admin'],
    ]);
  });

  it('ties a lesson to a scenario a consultant published, as to a built-in one', async () => {
    const source = readFileSync('scenarios/master-data-basics.yaml', 'utf8').replace(/^id: master-data-basics$/m, 'id: card-entry');
    await store.publishScenario({ scenarioId: 'card-entry', version: 1, source, publishedBy: 'consultant', publishedAt: now.toISOString() });
    expect((await put('unified-formats', await signedIn('consultant'), { ...edit, scenarioIds: ['card-entry', 'master-data-basics'] })).status).toBe(201);
  });

  it('refuses an edit started from an older version, naming who saved since and when', async () => {
    expect((await put('unified-formats', await signedIn('second'), edit)).status).toBe(201);
    const stale = await put('unified-formats', await signedIn('consultant'), { ...edit, title: 'Mine' });
    const refusal = await errorOf(stale);
    expect(refusal).toMatchObject({ status: 409, code: 'conflict', field: 'baseVersion' });
    expect((refusal as unknown as { message: string }).message).toContain(`version 1 was saved since by second (real) at ${now.toISOString()}`);
    expect((await store.lessons()).map((saved) => saved.title)).toEqual([edit.title]);
  });

  it('refuses bad input by field, an unknown scenario included, storing nothing', async () => {
    const headers = await signedIn('consultant');
    const refusals = [
      [{ ...edit, title: '  ' }, 'title'],
      [{ ...edit, mistake: 'typo.made' }, 'mistake'],
      [{ ...edit, topic: 'gardening' }, 'topic'],
      [{ ...edit, locale: 'fr' }, 'locale'],
      [{ ...edit, baseVersion: -1 }, 'baseVersion'],
      [{ ...edit, body: 'x'.repeat(20_001) }, 'body'],
      [{ ...edit, scenarioIds: ['master-data-basics', 'no-such-scenario'] }, 'scenarioIds'],
    ] as const;
    for (const [body, field] of refusals) expect(await errorOf(await put('unified-formats', headers, body)), field).toMatchObject({ status: 400, code: 'request.invalid', field });
    expect(await errorOf(await put('Not A Slug', headers, edit))).toMatchObject({ status: 400, field: 'id' });
    expect(await errorOf(await put('unified-formats', headers, { ...edit, extra: 1 }))).toMatchObject({ status: 400 });
    expect(await store.lessons()).toEqual([]);
  });

  it('turns away trainees, leads, the signed-out and a request without the CSRF token', async () => {
    for (const username of ['mei', 'lead']) expect(await errorOf(await put('unified-formats', await signedIn(username), edit)), username).toMatchObject({ status: 403, code: 'auth.forbidden' });
    expect(await errorOf(await call(lesson.PUT, '/api/lessons/unified-formats', { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(edit), params: { id: 'unified-formats' } }))).toMatchObject({ status: 403 });
    const noToken = await signedIn('consultant');
    noToken.delete('X-CSRF-Token');
    expect(await errorOf(await put('unified-formats', noToken, edit))).toMatchObject({ status: 403, code: 'csrf.token-missing' });
    expect(await store.lessons()).toEqual([]);
  });
});

describe('GET /api/lessons/:id', () => {
  it('gives the editor a built-in lesson’s file as version 0, then every saved version', async () => {
    const headers = await signedIn('consultant');
    await put('unified-formats', headers, { ...edit, locale: 'zh-CN' });
    const answer = (await (await history('unified-formats', 'zh-CN', headers)).json()) as { versions: EditorVersion[] };
    expect(answer.versions.map((version) => [version.version, version.author])).toEqual([
      [0, undefined],
      [1, 'consultant (real)'],
    ]);
    expect(answer.versions[0]).toMatchObject({ mistake: 'validation.format', topic: 'base-data', scenarioIds: [] });
    expect(answer.versions[0]!.body).toContain('## ');
    const unwritten = (await (await history('not-written-yet', 'en', headers)).json()) as { versions: EditorVersion[] };
    expect(unwritten.versions).toEqual([]);
  });

  it('is for consultants and admins, and asks for a language', async () => {
    for (const username of ['mei', 'lead']) expect(await errorOf(await history('unified-formats', 'en', await signedIn(username))), username).toMatchObject({ status: 403 });
    expect(await errorOf(await history('unified-formats', 'en'))).toMatchObject({ status: 401 });
    expect(await errorOf(await history('unified-formats', 'de', await signedIn('admin')))).toMatchObject({ status: 400, field: 'locale' });
  });
});

describe('GET /api/lessons', () => {
  it('gives anyone, signed in or not, the newest version of each lesson in the language, rendered and sanitised', async () => {
    const headers = await signedIn('consultant');
    await put('unified-formats', headers, edit);
    await put('unified-formats', headers, { ...edit, baseVersion: 1, body: '## Newer\n\n<script>alert(1)</script>\n\n[call](javascript:alert(2)) <img src=x onerror=alert(3)>' });
    await put('search-first', headers, { ...edit, mistake: 'duplicate.created', scenarioIds: [] });
    const english = await newest('en');
    expect(english.map((view) => [view.id, view.version])).toEqual([
      ['unified-formats', 2],
      ['search-first', 1],
    ]);
    expect(english[0]!.html).toContain('<h2>Newer</h2>');
    expect(english[0]!.html).toContain('<a>call</a>');
    expect(english[0]!.html).not.toMatch(/script|javascript|onerror|alert/);
    expect(english[0]).not.toHaveProperty('body');
    expect(await newest('zh-CN')).toEqual([]);
    expect(await errorOf(await call(lessons.GET, '/api/lessons'))).toMatchObject({ status: 400, field: 'locale' });
  });
});

describe('POST /api/lessons/preview', () => {
  const show = async (headers: Headers, body: unknown) => call(preview.POST, '/api/lessons/preview', { method: 'POST', headers, body: JSON.stringify(body) });

  it('renders Markdown exactly as trainees get it, sanitised', async () => {
    const answer = await show(await signedIn('consultant'), { body: '**Bold** [x](javascript:alert(2))\n\n<script>alert(1)</script>' });
    const { html } = (await answer.json()) as { html: string };
    expect(html).toContain('<strong>Bold</strong>');
    expect(html).not.toMatch(/script|javascript|alert/);
  });

  it('is for consultants and admins, and refuses what is not Markdown text', async () => {
    expect(await errorOf(await show(await signedIn('mei'), { body: 'x' }))).toMatchObject({ status: 403 });
    expect(await errorOf(await show(await signedIn('admin'), { body: 42 }))).toMatchObject({ status: 400, field: 'body' });
  });
});

describe('GET /api/reports/lessons-wanted', () => {
  const list = async (headers?: Headers) => call(wanted.GET, '/api/reports/lessons-wanted', { headers });

  it('lists mistakes whose lesson is missing, and stops once a lesson is written in the browser', async () => {
    await store.saveAttempt(attempt('m-1', 'mei', '2026-11-20T02:00:00.000Z', { mistakes: mistakes(['log.missing-activity', 'log.missing-activity'], 'qualify', 'log-calls-today') }), []);
    const headers = await signedIn('consultant');
    const before = (await (await list(headers)).json()) as { entries: WantedLesson[] };
    expect(before.entries).toEqual([
      { code: 'log.missing-activity', lesson: 'log-calls-today', reason: 'missing', mistakes: 2, people: 1, seen: 0, repeated: 0, repeatRate: null, scenarioIds: ['lead-to-cash'] },
    ]);
    await put('log-calls-today', headers, { ...edit, locale: 'zh-CN', mistake: 'log.missing-activity', topic: 'sales', scenarioIds: [] });
    expect(((await (await list(headers)).json()) as { entries: WantedLesson[] }).entries).toEqual([]);
  });

  it('is for consultants and admins', async () => {
    expect((await list(await signedIn('admin'))).status).toBe(200);
    for (const username of ['mei', 'lead']) expect(await errorOf(await list(await signedIn(username))), username).toMatchObject({ status: 403 });
    expect(await errorOf(await list())).toMatchObject({ status: 401 });
  });
});
