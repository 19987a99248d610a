import * as v from 'valibot';

/**
 * What an attempt is, for keeping and for verifying: the scenario and its
 * version, the engine version, the seed, and every action with its wall-clock
 * offset. Replaying it gives the attempt's result; nothing else is trusted.
 */
/**
 * A command exactly as the trainee sent it. It is not checked against the
 * command schemas here: a malformed command is part of the attempt (the
 * engine refused it, and that refusal is scored), and replay refuses it again.
 */
export const recordedCommandSchema = v.looseObject({ type: v.unknown(), data: v.unknown() });
export type RecordedCommand = v.InferOutput<typeof recordedCommandSchema>;

export const attemptEntrySchema = v.variant('kind', [
  v.object({
    kind: v.literal('command'),
    /** Milliseconds since the attempt started, on the trainee's wall clock. */
    offsetMs: v.pipe(v.number(), v.minValue(0)),
    command: recordedCommandSchema,
  }),
  v.object({
    kind: v.literal('hint'),
    offsetMs: v.pipe(v.number(), v.minValue(0)),
  }),
]);
export type AttemptEntry = v.InferOutput<typeof attemptEntrySchema>;

/**
 * What the trainee's browser said the finished attempt came to. The server
 * trusts none of it: verification replays the entries and refuses a record
 * whose claim differs (a truncated log, a hand-edited score).
 */
export const claimSchema = v.object({
  /** How many entries the record had when it was finished. */
  entries: v.pipe(v.number(), v.safeInteger(), v.minValue(0)),
  score: v.pipe(v.number(), v.safeInteger(), v.minValue(0), v.maxValue(100)),
  stars: v.pipe(v.number(), v.safeInteger(), v.minValue(0), v.maxValue(3)),
  completed: v.boolean(),
  mistakes: v.pipe(v.number(), v.safeInteger(), v.minValue(0)),
});
export type Claim = v.InferOutput<typeof claimSchema>;

export const attemptRecordSchema = v.object({
  scenarioId: v.pipe(v.string(), v.minLength(1)),
  scenarioVersion: v.pipe(v.number(), v.safeInteger(), v.gtValue(0)),
  engineVersion: v.pipe(v.string(), v.minLength(1)),
  /** Seed of the generated sandbox. */
  seed: v.pipe(v.number(), v.safeInteger()),
  entries: v.array(attemptEntrySchema),
  /** Set when the attempt is finished; see `claimSchema`. */
  claimed: v.optional(claimSchema),
});
export type AttemptRecord = v.InferOutput<typeof attemptRecordSchema>;
