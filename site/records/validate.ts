import * as v from 'valibot';
import { attemptEntrySchema, type AttemptEntry } from '../../engine/scenario/record.ts';
import { StoreError } from './store.ts';

/**
 * Checks what a caller hands a store and answers valibot's output: a fresh
 * copy, trimmed and lower-cased where the schema says, so the store never
 * keeps an object the caller can still change. A refusal names the first
 * field that is wrong, what it expected and what it received.
 */
export function parseInput<TSchema extends v.GenericSchema>(schema: TSchema, value: unknown, what: string): v.InferOutput<TSchema> {
  const result = v.safeParse(schema, value, { abortEarly: true });
  if (result.success) return result.output;
  const [issue] = result.issues;
  const field = v.getDotPath(issue) ?? undefined;
  throw new StoreError('invalid', `${field === undefined ? what : `${what}.${field}`}: ${describeIssue(issue)}`, field);
}

/** valibot's message, with what was received when a custom message leaves it out. */
export function describeIssue(issue: v.BaseIssue<unknown>): string {
  return issue.message.includes(issue.received) ? issue.message : `${issue.message} (received ${issue.received})`;
}

const entriesSchema = v.object({ entries: v.array(attemptEntrySchema) });

/** Checks an attempt's command log; a refusal names the entry, as `entries.3.offsetMs`. */
export function parseEntries(entries: readonly AttemptEntry[]): AttemptEntry[] {
  return parseInput(entriesSchema, { entries }, 'attempt').entries;
}
