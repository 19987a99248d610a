import { expect } from 'vitest';
import type { Command, CommandBody, CommandMeta } from './commands.ts';
import type { SandboxEvent } from './events.ts';
import { rejectionMessageKeys } from './messages.ts';
import { emptySandbox, type SandboxState } from './records.ts';
import { apply, type Applied } from './replay.ts';
import type { Rejection } from './result.ts';

/**
 * Domain rules as specifications, after Emmett's deciderSpecification:
 * `given(state or commands).when(command).then(events | { rejection })`.
 * Imported only by tests.
 */

/** Simulated time every specification starts at: Monday 2 March 2026, 09:00 in Shanghai. */
export const t0 = Date.parse('2026-03-02T09:00:00+08:00');
export const tester = 'tester';

/** A command as a test writes it: meta defaults to the sandbox's clock and the tester. */
export type SpecCommand = CommandBody & { readonly meta?: CommandMeta };

/** An expected event; its meta must be the command's. */
export type ExpectedEvent = SandboxEvent extends infer E ? (E extends unknown ? Omit<E, 'meta'> : never) : never;

export interface ExpectedRejection {
  readonly rejection: Pick<Rejection, 'code' | 'field'> & Partial<Pick<Rejection, 'messageKey' | 'params'>>;
}

function withMeta(command: SpecCommand, at: number): Command {
  return { ...command, meta: command.meta ?? { at, actor: tester } } as Command;
}

/** Applies commands that set the scene; a refused one is a broken test, not an outcome. */
export function build(commands: readonly SpecCommand[], initial: SandboxState = emptySandbox(t0)): SandboxState {
  return commands.reduce((state, command, index) => {
    const { state: next, result } = apply(state, withMeta(command, state.now));
    if (!result.ok) throw new Error(`given[${index}] (${command.type}) was refused: ${JSON.stringify(result.rejection)}`);
    return next;
  }, initial);
}

function assertRejected(applied: Applied, before: SandboxState, expected: ExpectedRejection['rejection']): void {
  expect(applied.result.ok, `expected a ${expected.code} rejection, got ${JSON.stringify(applied.result)}`).toBe(false);
  if (applied.result.ok) return;
  const { code, field, messageKey, params } = applied.result.rejection;
  expect({ code, field }).toEqual({ code: expected.code, field: expected.field });
  expect(rejectionMessageKeys).toContain(messageKey);
  if (expected.messageKey !== undefined) expect(messageKey).toBe(expected.messageKey);
  if (expected.params !== undefined) expect(params).toEqual(expected.params);
  expect(applied.state, 'a refused command must leave the state as it was').toBe(before);
}

export interface Specification {
  when(command: SpecCommand): {
    /** Asserts the outcome and hands back the state and result for further checks. */
    then(expected: readonly ExpectedEvent[] | ExpectedRejection): Applied;
  };
}

/** The scene: a sandbox state as it is, or commands applied, all of them accepted, to an empty sandbox at `t0`. */
export function given(start: SandboxState | readonly SpecCommand[]): Specification {
  const state = Array.isArray(start) ? build(start as readonly SpecCommand[]) : (start as SandboxState);
  return {
    when(command) {
      const full = withMeta(command, state.now);
      const applied = apply(state, full);
      return {
        then(expected) {
          if ('rejection' in expected) assertRejected(applied, state, expected.rejection);
          else expect(applied.result).toEqual({ ok: true, events: expected.map((event) => ({ ...event, meta: full.meta })) });
          return applied;
        },
      };
    },
  };
}
