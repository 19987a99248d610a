import type { AttemptEntry } from '../../engine/scenario/record.ts';
import { exampleAttempt, exampleEntries } from './examples.ts';
import type { StoredAttempt } from './schema.ts';

/** The n-th attempt the crash writer saves, three hours after the one before (so the logs span months), with a log of its own length. */
export function crashAttempt(n: number): { attempt: StoredAttempt; entries: AttemptEntry[] } {
  return {
    attempt: exampleAttempt({ id: `crash-${n}`, userId: `u${n % 50}`, submittedAt: new Date(Date.UTC(2026, 10, 20) + n * 3 * 3_600_000).toISOString() }),
    entries: exampleEntries(1 + (n % 40)),
  };
}
