import * as v from 'valibot';
import type { Scenario } from '../../engine/scenario/schema.ts';
import type { ApiError } from '../auth/http-errors.ts';
import { checkLogLength, parseAs } from '../auth/request-body.ts';
import { attemptRecordSchema } from '../../engine/scenario/record.ts';
import { verifyAttempt } from '../../engine/scenario/verify.ts';
import { recordIdSchema, type StoredAttempt } from './schema.ts';
import type { RecordsStore } from './store.ts';
import { summariseAttempt } from './summary.ts';

/**
 * Taking an attempt from a trainee's browser without trusting it: the server
 * replays the command log with the engine and keeps the result it computed.
 * Whatever score, mistakes or completion the browser claims are dropped
 * before the replay, so a forged claim changes nothing.
 */

/** What the player sends: the id it gave the attempt when it started, and the attempt's record. */
export const attemptSubmissionSchema = v.object({
  id: recordIdSchema,
  record: attemptRecordSchema,
});

export type Acceptance = { readonly ok: true; readonly created: boolean; readonly attempt: StoredAttempt } | { readonly ok: false; readonly error: ApiError };

export interface AcceptAttemptInput {
  readonly store: RecordsStore;
  /** The signed-in user the attempt is theirs. */
  readonly userId: string;
  /** The parsed JSON body, not yet checked. */
  readonly body: unknown;
  readonly now: Date;
  /** The scenario at the version the attempt was made on: the current file, the archive's copy, or a published upload (server/scenario-source.ts). */
  readonly scenarioAt: (id: string, version: number) => Scenario | undefined | Promise<Scenario | undefined>;
}

/** Checks, replays and stores one submission; a retry of a stored id answers what was stored, replaying nothing. */
export async function acceptAttempt({ store, userId, body, now, scenarioAt }: AcceptAttemptInput): Promise<Acceptance> {
  const parsed = parseAs(attemptSubmissionSchema, body);
  if (!parsed.ok) return parsed;
  const { id, record } = parsed.value;
  const tooLong = checkLogLength(record.entries);
  if (tooLong) return { ok: false, error: tooLong };

  const stored = await store.attempt(id);
  if (stored) return answer(stored, false);

  const scenario = await scenarioAt(record.scenarioId, record.scenarioVersion);
  if (!scenario)
    return {
      ok: false,
      error: {
        code: 'attempt.scenario-unknown',
        message: `There is no scenario ${record.scenarioId} at version ${record.scenarioVersion}, current, archived or published.`,
        field: 'record.scenarioVersion',
      },
    };

  const verification = verifyAttempt(scenario, { ...record, claimed: undefined });
  if (!verification.ok) return { ok: false, error: { code: 'attempt.not-replayable', message: `${verification.reason}: ${verification.message}` } };

  const attempt = summariseAttempt({ id, userId, submittedAt: now.toISOString(), record, result: verification.result });
  // Two submissions of one id may race past the lookup above; the store keeps the first, and this answers as a retry would.
  const saved = await store.saveAttempt(attempt, record.entries);
  return answer(saved.attempt, saved.created);

  /** What was stored under the id, unless it is another user's: ids are the browser's, so one may collide or be guessed. */
  function answer(kept: StoredAttempt, created: boolean): Acceptance {
    if (kept.userId !== userId) return { ok: false, error: { code: 'conflict', message: `Attempt id ${id} is another user's attempt; start a new attempt.`, field: 'id' } };
    return { ok: true, created, attempt: kept };
  }
}
