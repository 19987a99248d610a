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

/** A perfect play with one move done wrong, and the mistake the scenario records for it. */
export interface Slip {
  readonly code: MistakeCode;
  /** The step whose watch records the mistake. */
  readonly step: string;
  readonly moves: readonly Move[];
  /** False when the slip leaves a step undone (a team never told): the attempt ends incomplete. */
  readonly completes: boolean;
}

/** How one scenario is played: perfectly, and with each of a few typical slips. */
export interface ScenarioPlay {
  readonly scenarioId: string;
  readonly perfect: readonly Move[];
  readonly slips: readonly Slip[];
}

export function commandOf(move: Move, attempt: Attempt): CommandInput {
  return typeof move === 'function' ? move(attempt) : move;
}

/** When the next entry is sent, in ms since the attempt started: one second after each entry, unless told. */
export type Pace = (attempt: Attempt, command: CommandInput) => number;

const secondApart: Pace = (attempt) => (attempt.record.entries.length + 1) * 1000;

/** Plays the moves one after another from `from`. */
export function play(moves: readonly Move[], from: Attempt, pace: Pace = secondApart): Attempt {
  return moves.reduce((attempt, move) => {
    const command = commandOf(move, attempt);
    return submit(attempt, command, pace(attempt, command)).attempt;
  }, from);
}

/** `moves` with `move` replaced by `instead` (nothing: left out). */
export function replaced<M extends Move>(moves: readonly M[], move: M, ...instead: M[]): M[] {
  const at = moves.indexOf(move);
  if (at < 0) throw new Error('The move to replace is not in the play.');
  return [...moves.slice(0, at), ...instead, ...moves.slice(at + 1)];
}
