import { expect } from 'vitest';
import type { CommandInput, CommandMeta } from './commands.ts';
import type { SandboxEvent } from './events.ts';
import { rejectionMessageKeys } from './messages.ts';
import { execute, setUp } from './replay.ts';
import type { Rejection, Result } from './result.ts';
import { emptySandbox, type SandboxState } from './state.ts';

/**
 * Domain rules as specifications, after Emmett's deciderSpecification:
 * `given(state or commands).when(command).then(events | { rejection })`.
 * Imported only by tests.
 */

/** Simulated time every specification starts at: Monday 2 March 2026, 09:00 in Shanghai. */
export const t0 = Date.parse('2026-03-02T09:00:00+08:00');

/** The people every specification can use: a trainee in a sales team, their lead, a colleague in service, an admin. */
export const cast = {
  trainee: 'tester',
  lead: 'lead.li',
  colleague: 'u.zhao',
  admin: 'admin.wu',
} as const;
export const tester = cast.trainee;

/** An empty sandbox at `t0` with the cast in it. */
export const castSandbox: SandboxState = setUp(
  emptySandbox(t0),
  [
    { type: 'user.create', data: { id: cast.lead, name: '李娜', role: 'lead', department: 'sales' } },
    { type: 'team.create', data: { id: 'sales-east', name: '华东销售', lead: cast.lead } },
    { type: 'user.create', data: { id: cast.trainee, name: '王芳', role: 'trainee', department: 'sales', team: 'sales-east' } },
    { type: 'user.create', data: { id: cast.colleague, name: '赵磊', role: 'trainee', department: 'service', team: 'sales-east' } },
    { type: 'user.create', data: { id: cast.admin, name: '吴敏', role: 'admin', department: 'management' } },
  ],
  t0,
  'specification cast',
);

/** The state after a command, and what the engine answered. */
export interface Applied {
  readonly state: SandboxState;
  readonly result: Result<SandboxEvent>;
}

function apply(state: SandboxState, command: CommandInput, meta: CommandMeta): Applied {
  const executed = execute(state, command, meta);
  return executed.ok ? { state: executed.state, result: { ok: true, events: executed.events } } : { state, result: executed };
}

/** A command as a test writes it: meta defaults to the sandbox's clock and the tester. */
export type SpecCommand = CommandInput & { readonly meta?: CommandMeta };

/** An expected event; its meta must be the command's. */
export type ExpectedEvent = SandboxEvent extends infer E ? (E extends unknown ? Omit<E, 'meta'> : never) : never;

export interface ExpectedRejection {
  readonly rejection: Pick<Rejection, 'code' | 'field'> & Partial<Pick<Rejection, 'messageKey' | 'params'>>;
}

function split(command: SpecCommand, at: number): [CommandInput, CommandMeta] {
  const { meta, ...body } = command;
  return [body as CommandInput, meta ?? { at, actor: tester }];
}

/** Applies commands that set the scene; a refused one is a broken test, not an outcome. */
export function build(commands: readonly SpecCommand[], initial: SandboxState = castSandbox): SandboxState {
  return commands.reduce((state, command, index) => {
    const { state: next, result } = apply(state, ...split(command, state.now));
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
    /** Asserts only that the command was applied, for tests that look at the resulting state. */
    accepted(): Applied;
  };
}

/** The scene: a sandbox state as it is, or commands applied, all of them accepted, to the cast's sandbox at `t0`. */
export function given(start: SandboxState | readonly SpecCommand[]): Specification {
  const state = Array.isArray(start) ? build(start as readonly SpecCommand[]) : (start as SandboxState);
  return {
    when(command) {
      const [body, meta] = split(command, state.now);
      const applied = apply(state, body, meta);
      return {
        then(expected) {
          if ('rejection' in expected) assertRejected(applied, state, expected.rejection);
          else expect(applied.result).toEqual({ ok: true, events: expected.map((event) => ({ ...event, meta })) });
          return applied;
        },
        accepted() {
          expect(applied.result.ok, `expected the command to be applied, got ${JSON.stringify(applied.result)}`).toBe(true);
          return applied;
        },
      };
    },
  };
}
