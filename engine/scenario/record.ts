import { z } from 'zod';
import { commandBodySchema } from '../commands.ts';

/**
 * What an attempt is, for keeping and for verifying: the scenario and its
 * version, the engine version, the seed, and every action with its wall-clock
 * offset. Replaying it gives the attempt's result; nothing else is trusted.
 */
export const attemptEntrySchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('command'),
    /** Milliseconds since the attempt started, on the trainee's wall clock. */
    offsetMs: z.number().nonnegative(),
    command: commandBodySchema,
  }),
  z.object({
    kind: z.literal('hint'),
    offsetMs: z.number().nonnegative(),
  }),
]);
/** As written: a command is kept as the trainee sent it, before defaults are filled in. */
export type AttemptEntry = z.input<typeof attemptEntrySchema>;

export const attemptRecordSchema = z.object({
  scenarioId: z.string().min(1),
  scenarioVersion: z.number().int().positive(),
  engineVersion: z.string().min(1),
  /** Seed of the generated sandbox. */
  seed: z.number().int(),
  entries: z.array(attemptEntrySchema),
});
export type AttemptRecord = z.input<typeof attemptRecordSchema>;
