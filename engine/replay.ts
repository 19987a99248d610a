import type { Command, CommandInput, CommandMeta } from './commands.ts';
import { decide } from './decide.ts';
import { Draft } from './draft.ts';
import type { SandboxEvent } from './events.ts';
import { evolve } from './evolve.ts';
import type { Rejection, Result } from './result.ts';
import type { SandboxState } from './state.ts';

export type Executed =
  | { readonly ok: true; readonly state: SandboxState; readonly events: readonly SandboxEvent[] }
  | { readonly ok: false; readonly rejection: Rejection };

/**
 * Runs one command: the state after it and the events it yielded, or the
 * refusal, in which case the state is unchanged. The given state is never
 * modified. Input of any shape is refused with a reason, never thrown.
 */
export function execute(state: SandboxState, command: unknown, meta: CommandMeta): Executed {
  const result = decide(state, command, meta);
  if (!result.ok) return result;
  const draft = new Draft(state);
  for (const event of result.events) evolve(draft, event);
  return { ok: true, state: draft.state, events: result.events };
}

/**
 * Runs a command log from a starting state: the same log always gives the
 * same state, events and refusals. One draft carries the whole log, so each
 * table is copied once however long the log is; the initial state is never
 * modified.
 */
export function replay(initial: SandboxState, log: readonly Command[]): { state: SandboxState; results: Result<SandboxEvent>[] } {
  const draft = new Draft(initial);
  const results = log.map(({ meta, ...body }) => {
    const result = decide(draft.state, body, meta);
    if (result.ok) for (const event of result.events) evolve(draft, event);
    return result;
  });
  return { state: draft.state, results };
}

/**
 * Builds a sandbox from a set-up log (a fixture, a scenario's own records).
 * Set-up data obeys the same rules as a trainee's input, so a refusal is a
 * mistake in that data: the error names the command, by `source` and index,
 * who typed it, and the rule it broke.
 */
export function setUpLog(initial: SandboxState, log: readonly Command[], source: string): SandboxState {
  const { state, results } = replay(initial, log);
  const refused = results.findIndex((result) => !result.ok);
  const result = results[refused];
  if (result && !result.ok)
    throw new Error(
      `${source}[${refused}] (${log[refused].type}) was refused with ${result.rejection.code} on field ${result.rejection.field ?? '-'}: ${JSON.stringify(result.rejection.params)}, typed by ${log[refused].meta.actor}`,
    );
  return state;
}

/** `setUpLog` for commands the system applies at one moment. */
export function setUp(initial: SandboxState, bodies: readonly CommandInput[], at: number, source: string): SandboxState {
  return setUpLog(initial, bodies.map((body) => ({ ...body, meta: { at, actor: 'system' } }) as Command), source);
}
