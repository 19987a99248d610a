import { commandTypes } from '../commands.ts';
import { ENGINE_VERSION } from '../version.ts';
import type { AttemptRecord, Claim } from './record.ts';
import { finish, resumeAttempt, type Attempt, type AttemptResult } from './runner.ts';
import type { Scenario } from './schema.ts';

/**
 * Verifying an attempt: the record is replayed on the scenario version and
 * engine version it names, and the result is what the replay computes.
 * A record that cannot be an honest attempt is refused with the reason.
 */

export const verificationRefusals = [
  /** The record is for another scenario. */
  'scenario.mismatch',
  /** The record was made on another version of the scenario: verify it against that version. */
  'scenario.version-mismatch',
  /** The record was made by another engine version, which may decide commands differently. */
  'engine.version-mismatch',
  /** An entry's wall-clock offset is earlier than the one before it: entries were reordered. */
  'record.out-of-order',
  /** An entry is a command no version of the player sends. */
  'record.unknown-command',
  /** The record holds fewer entries than it claims: it was cut short. */
  'record.truncated',
  /** The claimed result is not what the replay gives: it was edited. */
  'result.mismatch',
] as const;
export type VerificationRefusal = (typeof verificationRefusals)[number];

export type Verification =
  | { readonly ok: true; readonly result: AttemptResult }
  | { readonly ok: false; readonly reason: VerificationRefusal; readonly message: string; readonly expected: string; readonly received: string };

function refused(reason: VerificationRefusal, message: string, expected: unknown, received: unknown): Verification {
  return { ok: false, reason, message, expected: String(expected), received: String(received) };
}

const knownTypes: ReadonlySet<unknown> = new Set(commandTypes);

/** The first reason the record's entries are not a log the player could have written, if any. */
function entriesRefusal(record: AttemptRecord): Verification | undefined {
  for (const [index, entry] of record.entries.entries()) {
    const before = index === 0 ? 0 : record.entries[index - 1].offsetMs;
    if (entry.offsetMs < before) return refused('record.out-of-order', `Entry ${index} is at ${entry.offsetMs} ms, before entry ${index - 1} at ${before} ms.`, `at least ${before}`, entry.offsetMs);
    if (entry.kind === 'command' && !knownTypes.has(entry.command.type))
      return refused('record.unknown-command', `Entry ${index} is a command of type ${JSON.stringify(entry.command.type)}, which engine ${ENGINE_VERSION} does not know.`, 'a known command type', JSON.stringify(entry.command.type));
  }
  return undefined;
}

/** The first way the claim differs from the replay, if any. */
function claimRefusal(claim: Claim, record: AttemptRecord, result: AttemptResult): Verification | undefined {
  if (record.entries.length < claim.entries)
    return refused('record.truncated', `The record claims ${claim.entries} entries but holds ${record.entries.length}.`, claim.entries, record.entries.length);
  const replayed: Claim = { entries: record.entries.length, score: result.score, stars: result.stars, completed: result.completed, mistakes: result.mistakes.length };
  for (const key of Object.keys(replayed) as (keyof Claim)[]) {
    if (claim[key] !== replayed[key]) return refused('result.mismatch', `The record claims ${key} ${claim[key]}, the replay gives ${replayed[key]}.`, replayed[key], claim[key]);
  }
  return undefined;
}

/** Replays a record against the scenario version it names and returns the result the replay computed. */
export function verifyAttempt(scenario: Scenario, record: AttemptRecord): Verification {
  if (record.scenarioId !== scenario.id) return refused('scenario.mismatch', `The record is for scenario ${record.scenarioId}, not ${scenario.id}.`, scenario.id, record.scenarioId);
  if (record.scenarioVersion !== scenario.version)
    return refused('scenario.version-mismatch', `The record was made on version ${record.scenarioVersion} of ${scenario.id}; this is version ${scenario.version}.`, scenario.version, record.scenarioVersion);
  if (record.engineVersion !== ENGINE_VERSION)
    return refused('engine.version-mismatch', `The record was made by engine ${record.engineVersion}; this is engine ${ENGINE_VERSION}.`, ENGINE_VERSION, record.engineVersion);
  const malformed = entriesRefusal(record);
  if (malformed) return malformed;
  const result = finish(resumeAttempt(scenario, record));
  const edited = record.claimed && claimRefusal(record.claimed, record, result);
  return edited || { ok: true, result };
}

/** The record of a finished attempt, with what it came to, ready to send for verification. */
export function sealAttempt(attempt: Attempt): AttemptRecord {
  const result = finish(attempt);
  return {
    ...attempt.record,
    claimed: { entries: attempt.record.entries.length, score: result.score, stars: result.stars, completed: result.completed, mistakes: result.mistakes.length },
  };
}
