import type { CommandInput } from '../../../engine/commands.ts';
import { submit, type Attempt, type Submitted } from '../../../engine/scenario/runner.ts';
import type { Scenario } from '../../../engine/scenario/schema.ts';
import { PlayerSession } from '../player/session.svelte.ts';

/**
 * What the sandbox views are given on the replay page: the attempt at the
 * point chosen on the timeline instead of the player's own. A command sent
 * from those views runs on that point only, for the viewer to try
 * something: it is never kept nor sent, and choosing another point drops it.
 */
export class ReplaySession extends PlayerSession {
  #shown: Attempt = $state.raw()!;

  constructor(scenario: Scenario, shown: Attempt) {
    super(scenario);
    this.#shown = shown;
  }

  override get attempt(): Attempt {
    return this.#shown;
  }

  show(attempt: Attempt): void {
    this.#shown = attempt;
  }

  override run(command: CommandInput): Submitted {
    const submitted = submit(this.#shown, command, this.#shown.record.entries.at(-1)?.offsetMs ?? 0);
    this.#shown = submitted.attempt;
    return submitted;
  }
}
