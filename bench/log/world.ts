import type { Account, CommandInput, SandboxState } from '../../engine/index.ts';
import type { Taken } from '../../engine/fixtures/customers.ts';
import { salesTeams } from '../../engine/fixtures/staff.ts';
import type { Random } from '../../engine/random.ts';

/**
 * What the log writer knows while it writes: the sandbox so far (each
 * command is applied as it is written, so later ones can aim at what
 * earlier ones created) and what names, numbers and serials are taken.
 */
export interface World {
  readonly random: Random;
  state: SandboxState;
  readonly taken: Taken;
}

/** One line of the log: what was typed, and by whom. */
export interface Entry {
  readonly body: CommandInput;
  readonly actor: string;
}

/**
 * Writes one command, or nothing when the sandbox has no record of the kind
 * it needs yet (no pending approval, no unread notification); the writer
 * then draws another.
 */
export type Maker = (world: World) => Entry | undefined;

/** A maker and how often it is drawn, relative to the others. */
export type Weighted = readonly [weight: number, make: Maker];

/** The people who do the daily work in the sandbox, `trainee` most of all. */
export const salesTrainees: readonly string[] = salesTeams.flatMap((team) => team.members.map((member) => member.id));

export function someTrainee(world: World): string {
  return world.random.int(0, 1) === 0 ? 'trainee' : world.random.pick(salesTrainees);
}

/** The lead of a user's team, or undefined for a user in no team. */
export function leadOf(state: SandboxState, user: string): string | undefined {
  return state.teams[state.users[user]?.team ?? '']?.lead;
}

export function pickAccount(world: World): Account {
  return world.state.accounts[world.random.pick(Object.keys(world.state.accounts))];
}

/** A random record of a table, or undefined when none passes the filter. */
export function pickWhere<Row>(world: World, table: Readonly<Record<string, Row>>, keep: (row: Row) => boolean): Row | undefined {
  const rows = Object.values(table).filter(keep);
  return rows.length === 0 ? undefined : world.random.pick(rows);
}

/** Deliberately ill-formed input, as a broken form or a hand-edited log sends it; the engine must refuse it, not throw. */
export function malformed(body: unknown): CommandInput {
  return body as CommandInput;
}
