import type { Random } from '../../../engine/random.ts';
import type { DemoTrainee } from './company.ts';
import { habits, type Habits } from './profiles.ts';
import type { DemoTeamId } from './staff.ts';

/**
 * Who plays what, when, over the four weeks before the demo is seeded:
 * each trainee works through the scenarios of their team's job on working
 * days in office hours (China time), and some go back to a scenario they
 * slipped on and try again. Only the plan: attempts.ts plays it.
 */

export interface PlannedAttempt {
  readonly userId: string;
  readonly scenarioId: string;
  readonly submittedAt: Date;
  /** How the person works that week. */
  readonly habits: Habits;
  /** How many slips the run makes. */
  readonly slips: number;
}

export const demoWeeks = 4;
const day = 24 * 60 * 60 * 1000;
/** China Standard Time, which has no daylight saving: working days and office hours are China's. */
const chinaOffset = 8 * 60 * 60 * 1000;
/** A run has this many chances to slip, each taken at the person's slip percentage. */
const slipChances = 3;

/** The scenarios a team's job calls for, easiest first, and those a curious member may try as well. */
const curriculum: Readonly<Record<DemoTeamId, { readonly core: readonly string[]; readonly extra: readonly string[] }>> = {
  'sales-east-1': { core: ['master-data-basics', 'funnel-hygiene', 'lead-to-cash'], extra: ['complaint-within-sla', 'moving-from-excel'] },
  'sales-east-2': { core: ['master-data-basics', 'funnel-hygiene', 'lead-to-cash'], extra: ['complaint-within-sla', 'moving-from-excel'] },
  'service-center': { core: ['master-data-basics', 'complaint-within-sla'], extra: ['moving-from-excel', 'funnel-hygiene'] },
  implementation: { core: ['master-data-basics', 'moving-from-excel'], extra: ['complaint-within-sla', 'lead-to-cash'] },
};

/** Midnight in China, as an instant, of each working day in the weeks before `now`'s day. */
export function workingDays(now: Date): Date[] {
  const today = Math.floor((now.getTime() + chinaOffset) / day) * day - chinaOffset;
  return Array.from({ length: demoWeeks * 7 }, (_, index) => new Date(today - (demoWeeks * 7 - index) * day)).filter((midnight) => {
    const weekday = new Date(midnight.getTime() + chinaOffset).getUTCDay();
    return weekday !== 0 && weekday !== 6;
  });
}

function slipsDrawn(random: Random, percent: number): number {
  return Array.from({ length: slipChances }, () => random.int(1, 100) <= percent).filter(Boolean).length;
}

export interface ScheduleInput {
  readonly trainees: readonly DemoTrainee[];
  readonly now: Date;
  readonly random: Random;
}

/** Every trainee's attempts, oldest first. */
export function schedule({ trainees, now, random }: ScheduleInput): PlannedAttempt[] {
  const days = workingDays(now);
  const first = days[0].getTime();
  const planned: PlannedAttempt[] = [];

  for (const trainee of trainees) {
    const { core, extra } = curriculum[trainee.teamId];
    const scenarios = [...core, ...extra.filter(() => random.int(1, 10) <= 5)];

    /** Plans a run on the given working day; on a replay the person remembers the lesson, and slips half as often. */
    const plan = (scenarioId: string, dayIndex: number, replay: boolean): number => {
      const midnight = days[dayIndex].getTime();
      const week = Math.min(demoWeeks - 1, Math.floor((midnight - first) / (7 * day)));
      const usual = habits(trainee.profile, week);
      const slips = slipsDrawn(random, replay ? usual.slipPercent / 2 : usual.slipPercent);
      const officeMinutes = random.int(9 * 60 + 30, 17 * 60 + 30);
      planned.push({ userId: trainee.userId, scenarioId, submittedAt: new Date(midnight + officeMinutes * 60_000), habits: usual, slips });
      // A habit goes wrong every time, so its owner keeps coming back to the scenario.
      return usual.habit === undefined ? slips : slips + 1;
    };

    let today = random.int(0, 4);
    for (const scenarioId of scenarios) {
      if (today >= days.length) break;
      let slips = plan(scenarioId, today, false);
      // Someone who slipped may come back to the scenario a few days later, and again if it still went wrong.
      for (let again = today + random.int(2, 6); slips > 0 && again < days.length && random.int(1, 10) <= 7; again += random.int(2, 6)) slips = plan(scenarioId, again, true);
      today += random.int(1, 4);
    }
  }
  return planned.sort((a, b) => a.submittedAt.getTime() - b.submittedAt.getTime());
}
