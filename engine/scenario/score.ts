/**
 * How an attempt is measured and scored, in one place so that the finish
 * screen, the server and the leaderboards agree. Following seed 004, an
 * attempt is many measures, not one number: completion, accuracy (and its
 * error rate), hints, simulated time against the deadlines, wall time. The
 * score folds the first three into 0–100 for leaderboards; stars band it.
 *
 *   score = round(100 × completion × accuracy) − hints used × hint cost, at least 0
 *   completion = steps done ÷ steps
 *   accuracy = 1 − error rate, error rate = mistakes ÷ commands (0 with no commands)
 *   stars: 3 from 90, 2 from 70, 1 from 40
 *
 * A missed deadline is a mistake (`deadline.missed`), so it costs accuracy;
 * the time measures are reported beside the score, not folded into it.
 */

export interface AttemptFacts {
  readonly stepsDone: number;
  readonly steps: number;
  readonly commands: number;
  readonly mistakes: number;
  readonly hintsUsed: number;
  readonly hintCost: number;
  /** Simulated time from the scenario's start to the sandbox's clock at the end. */
  readonly simulatedMs: number;
  /** The trainee's wall-clock time, to the last action. */
  readonly wallMs: number;
  /** Steps with a deadline, and how many of them were done in time. */
  readonly deadlines: number;
  readonly deadlinesMet: number;
}

/** What the score is computed from. */
export type ScoreFacts = Pick<AttemptFacts, 'stepsDone' | 'steps' | 'commands' | 'mistakes' | 'hintsUsed' | 'hintCost'>;

export type Stars = 0 | 1 | 2 | 3;

export interface Measures {
  readonly commands: number;
  readonly hintsUsed: number;
  /** 0–1: share of the steps done. */
  readonly completion: number;
  /** 0–1: share of commands that were not mistakes. */
  readonly accuracy: number;
  readonly errorRate: number;
  readonly simulatedMinutes: number;
  readonly wallSeconds: number;
  readonly deadlines: number;
  readonly deadlinesMet: number;
  readonly score: number;
  readonly stars: Stars;
}

/** Mistakes per command issued; 0 when nothing was issued. */
export function errorRate(mistakes: number, commands: number): number {
  return commands === 0 ? 0 : mistakes / commands;
}

/** 0–1: the share of commands that were not mistakes; never below 0, even with more mistakes than commands. */
export function accuracy(mistakes: number, commands: number): number {
  return Math.max(0, 1 - errorRate(mistakes, commands));
}

/** 0–100: the share of steps done, less the error rate, less hints. A perfect run scores 100. */
export function score({ stepsDone, steps, commands, mistakes, hintsUsed, hintCost }: ScoreFacts): number {
  return Math.max(0, Math.round(100 * (stepsDone / steps) * accuracy(mistakes, commands)) - hintsUsed * hintCost);
}

export function stars(points: number): Stars {
  if (points >= 90) return 3;
  if (points >= 70) return 2;
  if (points >= 40) return 1;
  return 0;
}

export function measure(facts: AttemptFacts): Measures {
  const points = score(facts);
  return {
    commands: facts.commands,
    hintsUsed: facts.hintsUsed,
    completion: facts.stepsDone / facts.steps,
    accuracy: accuracy(facts.mistakes, facts.commands),
    errorRate: errorRate(facts.mistakes, facts.commands),
    simulatedMinutes: Math.round(facts.simulatedMs / 60_000),
    wallSeconds: Math.round(facts.wallMs / 1000),
    deadlines: facts.deadlines,
    deadlinesMet: facts.deadlinesMet,
    score: points,
    stars: stars(points),
  };
}
