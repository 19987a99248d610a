import type { Command, CommandBody } from './commands.ts';
import { decide } from './decide.ts';
import type { SandboxEvent } from './events.ts';
import { evolve } from './evolve.ts';
import type { SandboxState } from './records.ts';
import type { Result } from './result.ts';

export interface Applied {
  readonly state: SandboxState;
  readonly result: Result<SandboxEvent>;
}

/** Decides a command and, when it is applied, folds its events into the state. A refusal leaves the state as it was. */
export function apply(state: SandboxState, command: Command): Applied {
  const result = decide(state, command);
  return { state: result.ok ? result.events.reduce(evolve, state) : state, result };
}

/** Runs a command log from a starting state: the same log always gives the same state and results. */
export function replay(initial: SandboxState, log: readonly Command[]): { state: SandboxState; results: Result<SandboxEvent>[] } {
  let state = initial;
  const results: Result<SandboxEvent>[] = [];
  for (const command of log) {
    const next = apply(state, command);
    state = next.state;
    results.push(next.result);
  }
  return { state, results };
}

/**
 * Builds a sandbox from set-up commands (a fixture, a scenario's own records),
 * applied by the system at one moment. Set-up data obeys the same rules as a
 * trainee's input, so a refusal is a mistake in that data: the error names
 * the command, by `source` and index, and the rule it broke.
 */
export function setUp(initial: SandboxState, bodies: readonly CommandBody[], at: number, source: string): SandboxState {
  const { state, results } = replay(initial, bodies.map((body) => ({ ...body, meta: { at, actor: 'system' } })));
  const refused = results.findIndex((result) => !result.ok);
  const result = results[refused];
  if (result && !result.ok)
    throw new Error(
      `${source}[${refused}] (${bodies[refused].type}) was refused with ${result.rejection.code} on field ${result.rejection.field ?? '-'}`,
    );
  return state;
}
