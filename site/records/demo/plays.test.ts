import { describe, expect, it } from 'vitest';
import { finish, startAttempt } from '../../../engine/scenario/runner.ts';
import { verifyAttempt } from '../../../engine/scenario/verify.ts';
import { loadScenarios } from '../../lib/scenarios.ts';
import { play, slipped } from './plays/move.ts';
import { plays } from './plays.ts';

describe('the scripted plays', () => {
  it('cover every scenario', () => {
    expect(Object.keys(plays).sort()).toEqual(loadScenarios().map((scenario) => scenario.id).sort());
  });

  describe.each(loadScenarios().map((scenario) => [scenario.id, scenario] as const))('%s', (_, scenario) => {
    const started = startAttempt(scenario);
    const { perfect, slips } = plays[scenario.id](started);

    it('plays perfectly to 100 and three stars, and verifies to the same result', () => {
      const attempt = play(perfect, started);
      const result = finish(attempt);
      expect(result).toMatchObject({ completed: true, score: 100, stars: 3, mistakes: [] });
      expect(verifyAttempt(scenario, attempt.record)).toEqual({ ok: true, result });
    });

    it('has slips, each caught as the one mistake it is meant to be', () => {
      expect(slips.length).toBeGreaterThanOrEqual(3);
      for (const slip of slips) {
        const result = finish(play(slipped(perfect, [slip]), started));
        expect(result.mistakes.map(({ code, step }) => ({ code, step })), `${slip.code} in ${slip.step}`).toEqual([{ code: slip.code, step: slip.step }]);
        expect(result.completed, `${slip.code} in ${slip.step}`).toBe(slip.completes);
      }
    });
  });
});
