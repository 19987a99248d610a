import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { exampleAttempt, exampleEntries, exampleTeam, exampleUser } from '../site/records/examples.ts';
import { openLowdbStore } from '../site/records/lowdb-store.ts';
import { main } from './main.ts';
import { tempProject, testIo } from './test-world.ts';

/** A lowdb folder holding a team, a user and two attempts. */
async function company(root: string, folder: string) {
  const store = await openLowdbStore(join(root, folder));
  await store.createTeam(exampleTeam({ id: 'north' }));
  await store.createUser(exampleUser({ id: 'u1', username: 'li.wei', teamIds: ['north'] }));
  await store.saveAttempt(exampleAttempt({ id: 'a1', userId: 'u1' }), exampleEntries(3));
  await store.saveAttempt(exampleAttempt({ id: 'a2', userId: 'u1', submittedAt: '2026-12-01T08:00:00.000Z' }), exampleEntries(5));
  await store.close();
}

describe('crm-drill records export and import', () => {
  it('moves a data folder into another through a gzip file, printing the counts', async () => {
    const root = tempProject({});
    await company(root, 'old');
    const io = testIo(root);
    expect(await main(['records', 'export', '--records', 'old', 'records.jsonl.gz'], io)).toBe(0);
    expect(io.printed).toEqual([`Exported 1 teams, 1 users, 0 lesson versions, 0 published scenarios, 2 attempts to ${join(root, 'records.jsonl.gz')}`]);
    expect(statSync(join(root, 'records.jsonl.gz')).mode & 0o777).toBe(0o600);
    expect(gunzipSync(readFileSync(join(root, 'records.jsonl.gz'))).toString().trim().split('\n')).toHaveLength(5);

    const importing = testIo(root);
    expect(await main(['records', 'import', '--records', 'new', 'records.jsonl.gz'], importing)).toBe(0);
    expect(importing.printed).toEqual(['Imported and counted 1 teams, 1 users, 0 lesson versions, 0 published scenarios, 2 attempts']);
    expect(importing.errors).toContain('  attempt: 2/2');
    const store = await openLowdbStore(join(root, 'new'));
    expect((await store.attempts()).map((attempt) => attempt.id)).toEqual(['a1', 'a2']);
    expect(await store.attemptEntries('a2')).toEqual(exampleEntries(5));
    await store.close();
  });

  it('refuses to import into a folder that holds records, and says why', async () => {
    const root = tempProject({});
    await company(root, 'old');
    await company(root, 'other');
    expect(await main(['records', 'export', '--records', 'old', 'records.jsonl'], testIo(root))).toBe(0);
    const io = testIo(root);
    expect(await main(['records', 'import', '--records', 'other', 'records.jsonl'], io)).toBe(2);
    expect(io.errors.at(-1)).toBe('crm-drill records: the store to import into already holds records: import into an empty folder or database');
  });

  it('refuses a file that is not a records file, or missing, before opening the store', async () => {
    const root = tempProject({ 'notes.txt': 'hello\n' });
    const io = testIo(root);
    expect(await main(['records', 'import', '--records', 'new', 'notes.txt'], io)).toBe(2);
    expect(io.errors.at(-1)).toMatch(/^crm-drill records: line 1: not JSON/);
    expect(existsSync(join(root, 'new'))).toBe(false);
    const missing = testIo(root);
    expect(await main(['records', 'import', 'nowhere.jsonl'], missing)).toBe(2);
    expect(missing.errors.at(-1)).toMatch(/ENOENT/);
    const usage = testIo(root);
    expect(await main(['records', 'export'], usage)).toBe(2);
    expect(usage.errors[0]).toBe('crm-drill records export: expected one FILE, received none');
  });
});
