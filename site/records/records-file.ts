import * as v from 'valibot';
import { attemptEntrySchema } from '../../engine/scenario/record.ts';
import { lessonVersionSchema, publishedScenarioSchema, storedAttemptSchema, teamSchema, userSchema } from './schema.ts';
import { StoreError, type RecordsStore } from './store.ts';
import { parseInput } from './validate.ts';

/**
 * All of a company's records as one file, to move them between stores
 * (lowdb → PostgreSQL) or keep a copy: JSON Lines, a header with the counts,
 * then one record a line — teams, users, lessons, published scenarios, then
 * each attempt with its command log — in the order the store keeps them, so
 * an import saves them in that order and every store answers as before.
 *
 * The file holds password hashes: it is as secret as the store.
 */

export const recordsFileFormat = 'crm-drill-records';
export const recordsFileVersion = 1;

export const recordKinds = ['team', 'user', 'lesson', 'scenario', 'attempt'] as const;
export type RecordKind = (typeof recordKinds)[number];
export type RecordCounts = Record<RecordKind, number>;

const count = v.pipe(v.number(), v.safeInteger(), v.minValue(0));
const headerSchema = v.object({
  format: v.literal(recordsFileFormat),
  version: v.literal(recordsFileVersion),
  exportedAt: v.pipe(v.string(), v.isoTimestamp()),
  counts: v.object({ team: count, user: count, lesson: count, scenario: count, attempt: count }),
});
export type RecordsFileHeader = v.InferOutput<typeof headerSchema>;

const lineSchema = v.variant('kind', [
  v.object({ kind: v.literal('team'), record: teamSchema }),
  v.object({ kind: v.literal('user'), record: userSchema }),
  v.object({ kind: v.literal('lesson'), record: lessonVersionSchema }),
  v.object({ kind: v.literal('scenario'), record: publishedScenarioSchema }),
  v.object({ kind: v.literal('attempt'), record: storedAttemptSchema, entries: v.array(attemptEntrySchema) }),
]);
export type RecordLine = v.InferOutput<typeof lineSchema>;

/** Reports the work done so far, after each record or batch: the caller decides how often to show it. */
export type Progress = (kind: RecordKind, done: number, of: number) => void;

/** Writes every record of `store` through `write`, a line at a time; answers the counts written, which the header also states. */
export async function exportRecords(store: RecordsStore, write: (line: string) => Promise<void> | void, now: Date, progress: Progress = () => {}): Promise<RecordCounts> {
  const [teams, users, lessons, scenarios, attempts] = await Promise.all([store.teams(), store.users(), store.lessons(), store.publishedScenarios(), store.attempts()]);
  const counts: RecordCounts = { team: teams.length, user: users.length, lesson: lessons.length, scenario: scenarios.length, attempt: attempts.length };
  const header: RecordsFileHeader = { format: recordsFileFormat, version: recordsFileVersion, exportedAt: now.toISOString(), counts };
  await write(JSON.stringify(header));
  const lists = { team: teams, user: users, lesson: lessons, scenario: scenarios } as const;
  for (const kind of ['team', 'user', 'lesson', 'scenario'] as const) {
    for (const record of lists[kind]) await write(JSON.stringify({ kind, record }));
    progress(kind, lists[kind].length, lists[kind].length);
  }
  for (const [index, record] of attempts.entries()) {
    const entries = await store.attemptEntries(record.id);
    if (entries === undefined) throw new StoreError('corrupt', `attempt "${record.id}" has no command log in the store it is exported from`);
    await write(JSON.stringify({ kind: 'attempt', record, entries }));
    progress('attempt', index + 1, attempts.length);
  }
  return counts;
}

/** A records file that cannot be imported: the line, the field, what was expected. Nothing has been written when it is thrown. */
export class RecordsFileError extends Error {
  readonly line: number;

  constructor(line: number, message: string) {
    super(`line ${line}: ${message}`);
    this.line = line;
    this.name = 'RecordsFileError';
  }
}

