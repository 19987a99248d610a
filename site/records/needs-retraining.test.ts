import { describe, expect, it } from 'vitest';
import { loadScenarios } from '../lib/scenarios.ts';
import { needsRetraining } from './needs-retraining.ts';
import type { StoredAttempt } from './schema.ts';
import { attempt, mistakes, person, team } from './test-records.ts';

const scenarios = loadScenarios();
const users = [person('ann', { teamIds: ['east'] }), person('bo', { teamIds: ['west'] })];
const day = (n: number) => `2026-03-${String(n).padStart(2, '0')}T02:00:00.000Z`;
const formats = (n: number) => mistakes(Array.from({ length: n }, () => 'validation.format' as const));

/** Ann's format mistakes: 2, 4 and 3 in 20 commands on lead-to-cash, which watches validation.format. */
const steady = [attempt('a1', 'ann', day(2), { mistakes: formats(2) }), attempt('a2', 'ann', day(3), { mistakes: formats(4) }), attempt('a3', 'ann', day(4), { mistakes: formats(3) })];

const list = (attempts: readonly StoredAttempt[], query: { threshold?: number; minCommands?: number } = {}) =>
  needsRetraining({ attempts, users, teams: [team('east'), team('west')], now: day(10), filters: { period: 'all' } }, { threshold: 0.05, minCommands: 30, scenarios, ...query });

describe('needsRetraining', () => {
  it('lists an operator whose rate on a code stayed above the threshold in each of their last three attempts', () => {
    const [entry, ...others] = list(steady);
    expect(others).toEqual([]);
    expect(entry).toMatchObject({ userId: 'ann', name: 'Real ann', code: 'validation.format', errorRate: 9 / 60 });
    expect(entry.attempts.map((run) => [run.id, run.errorRate])).toEqual([
      ['a1', 0.1],
      ['a2', 0.2],
      ['a3', 0.15],
    ]);
  });

  it('names the scenarios that train the code, with their lessons', () => {
    const [entry] = list(steady);
    expect(entry.train).toEqual(expect.arrayContaining([{ scenarioId: 'master-data-basics', lessons: ['unified-formats'] }, { scenarioId: 'lead-to-cash', lessons: ['unified-formats'] }]));
    expect(entry.train.map((scenario) => scenario.scenarioId)).not.toContain('funnel-hygiene');
  });

  it('is not fooled by an attempt on a scenario that never watches the code', () => {
    expect(list([...steady, attempt('a4', 'ann', day(5), { scenarioId: 'funnel-hygiene' })])).toHaveLength(1);
  });

  it('lets one clean attempt that could show the code, too few attempts, or too few commands clear the operator', () => {
    expect(list([...steady, attempt('a4', 'ann', day(5), { scenarioId: 'master-data-basics' })])).toEqual([]);
    expect(list(steady.slice(1))).toEqual([]);
    expect(list(steady, { minCommands: 61 })).toEqual([]);
    expect(list(steady, { threshold: 0.1 })).toEqual([]);
  });
});
