import * as z from 'zod/mini';

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
export const recordedCommandSchema = z.looseObject({ type: z.unknown(), data: z.unknown() });
export type RecordedCommand = z.output<typeof recordedCommandSchema>;

export const attemptEntrySchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('command'),
    /** Milliseconds since the attempt started, on the trainee's wall clock. */
    offsetMs: z.number().check(z.nonnegative()),
    command: recordedCommandSchema,
  }),
  z.object({
    kind: z.literal('hint'),
    offsetMs: z.number().check(z.nonnegative()),
  }),
]);
export type AttemptEntry = z.output<typeof attemptEntrySchema>;

/**
 * What the trainee's browser said the finished attempt came to. The server
 * trusts none of it: verification replays the entries and refuses a record
 * whose claim differs (a truncated log, a hand-edited score).
 */
export const claimSchema = z.object({
  /** How many entries the record had when it was finished. */
  entries: z.number().check(z.int(), z.nonnegative()),
  score: z.number().check(z.int(), z.nonnegative(), z.lte(100)),
  stars: z.number().check(z.int(), z.nonnegative(), z.lte(3)),
  completed: z.boolean(),
  mistakes: z.number().check(z.int(), z.nonnegative()),
});
export type Claim = z.output<typeof claimSchema>;

export const attemptRecordSchema = z.object({
  scenarioId: z.string().check(z.minLength(1)),
  scenarioVersion: z.number().check(z.int(), z.positive()),
  engineVersion: z.string().check(z.minLength(1)),
  /** Seed of the generated sandbox. */
  seed: z.number().check(z.int()),
  entries: z.array(attemptEntrySchema),
  /** Set when the attempt is finished; see `claimSchema`. */
  claimed: z.optional(claimSchema),
});
export type AttemptRecord = z.output<typeof attemptRecordSchema>;
