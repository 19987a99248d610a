import type { MistakeCode } from '../../../engine/mistakes.ts';

/**
 * How each demo trainee works, so that the dashboards have something to
 * tell apart: a careful one rarely slips, a sloppy one slips and reads
 * hints, an improving one starts sloppy and ends careful, and a stuck one
 * keeps making the same mistake, run after run (the one a lead must spot
 * and send back to retraining). Without
 * profiles every person would look alike and the boards, the error report
 * and needs-retraining would show nothing worth a demo.
 */

export const demoProfiles = ['careful', 'average', 'sloppy', 'improving', 'stuck'] as const;
export type DemoProfile = (typeof demoProfiles)[number];

export interface Habits {
  /** Chance in percent that each of a run's chances to slip is taken. */
  readonly slipPercent: number;
  /** Chance in percent of reading a hint before a move. */
  readonly hintPercent: number;
  /** Time taken over a move against the typical time: 1 is typical, 1.5 half as fast again. */
  readonly pace: number;
  /** A mistake made wherever a run can make it (every slip of that kind its scenario has), whatever the chance of others. */
  readonly habit?: MistakeCode;
}

const steady: Readonly<Record<Exclude<DemoProfile, 'improving'>, Habits>> = {
  careful: { slipPercent: 6, hintPercent: 1, pace: 1.2 },
  average: { slipPercent: 25, hintPercent: 4, pace: 1 },
  sloppy: { slipPercent: 55, hintPercent: 8, pace: 0.8 },
  // Unified formats are the seeds' first lesson, and the mistake a lead most often has to retrain.
  stuck: { slipPercent: 10, hintPercent: 2, pace: 1, habit: 'validation.format' },
};

/** The habits of a profile in a given week of the demo's four, 0 the first: only the improving change, from sloppy towards careful. */
export function habits(profile: DemoProfile, week: number): Habits {
  if (profile !== 'improving') return steady[profile];
  const learnt = Math.min(1, Math.max(0, week / 3));
  const between = (from: number, to: number) => Math.round(from + (to - from) * learnt);
  return {
    slipPercent: between(60, steady.careful.slipPercent),
    hintPercent: between(10, steady.careful.hintPercent),
    pace: between(150, steady.careful.pace * 100) / 100,
  };
}
