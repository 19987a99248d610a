import type { SandboxEvent } from '../../../engine/events.ts';
import type { Result } from '../../../engine/result.ts';
import type { AttemptEntry } from '../../../engine/scenario/record.ts';
import { finish, revealHint, startAttempt, submit, type Attempt, type AttemptResult, type Mistake } from '../../../engine/scenario/runner.ts';
import type { Scenario } from '../../../engine/scenario/schema.ts';

/**
 * A stored attempt replayed entry by entry, as the server replayed it when
 * it was submitted: where the sandbox stood after each entry, what the
 * engine answered, and which mistakes each command made.
 */

/** One entry of the log and what it came to. */
export interface ReplayStep {
  readonly entry: AttemptEntry;
  /** The command's place among the attempt's commands (mistakes name it); absent for a hint. */
  readonly command?: number;
  /** The engine's answer to a command: its events, or the refusal. */
  readonly result?: Result<SandboxEvent>;
  /** Mistakes this entry made, including those the end of the attempt found (a call never logged) and placed here. */
  readonly mistakes: readonly Mistake[];
  /** Ids of the scenario steps this entry completed. */
  readonly completed: readonly string[];
  /** The attempt after this entry. */
  readonly attempt: Attempt;
}

export interface Replay {
  /** The sandbox before the first entry. */
  readonly start: Attempt;
  readonly steps: readonly ReplayStep[];
  readonly result: AttemptResult;
}

export function replayAttempt(scenario: Scenario, record: { readonly seed: number; readonly entries: readonly AttemptEntry[] }): Replay {
  const start = startAttempt(scenario, record.seed);
  const steps: Omit<ReplayStep, 'mistakes'>[] = [];
  let attempt = start;
  for (const entry of record.entries) {
    if (entry.kind === 'hint') {
      attempt = revealHint(attempt, entry.offsetMs);
      steps.push({ entry, completed: [], attempt });
      continue;
    }
    const command = attempt.commands.length;
    const submitted = submit(attempt, entry.command, entry.offsetMs);
    attempt = submitted.attempt;
    steps.push({ entry, command, result: submitted.result, completed: submitted.completed, attempt });
  }
  const result = finish(attempt);
  return {
    start,
    steps: steps.map((step) => ({ ...step, mistakes: result.mistakes.filter((mistake) => step.command !== undefined && mistake.command === step.command) })),
    result,
  };
}
