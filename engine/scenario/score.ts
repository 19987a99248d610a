/** How an attempt is scored. Kept in one place so the finish screen, the server and the leaderboards agree. */

export interface ScoreInput {
  readonly stepsDone: number;
  readonly steps: number;
  readonly commands: number;
  readonly mistakes: number;
  readonly hintsUsed: number;
  readonly hintCost: number;
}

/** Mistakes per command issued; 0 when nothing was issued. */
export function errorRate(mistakes: number, commands: number): number {
  return commands === 0 ? 0 : mistakes / commands;
}

/** 0–100: the share of steps done, less the error rate, less hints. A perfect run scores 100. */
export function score({ stepsDone, steps, commands, mistakes, hintsUsed, hintCost }: ScoreInput): number {
  const completion = stepsDone / steps;
  const accuracy = 1 - errorRate(mistakes, commands);
  return Math.max(0, Math.round(100 * completion * accuracy) - hintsUsed * hintCost);
}

/** 0–3 stars. */
export function stars(points: number): 0 | 1 | 2 | 3 {
  if (points >= 90) return 3;
  if (points >= 70) return 2;
  if (points >= 40) return 1;
  return 0;
}
