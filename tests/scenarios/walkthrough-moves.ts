import { finish, startAttempt, type Attempt } from '../../engine/scenario/runner.ts';
import type { Move } from '../../engine/scenario/schema.ts';
import { playMoves, sameMove } from '../../engine/scenario/walkthrough.ts';
import { loadScenario } from '../../site/lib/scenarios.ts';

/**
 * For the tests of one scenario's details, beyond what walkthroughs.test.ts
 * checks of every scenario: the scenario, its perfect moves (to take apart
 * by position), and plays of them with a move changed.
 */
export function walkthroughOf(id: string) {
  const scenario = loadScenario(id)!;
  const { perfect } = scenario.walkthrough!;
  const started = startAttempt(scenario);
  const play = (moves: readonly Move[], from: Attempt = started) => playMoves(moves, from).attempt;
  /** The perfect play with `move` replaced by `instead` (nothing: left out). */
  const changed = (move: Move, ...instead: Move[]): Move[] => {
    const at = perfect.findIndex((candidate) => sameMove(candidate, move));
    if (at < 0) throw new Error(`${JSON.stringify(move)} is not a move of ${id}'s perfect play.`);
    return [...perfect.slice(0, at), ...instead, ...perfect.slice(at + 1)];
  };
  return { scenario, perfect, started, play, changed };
}

/** The move with some of its data changed. */
export const withData = (move: Move, data: Readonly<Record<string, unknown>>): Move => ({ ...move, data: { ...move.data, ...data } });

export const mistakesOf = (attempt: Attempt) => finish(attempt).mistakes.map(({ code, step, lesson }) => ({ code, step, lesson }));
