import type { AttemptResult } from '../../engine/scenario/runner.ts';
import type { AttemptRecord } from '../../engine/scenario/record.ts';
import type { StoredAttempt } from './schema.ts';

/** What the store keeps of an attempt the server replayed: its identity, and the result the replay gave (never what the browser claimed). */
export function summariseAttempt(input: { id: string; userId: string; submittedAt: string; record: AttemptRecord; result: AttemptResult }): StoredAttempt {
  const { id, userId, submittedAt, record, result } = input;
  return {
    id,
    userId,
    scenarioId: result.scenarioId,
    scenarioVersion: result.scenarioVersion,
    engineVersion: record.engineVersion,
    seed: record.seed,
    submittedAt,
    completed: result.completed,
    score: result.score,
    stars: result.stars,
    badge: result.badge,
    commands: result.commands,
    hintsUsed: result.hintsUsed,
    wallSeconds: result.wallSeconds,
    mistakes: result.mistakes.map(({ code, step, lesson }) => ({ code, step, lesson })),
    perStep: result.perStep.map(({ id: step, commands, mistakes, hints }) => ({ id: step, commands, mistakes, hints })),
  };
}
