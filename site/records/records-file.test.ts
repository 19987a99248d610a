import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDatabase } from '../../tests/postgres-cluster.ts';
import { createPasswordHasher } from '../auth/password.ts';
import { expectRefusal } from './contract.ts';
import { seedDemoCompany } from './demo/seed.ts';
import { exampleAttempt, exampleEntries, exampleLesson, examplePublishedScenario, exampleTeam } from './examples.ts';
import { openLowdbStore } from './lowdb-store.ts';
import { createMemoryStore } from './memory-store.ts';
import { openPostgresStore } from './postgres-store.ts';
import { exportRecords, importRecords, readRecordsFile, RecordsFileError } from './records-file.ts';
import type { RecordsStore } from './store.ts';

const now = new Date('2026-11-23T08:00:00Z');
const hash = createPasswordHasher({ log2N: 10, r: 8, p: 1 });

/** Everything a store answers, command logs included. */
async function everything(store: RecordsStore) {
  const attempts = await store.attempts();
  return {
    teams: await store.teams(),
    users: await store.users(),
    lessons: await store.lessons(),
    scenarios: await store.publishedScenarios(),
    attempts,
    entries: await Promise.all(attempts.map((attempt) => store.attemptEntries(attempt.id))),
  };
}

async function exported(store: RecordsStore): Promise<string[]> {
  const lines: string[] = [];
  await exportRecords(store, (line) => void lines.push(line), now);
  return lines;
}

/** The demo company with a consultant's lesson and an uploaded scenario, in a lowdb folder, as a company moving to PostgreSQL has it. */
let folder: string;
let source: RecordsStore;
let file: string[];
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'crm-drill-export-'));
  source = await openLowdbStore(folder);
  await seedDemoCompany(source, { now, hash });
  await source.saveLesson(exampleLesson({ version: 1 }));
  await source.saveLesson(exampleLesson({ version: 2, title: 'Second' }));
  await source.publishScenario(examplePublishedScenario());
  file = await exported(source);
});
afterAll(async () => {
  await source.close();
  await rm(folder, { recursive: true, force: true });
});

describe('a records file', () => {
  it('starts with a header counting what follows, one record a line', async () => {
    const header = JSON.parse(file[0]);
    const stored = await everything(source);
    expect(header).toEqual({
      format: 'crm-drill-records',
      version: 1,
      exportedAt: now.toISOString(),
      counts: { team: stored.teams.length, user: stored.users.length, lesson: 2, scenario: 1, attempt: stored.attempts.length },
    });
    expect(file).toHaveLength(1 + stored.teams.length + stored.users.length + 2 + 1 + stored.attempts.length);
    expect(stored.attempts.length).toBeGreaterThan(100);
  });

  it.skipIf(inject('postgresUrl') === undefined)('moves every record from lowdb to PostgreSQL, answering the same to every question', async () => {
    const url = await createDatabase(inject('postgresUrl')!, `import_${randomUUID().replaceAll('-', '')}`);
    const target = await openPostgresStore(url);
    try {
      const counts = await importRecords(target, await readRecordsFile(file));
      expect(counts).toEqual(JSON.parse(file[0]).counts);
      expect(await everything(target)).toEqual(await everything(source));
      // And back: the file PostgreSQL writes holds what lowdb wrote (keys in jsonb's order).
      expect((await exported(target)).map((line) => JSON.parse(line))).toEqual(file.map((line) => JSON.parse(line)));
    } finally {
      await target.close();
    }
  });

  it('refuses a store that already holds records, changing nothing in it', async () => {
    const target = createMemoryStore();
    await target.createTeam(exampleTeam({ id: 'ours' }));
    await expectRefusal(importRecords(target, await readRecordsFile(file)), 'conflict');
    expect(await everything(target)).toEqual({ teams: [exampleTeam({ id: 'ours' })], users: [], lessons: [], scenarios: [], attempts: [], entries: [] });
  });

  it('refuses a bad file before anything is written, naming the line and the field', async () => {
    const refusal = async (lines: string[]) => {
      const error = await readRecordsFile(lines).then(
        () => undefined,
        (thrown: unknown) => thrown,
      );
      expect(error).toBeInstanceOf(RecordsFileError);
      return (error as Error).message;
    };
    expect(await refusal([])).toMatch(/line 1: the file is empty/);
    expect(await refusal(['{"teams": []}'])).toMatch(/line 1: not a CRM Drill records file: header.format/);
    expect(await refusal([file[0], '{not json'])).toMatch(/^line 2: not JSON/);
    const attemptLine = file.findIndex((line) => line.includes('"kind":"attempt"'));
    const edited = [...file];
    edited[attemptLine] = edited[attemptLine].replace(/"score":\d+/, '"score":130');
    expect(await refusal(edited)).toMatch(new RegExp(`^line ${attemptLine + 1}: record.record.score`));
    expect(await refusal(file.slice(0, -1))).toMatch(/the header counts \d+ attempt records but the file holds \d+: it was cut short/);
  });

  it('refuses a file holding one attempt twice, and checks the counts after the import', async () => {
    const store = createMemoryStore();
    await store.saveAttempt(exampleAttempt({ id: 'a1' }), exampleEntries(2));
    const lines = await exported(store);
    const header = JSON.parse(lines[0]);
    header.counts.attempt = 2;
    await expectRefusal(importRecords(createMemoryStore(), await readRecordsFile([JSON.stringify(header), lines[1], lines[1]])), 'conflict');
  });
});
