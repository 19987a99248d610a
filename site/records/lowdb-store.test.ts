import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { appendFile, mkdir, mkdtemp, readdir, readFile, rm, rmdir, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeRecordsStore, expectRefusal } from './contract.ts';
import { exampleAttempt, exampleEntries, exampleTeam } from './examples.ts';
import { dataFolder, openLowdbStore } from './lowdb-store.ts';
import { currentSchemaVersion } from './migrations.ts';
import { emptyDocument } from './records-document.ts';
import type { RecordsStore } from './store.ts';

const temporaryFolder = () => mkdtemp(join(tmpdir(), 'crm-drill-records-'));

describeRecordsStore('lowdb', async () => {
  const folder = await temporaryFolder();
  let store = await openLowdbStore(folder);
  return {
    store,
    async reopen() {
      store = await openLowdbStore(folder);
      return store;
    },
    async cleanup() {
      await store.close();
      await rm(folder, { recursive: true, force: true });
    },
  };
});

describe('the lowdb store', () => {
  let folder: string;
  let store: RecordsStore | undefined;
  beforeEach(async () => {
    folder = await temporaryFolder();
  });
  afterEach(async () => {
    await store?.close();
    store = undefined;
    await rm(folder, { recursive: true, force: true });
  });

  const documentPath = () => join(folder, 'records.json');

  it('keeps summaries in records.json and each attempt log as one line of its month, however often it is saved', async () => {
    store = await openLowdbStore(folder);
    await store.saveAttempt(exampleAttempt({ id: 'a1' }), exampleEntries(2));
    await store.saveAttempt(exampleAttempt({ id: 'a1' }), exampleEntries(5));
    expect(JSON.parse(await readFile(documentPath(), 'utf8'))).toEqual({ ...emptyDocument(), attempts: [exampleAttempt({ id: 'a1' })] });
    expect(await readFile(join(folder, 'logs', '2026-11.jsonl'), 'utf8')).toBe(`${JSON.stringify({ id: 'a1', entries: exampleEntries(2) })}\n`);
    expect((await readdir(folder)).sort()).toEqual(['logs', 'records.json', 'records.lock']);
  });

  it('refuses a second open of its folder, and opens it again once closed', async () => {
    store = await openLowdbStore(folder);
    const refusal = await expectRefusal(openLowdbStore(folder), 'locked');
    expect(refusal.message).toContain(`pid ${process.pid}`);
    await store.close();
    expect(await readdir(folder)).not.toContain('records.lock');
    store = await openLowdbStore(folder);
  });

  it('takes over the lock a killed server left', async () => {
    const child = spawn(process.execPath, ['-e', '']);
    await once(child, 'exit');
    await writeFile(join(folder, 'records.lock'), JSON.stringify({ pid: child.pid, hostname: hostname(), since: '2026-11-02T08:00:00.000Z' }));
    store = await openLowdbStore(folder);
    expect(JSON.parse(await readFile(join(folder, 'records.lock'), 'utf8'))).toMatchObject({ pid: process.pid });
  });

  it('refuses a document it cannot read with its path, leaves it untouched, and keeps no lock', async () => {
    const damaged = '{"schemaVersion":1,"teams":[{"id":"north","name":"North"}';
    await writeFile(documentPath(), damaged);
    const refusal = await expectRefusal(openLowdbStore(folder), 'corrupt');
    expect(refusal.message).toMatch(new RegExp(`^${documentPath()}: not valid JSON \\(.*\\)\\. The store leaves it as it is`));
    await expectRefusal(openLowdbStore(folder), 'corrupt');
    expect(await readFile(documentPath(), 'utf8')).toBe(damaged);
    expect(await readdir(folder)).toEqual(['records.json']);
  });

  it('refuses a document that fails the schema, naming the record and field', async () => {
    const document = { schemaVersion: 1, teams: [], users: [], attempts: [{ ...exampleAttempt(), stars: 4 }] };
    await writeFile(documentPath(), JSON.stringify(document));
    const refusal = await expectRefusal(openLowdbStore(folder), 'corrupt', 'attempts.0.stars');
    expect(refusal.message).toContain(`${documentPath()}: attempts.0.stars: Invalid value: Expected <=3 but received 4`);
    expect(JSON.parse(await readFile(documentPath(), 'utf8'))).toEqual(document);
  });

  it('refuses a document a newer CRM Drill wrote, leaving it untouched', async () => {
    const text = JSON.stringify({ ...emptyDocument(), schemaVersion: currentSchemaVersion + 1, badges: [] });
    await writeFile(documentPath(), text);
    const refusal = await expectRefusal(openLowdbStore(folder), 'newer-schema', 'schemaVersion');
    expect(refusal.message).toContain(`schema version ${currentSchemaVersion + 1}; this one reads versions up to ${currentSchemaVersion}`);
    expect(await readFile(documentPath(), 'utf8')).toBe(text);
  });

  it('ignores a log line a crash cut short, and an attempt logged whose summary never reached the document', async () => {
    store = await openLowdbStore(folder);
    await store.saveAttempt(exampleAttempt({ id: 'a1' }), exampleEntries(2));
    await store.close();
    const logPath = join(folder, 'logs', '2026-11.jsonl');
    await appendFile(logPath, `${JSON.stringify({ id: 'a2', entries: exampleEntries(1) })}\n{"id":"a3","entries":[{"kind":"hi`);

    store = await openLowdbStore(folder);
    expect(await store.attemptEntries('a1')).toEqual(exampleEntries(2));
    expect(await store.attempt('a2')).toBeUndefined();
    expect(await store.attemptEntries('a2')).toBeUndefined();
    expect(await store.saveAttempt(exampleAttempt({ id: 'a2' }), exampleEntries(3))).toMatchObject({ created: true });
    await store.saveAttempt(exampleAttempt({ id: 'a3' }), exampleEntries(4));
    await store.close();

    store = await openLowdbStore(folder);
    expect(await store.attemptEntries('a2')).toEqual(exampleEntries(3));
    expect(await store.attemptEntries('a3')).toEqual(exampleEntries(4));
  });

  it('after a document write fails, refuses every call until reopened, and the disk holds nothing of the failed change', async () => {
    store = await openLowdbStore(folder);
    await store.createTeam(exampleTeam({ id: 'north' }));
    // A folder where the temp file goes makes the next write fail, whoever runs the test.
    await mkdir(`${documentPath()}.tmp`);
    await expect(store.createTeam(exampleTeam({ id: 'east' }))).rejects.toThrow(/EISDIR/);
    await expect(store.teams()).rejects.toThrow('The records store stopped after a failed write');
    await store.close();
    await rmdir(`${documentPath()}.tmp`);

    store = await openLowdbStore(folder);
    expect(await store.teams()).toEqual([exampleTeam({ id: 'north' })]);
  });

  it('after a log write fails, stores neither the summary nor the log', async () => {
    store = await openLowdbStore(folder);
    await mkdir(join(folder, 'logs', '2026-11.jsonl'));
    await expect(store.saveAttempt(exampleAttempt(), exampleEntries(2))).rejects.toThrow(/EISDIR/);
    await expect(store.attempts()).rejects.toThrow('stopped after a failed write');
    await store.close();
    await rmdir(join(folder, 'logs', '2026-11.jsonl'));

    store = await openLowdbStore(folder);
    expect(await store.isEmpty()).toBe(true);
  });
});

describe('dataFolder', () => {
  it('is CRM_DRILL_DATA when set, data/ in the working folder otherwise', () => {
    expect(dataFolder({ CRM_DRILL_DATA: '/srv/crm-drill' })).toBe('/srv/crm-drill');
    expect(dataFolder({})).toBe(resolve('data'));
  });
});
