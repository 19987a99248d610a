import type * as v from 'valibot';
import type { CommandMeta } from './commands.ts';
import type { Draft } from './draft.ts';
import type { EventBody } from './events.ts';
import type { Ids } from './ids.ts';
import type { Result } from './result.ts';
import type { SandboxState } from './state.ts';
import type { User } from './users/records.ts';

/**
 * What every domain module (accounts, leads, quotes, …) provides: its
 * command schemas, a decider per command and an evolver per event. The
 * registries in `commands.ts`, `decide.ts` and `evolve.ts` join them; their
 * mapped types make a command or event that nobody handles fail to compile.
 */

/** A command as its module declares it: a literal `type` and a `data` object. */
export type CommandSchema = v.ObjectSchema<{ type: v.LiteralSchema<string, undefined>; data: v.GenericSchema }, undefined>;

/** Who acts, when, and where new ids come from, for one command. */
export interface DecideContext {
  /** Simulated time, epoch milliseconds. */
  readonly at: number;
  readonly actor: User;
  readonly ids: Ids;
}

type Body = { readonly type: string; readonly data: unknown };

export type Deciders<C extends Body> = {
  readonly [T in C['type']]: (state: SandboxState, data: Extract<C, { type: T }>['data'], context: DecideContext) => Result<EventBody>;
};

export type Evolvers<E extends Body> = {
  readonly [T in E['type']]: (draft: Draft, data: Extract<E, { type: T }>['data'], meta: CommandMeta) => void;
};
