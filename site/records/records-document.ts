import * as v from 'valibot';
import type { DocumentFormat } from './durable-file.ts';
import { currentSchemaVersion, migrate, type JsonObject } from './migrations.ts';
import { emptyRecords, type RecordsData } from './records-state.ts';
import { lessonVersionSchema, publishedScenarioSchema, recordIdSchema, storedAttemptSchema, teamSchema, userSchema } from './schema.ts';
import { StoreError } from './store.ts';
import { describeIssue } from './validate.ts';

/**
 * The lowdb document, `records.json`: teams, users, attempt summaries,
 * lessons, published scenarios and the attempts whose xAPI statements were
 * delivered, with the schema version that wrote it. Command logs live apart (see
 * attempt-log.ts), so the document, rewritten whole on every change, stays
 * small.
 */
export interface RecordsDocument extends RecordsData {
  schemaVersion: number;
}

const documentSchema = v.object({
  schemaVersion: v.literal(currentSchemaVersion),
  teams: v.array(teamSchema),
  users: v.array(userSchema),
  attempts: v.array(storedAttemptSchema),
  lessons: v.array(lessonVersionSchema),
  scenarios: v.array(publishedScenarioSchema),
  xapiDelivered: v.array(recordIdSchema),
});

export function emptyDocument(): RecordsDocument {
  return { schemaVersion: currentSchemaVersion, ...emptyRecords() };
}

export const recordsDocumentFormat: DocumentFormat<RecordsDocument> = { parse: parseDocument, serialize: serializeDocument };

/** Reads a document, migrating an older one; refuses one a newer CRM Drill wrote (`newer-schema`) or one it cannot trust (`corrupt`). */
export function parseDocument(text: string): RecordsDocument {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new StoreError('corrupt', `not valid JSON (${(error as Error).message})`);
  }
  if (!isObject(json)) throw new StoreError('corrupt', 'not a records document: expected an object with schemaVersion, teams, users and attempts');
  const version = json.schemaVersion;
  if (!Number.isSafeInteger(version) || (version as number) < 1) {
    throw new StoreError('corrupt', `schemaVersion: expected a whole number from 1, received ${JSON.stringify(version)}`, 'schemaVersion');
  }
  if ((version as number) > currentSchemaVersion) {
    throw new StoreError('newer-schema', `written by a newer CRM Drill (schema version ${version}; this one reads versions up to ${currentSchemaVersion})`, 'schemaVersion');
  }
  const result = v.safeParse(documentSchema, migrate(json, version as number), { abortEarly: true });
  if (!result.success) {
    const [issue] = result.issues;
    const field = v.getDotPath(issue) ?? undefined;
    throw new StoreError('corrupt', `${field ?? 'document'}: ${describeIssue(issue)}`, field);
  }
  checkUnique(result.output.teams, 'teams', 'id');
  checkUnique(result.output.users, 'users', 'id');
  checkUnique(result.output.users, 'users', 'username');
  checkUnique(result.output.attempts, 'attempts', 'id');
  return result.output;
}

/** Refuses a document in which two records share what must be unique: the store's lookups would silently keep one. */
function checkUnique<T extends object, K extends keyof T & string>(records: readonly T[], list: string, key: K): void {
  const seen = new Map<T[K], number>();
  records.forEach((record, index) => {
    const first = seen.get(record[key]);
    if (first !== undefined) {
      throw new StoreError('corrupt', `${list}.${index}.${key}: ${JSON.stringify(record[key])} is also ${list}.${first}.${key}; it must be unique`, `${list}.${index}.${key}`);
    }
    seen.set(record[key], index);
  });
}

/** Each stored record's JSON, made once: records are frozen (records-state.ts), so it never goes stale. */
const recordJson = new WeakMap<object, string>();

function serializeRecord(record: object): string {
  let json = recordJson.get(record);
  if (json === undefined) {
    json = JSON.stringify(record);
    if (Object.isFrozen(record)) recordJson.set(record, json);
  }
  return json;
}

/**
 * One record a line, so the file reads and diffs by record. A write joins
 * each record's cached JSON instead of stringifying 10,000 attempts again
 * for every new one: that took most of a write's time and blocked every
 * request meanwhile.
 */
export function serializeDocument({ schemaVersion, teams, users, attempts, lessons, scenarios, xapiDelivered }: RecordsDocument): string {
  const list = (records: readonly object[]) => (records.length === 0 ? '[]' : `[\n${records.map(serializeRecord).join(',\n')}\n]`);
  return `{"schemaVersion":${schemaVersion},\n"teams":${list(teams)},\n"users":${list(users)},\n"attempts":${list(attempts)},\n"lessons":${list(lessons)},\n"scenarios":${list(scenarios)},\n"xapiDelivered":${JSON.stringify(xapiDelivered)}}\n`;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
