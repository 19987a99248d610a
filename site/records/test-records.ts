import type { MistakeCode } from '../../engine/mistakes.ts';
import type { StoredAttempt, Team, User } from './schema.ts';

/**
 * Small records for the records tests: a person, a team, an attempt with
 * only what a test cares about spelled out. Not used outside tests.
 */

export function team(id: string, name = `Team ${id}`): Team {
  return { id, name };
}

export function person(id: string, fields: Partial<User> = {}): User {
  return { id, username: id, name: `Real ${id}`, role: 'trainee', teamIds: [], passwordHash: 'x', createdAt: '2026-01-01T00:00:00.000Z', ...fields };
}

/** Mistakes of the given codes, each in step `step`. */
export function mistakes(codes: readonly MistakeCode[], step = 'one', lesson = 'a-lesson'): StoredAttempt['mistakes'] {
  return codes.map((code) => ({ code, step, lesson }));
}

/** A completed attempt on lead-to-cash v1 with 20 commands and no mistakes, unless told otherwise. */
export function attempt(id: string, userId: string, submittedAt: string, fields: Partial<StoredAttempt> = {}): StoredAttempt {
  const found = fields.mistakes ?? [];
  const commands = fields.commands ?? 20;
  return {
    id,
    userId,
    scenarioId: 'lead-to-cash',
    scenarioVersion: 1,
    engineVersion: '1.0.0',
    seed: 1,
    submittedAt,
    completed: true,
    score: 100,
    stars: 3,
    badge: true,
    commands,
    hintsUsed: 0,
    wallSeconds: 60,
    mistakes: found,
    perStep: [{ id: 'one', commands, mistakes: found.length, hints: 0 }],
    ...fields,
  };
}
