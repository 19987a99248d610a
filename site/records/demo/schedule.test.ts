import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../engine/random.ts';
import { demoCompany } from './company.ts';
import { schedule, workingDays } from './schedule.ts';

const now = new Date('2026-11-23T08:00:00Z');
const { trainees } = demoCompany({ seed: 2026, now, passwordHash: 'x' });
const planned = schedule({ trainees, now, random: seededRandom(2027) });
/** The China wall clock of an instant, as a Date whose UTC fields read it. */
const inChina = (instant: Date) => new Date(instant.getTime() + 8 * 60 * 60 * 1000);

describe('workingDays', () => {
  it('lists the weekdays of the four weeks before today in China, not today', () => {
    const days = workingDays(now);
    expect(days).toHaveLength(20);
    expect(days.map((day) => inChina(day).getUTCDay()).every((weekday) => weekday >= 1 && weekday <= 5)).toBe(true);
    expect(inChina(days[0]).toISOString().slice(0, 10)).toBe('2026-10-26');
    expect(inChina(days.at(-1)!).toISOString().slice(0, 10)).toBe('2026-11-20');
  });
});

describe('schedule', () => {
  it('is the same plan for the same draws', () => {
    expect(schedule({ trainees, now, random: seededRandom(2027) })).toEqual(planned);
  });

  it('plans every trainee a few runs, oldest first, in office hours on working days before now', () => {
    expect(new Set(planned.map((plan) => plan.userId))).toEqual(new Set(trainees.map((trainee) => trainee.userId)));
    expect(planned.length).toBeGreaterThanOrEqual(trainees.length * 3);
    const times = planned.map((plan) => plan.submittedAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(times.every((time) => time < now.getTime() && time > now.getTime() - 29 * 24 * 60 * 60 * 1000)).toBe(true);
    for (const { submittedAt } of planned) {
      const local = inChina(submittedAt);
      expect(local.getUTCDay()).not.toBe(0);
      expect(local.getUTCDay()).not.toBe(6);
      expect(local.getUTCHours() * 60 + local.getUTCMinutes()).toBeGreaterThanOrEqual(9 * 60 + 30);
      expect(local.getUTCHours() * 60 + local.getUTCMinutes()).toBeLessThanOrEqual(17 * 60 + 30);
    }
  });

  it('starts everyone on master data, and gives each team its own scenarios', () => {
    const firstOf = (userId: string) => planned.find((plan) => plan.userId === userId)?.scenarioId;
    expect(trainees.every((trainee) => firstOf(trainee.userId) === 'master-data-basics')).toBe(true);
    const playedBy = (teamId: string) => new Set(planned.filter((plan) => trainees.find((trainee) => trainee.userId === plan.userId)?.teamId === teamId).map((plan) => plan.scenarioId));
    expect(playedBy('service-center')).toContain('complaint-within-sla');
    expect(playedBy('implementation')).toContain('moving-from-excel');
    expect(playedBy('sales-east-1')).toContain('lead-to-cash');
  });

  it('sends some who slipped, or have a habit that goes wrong every time, back to the scenario later, and only them', () => {
    const last = new Map<string, number>();
    let replays = 0;
    for (const plan of planned) {
      const key = `${plan.userId} ${plan.scenarioId}`;
      const before = last.get(key);
      if (before !== undefined) {
        replays++;
        expect(before, key).toBeGreaterThan(0);
      }
      last.set(key, plan.habits.habit === undefined ? plan.slips : plan.slips + 1);
    }
    expect(replays).toBeGreaterThanOrEqual(5);
  });
});
