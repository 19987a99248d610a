import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../engine/random.ts';
import { finish, resumeAttempt } from '../../../engine/scenario/runner.ts';
import { verifyAttempt } from '../../../engine/scenario/verify.ts';
import { loadScenario, loadScenarios, loadScenarioVersion } from '../../lib/scenarios.ts';
import { createMemoryStore } from '../memory-store.ts';
import { summariseAttempt } from '../summary.ts';
import { playPlanned, submitDemoAttempts } from './attempts.ts';
import type { PlannedAttempt } from './schedule.ts';

const typical = { slipPercent: 0, hintPercent: 0, pace: 1 };
const planned = (fields: Partial<PlannedAttempt> = {}): PlannedAttempt => ({
  userId: 'u-mei',
  scenarioId: 'lead-to-cash',
  submittedAt: new Date('2026-11-20T03:00:00Z'),
  habits: typical,
  slips: 0,
  ...fields,
});

describe('playPlanned', () => {
  it('plays a run without slips or hints to a perfect, sealed record that verifies', () => {
    for (const scenario of loadScenarios()) {
      const record = playPlanned(scenario, planned({ scenarioId: scenario.id }), seededRandom(1));
      const verified = verifyAttempt(scenario, record);
      expect(verified, scenario.id).toMatchObject({ ok: true, result: { completed: true, score: 100, mistakes: [] } });
      expect(record.claimed).toMatchObject({ score: 100, entries: record.entries.length });
    }
  });

  it('makes as many slips as planned, each recorded as one of the scenario’s watched mistakes (a slip may make more than one)', () => {
    for (const scenario of loadScenarios())
      for (let seed = 1; seed <= 6; seed++) {
        const result = finish(resumeAttempt(scenario, playPlanned(scenario, planned({ scenarioId: scenario.id, slips: 2 }), seededRandom(seed))));
        expect(result.mistakes.length, `${scenario.id}, draw ${seed}`).toBeGreaterThanOrEqual(2);
        const watched = (code: string, step: string) => scenario.steps.some((candidate) => candidate.id === step && candidate.watches.some((watch) => watch.mistake === code));
        expect(result.mistakes.filter((mistake) => !watched(mistake.code, mistake.step)), `${scenario.id}, draw ${seed}`).toEqual([]);
        expect(result.score).toBeLessThan(100);
      }
  });

  it('reads hints when the habits say so, and paces the wall clock by the person', () => {
    const scenario = loadScenario('lead-to-cash')!;
    const hinted = playPlanned(scenario, planned({ habits: { ...typical, hintPercent: 100 } }), seededRandom(1));
    expect(hinted.entries.filter((entry) => entry.kind === 'hint').length).toBeGreaterThan(0);
    expect(hinted.claimed!.score).toBeLessThan(100);
    const offsets = hinted.entries.map((entry) => entry.offsetMs);
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b));

    const wall = (pace: number) => finish(resumeAttempt(scenario, playPlanned(scenario, planned({ habits: { ...typical, pace } }), seededRandom(1)))).wallSeconds;
    expect(wall(1.5)).toBeGreaterThan(wall(1));
    expect(wall(1)).toBeGreaterThan(10 * 60);
  });
});

describe('submitDemoAttempts', () => {
  it('submits each run through acceptAttempt: stored at its time, under an id from the seed, with a log that replays to it', async () => {
    const store = createMemoryStore();
    const plans = [planned({ slips: 1 }), planned({ scenarioId: 'master-data-basics', userId: 'u-lin', submittedAt: new Date('2026-11-20T05:00:00Z') })];
    const progress: string[] = [];
    const stored = await submitDemoAttempts({
      store,
      planned: plans,
      seed: 9,
      scenarios: loadScenarios(),
      scenarioAt: loadScenarioVersion,
      random: seededRandom(1),
      progress: (done, of) => progress.push(`${done}/${of}`),
    });
    expect(stored.map(({ id, userId, scenarioId, submittedAt }) => ({ id, userId, scenarioId, submittedAt }))).toEqual([
      { id: 'demo-9-0001', userId: 'u-mei', scenarioId: 'lead-to-cash', submittedAt: '2026-11-20T03:00:00.000Z' },
      { id: 'demo-9-0002', userId: 'u-lin', scenarioId: 'master-data-basics', submittedAt: '2026-11-20T05:00:00.000Z' },
    ]);
    expect(progress).toEqual(['2/2']);
    for (const attempt of await store.attempts()) {
      const entries = (await store.attemptEntries(attempt.id))!;
      const record = { scenarioId: attempt.scenarioId, scenarioVersion: attempt.scenarioVersion, engineVersion: attempt.engineVersion, seed: attempt.seed, entries };
      const verified = verifyAttempt(loadScenario(attempt.scenarioId)!, record);
      expect(verified.ok && summariseAttempt({ id: attempt.id, userId: attempt.userId, submittedAt: attempt.submittedAt, record, result: verified.result })).toEqual(attempt);
    }
    expect((await store.attempt('demo-9-0001'))?.mistakes).toHaveLength(1);
  });

  it('refuses to plan on a scenario that is not loaded', async () => {
    const attempt = submitDemoAttempts({ store: createMemoryStore(), planned: [planned({ scenarioId: 'gone' })], seed: 1, scenarios: loadScenarios(), scenarioAt: loadScenarioVersion, random: seededRandom(1) });
    await expect(attempt).rejects.toThrow(/scenario gone/);
  });
});