/** Every line of a records file, checked against the schemas and the header's counts before anything is written. */
export async function readRecordsFile(lines: AsyncIterable<string> | Iterable<string>): Promise<{ header: RecordsFileHeader; records: RecordLine[] }> {
  let header: RecordsFileHeader | undefined;
  const records: RecordLine[] = [];
  let number = 0;
  for await (const text of lines) {
    number += 1;
    if (text.trim() === '') continue;
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      throw new RecordsFileError(number, `not JSON (${(error as Error).message})`);
    }
    try {
      if (header === undefined) header = parseInput(headerSchema, json, 'header');
      else records.push(parseInput(lineSchema, json, 'record'));
    } catch (error) {
      if (error instanceof StoreError) throw new RecordsFileError(number, number === 1 ? `not a CRM Drill records file: ${error.message}` : error.message);
      throw error;
    }
  }
  if (header === undefined) throw new RecordsFileError(1, 'the file is empty: expected a CRM Drill records file, as `crm-drill records export` writes it');
  const found = countKinds(records);
  const short = recordKinds.find((kind) => found[kind] !== header.counts[kind]);
  if (short !== undefined) throw new RecordsFileError(number, `the header counts ${header.counts[short]} ${short} records but the file holds ${found[short]}: it was cut short or edited`);
  return { header, records };
}

/**
 * Saves the records into an empty store, in the file's order, then counts
 * what the store holds against the header. Refuses a store that holds
 * anything, so nothing already stored is mixed up or changed.
 */
export async function importRecords(store: RecordsStore, file: { header: RecordsFileHeader; records: readonly RecordLine[] }, progress: Progress = () => {}): Promise<RecordCounts> {
  if (!(await store.isEmpty())) throw new StoreError('conflict', 'the store to import into already holds records: import into an empty folder or database');
  const { counts } = file.header;
  for (const { record } of linesOf(file.records, 'team')) await store.createTeam(record);
  progress('team', counts.team, counts.team);
  await store.createUsers(linesOf(file.records, 'user').map(({ record }) => record));
  progress('user', counts.user, counts.user);
  for (const { record } of linesOf(file.records, 'lesson')) await store.saveLesson(record);
  progress('lesson', counts.lesson, counts.lesson);
  for (const { record } of linesOf(file.records, 'scenario')) await store.publishScenario(record);
  progress('scenario', counts.scenario, counts.scenario);

  const attempts = linesOf(file.records, 'attempt');
  let done = 0;
  for (const batch of concurrentBatches(attempts)) {
    await Promise.all(
      batch.map(async ({ record, entries }) => {
        if (!(await store.saveAttempt(record, entries)).created) throw new StoreError('conflict', `attempt "${record.id}" comes twice in the file`);
      }),
    );
    done += batch.length;
    progress('attempt', done, attempts.length);
  }
  const stored = await countStore(store);
  const differs = recordKinds.find((kind) => stored[kind] !== file.header.counts[kind]);
  if (differs !== undefined) throw new StoreError('corrupt', `after the import the store holds ${stored[differs]} ${differs} records, the file ${file.header.counts[differs]}`);
  return stored;
}

/** What a store holds, by kind; attempts are counted only with their command log. */
export async function countStore(store: RecordsStore): Promise<RecordCounts> {
  const [teams, users, lessons, scenarios, attempts] = await Promise.all([store.teams(), store.users(), store.lessons(), store.publishedScenarios(), store.attempts()]);
  let logged = 0;
  for (const attempt of attempts) if ((await store.attemptEntries(attempt.id)) !== undefined) logged += 1;
  return { team: teams.length, user: users.length, lesson: lessons.length, scenario: scenarios.length, attempt: logged };
}

/**
 * Attempts in runs saved together: the stores group concurrent writes,
 * where one by one would wait for each commit. Attempts submitted at the
 * same instant are kept in the order saved, so no run holds two of them.
 */
function* concurrentBatches<T extends { record: { submittedAt: string } }>(lines: readonly T[], size = 16): Generator<T[]> {
  let batch: T[] = [];
  let instants = new Set<number>();
  for (const line of lines) {
    const instant = Date.parse(line.record.submittedAt);
    if (batch.length === size || instants.has(instant)) {
      yield batch;
      batch = [];
      instants = new Set();
    }
    batch.push(line);
    instants.add(instant);
  }
  if (batch.length > 0) yield batch;
}

function linesOf<K extends RecordKind>(records: readonly RecordLine[], kind: K): Extract<RecordLine, { kind: K }>[] {
  return records.filter((line): line is Extract<RecordLine, { kind: K }> => line.kind === kind);
}

function countKinds(records: readonly RecordLine[]): RecordCounts {
  const counts: RecordCounts = { team: 0, user: 0, lesson: 0, scenario: 0, attempt: 0 };
  for (const line of records) counts[line.kind] += 1;
  return counts;
}
