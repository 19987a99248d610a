import type { CommandInput } from '../../../../engine/commands.ts';
import type { MistakeCode } from '../../../../engine/mistakes.ts';
import { submit, type Attempt } from '../../../../engine/scenario/runner.ts';

/**
 * The pieces the scripted plays of the five scenarios are made of. A play
 * is written once, here, and serves both the scenario tests (which check
 * that it scores 100 and that each slip is caught) and the demo company
 * (whose trainees play it, slips and all).
 */

/**
 * A command, or one that names a record the attempt itself made (a lead's
 * id, a quote's), looked up in the attempt when it is played: ids come
 * from the sandbox, so a script cannot know them in advance.
 */
export type Move = CommandInput | ((attempt: Attempt) => CommandInput);

/**
 * One move of the perfect play done wrong: `replace` gives way to `instead`
 * (the wrong move then the right one, or nothing when the move is
 * forgotten), and the scenario records the mistake named here. Written as a
 * change rather than a whole play, so that a run can make several slips.
 */
export interface Slip {
  readonly code: MistakeCode;
  /** The step whose watch records the mistake. */
  readonly step: string;
  /** A move of the perfect play, found by identity. */
  readonly replace: Move;
  readonly instead: readonly Move[];
  /** False when the slip leaves a step undone (a team never told): the attempt ends incomplete. */
  readonly completes: boolean;
}

/** How one scenario is played: perfectly, and with each of a few typical slips. */
export interface ScenarioPlay {
  readonly perfect: readonly Move[];
  readonly slips: readonly Slip[];
}

export function commandOf(move: Move, attempt: Attempt): CommandInput {
  return typeof move === 'function' ? move(attempt) : move;
}

/** Plays the moves one after another from `from`, a second apart: how the tests play them. */
export function play(moves: readonly Move[], from: Attempt): Attempt {
  return moves.reduce((attempt, move) => submit(attempt, commandOf(move, attempt), (attempt.record.entries.length + 1) * 1000).attempt, from);
}

/** `moves` with `move` replaced by `instead` (nothing: left out). */
export function replaced<M extends Move>(moves: readonly M[], move: M, ...instead: M[]): M[] {
  const at = moves.indexOf(move);
  if (at < 0) throw new Error('The move to replace is not in the play.');
  return [...moves.slice(0, at), ...instead, ...moves.slice(at + 1)];
}

/** The perfect play with each slip made, in order; slips must change different moves. */
export function slipped(perfect: readonly Move[], slips: readonly Slip[]): Move[] {
  return slips.reduce<Move[]>((moves, slip) => replaced(moves, slip.replace, ...slip.instead), [...perfect]);
}
