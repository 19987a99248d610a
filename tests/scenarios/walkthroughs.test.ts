import { describe, expect, it } from 'vitest';
import { playWalkthrough, slipped, walkthroughCheck } from '../../engine/scenario/walkthrough.ts';
import { verifyAttempt } from '../../engine/scenario/verify.ts';
import { loadScenarios } from '../../site/lib/scenarios.ts';

/**
 * Every scenario in scenarios/, played from its own walkthrough: perfectly,
 * to full marks with no mistake, and once per slip, each caught as the
 * mistake it names at its step. A new scenario file is tested by being
 * added; one without a walkthrough, or with a watched mistake no slip
 * makes, fails here.
 */
describe.each(loadScenarios().map((scenario) => [scenario.id, scenario] as const))('%s', (_id, scenario) => {
  it('has a walkthrough that fits its steps and keeps its promise', () => {
    expect(walkthroughCheck(scenario)).toEqual([]);
  });

  const walkthrough = scenario.walkthrough;
  if (walkthrough === undefined) return;

  it('plays perfectly to 100 with no mistake and no refusal, and the server replays the record to the same result', () => {
    const played = playWalkthrough(scenario, walkthrough.perfect);
    expect(played.refusals).toEqual([]);
    expect(played.result).toMatchObject({ completed: true, score: 100, stars: 3, mistakes: [] });
    expect(verifyAttempt(scenario, played.attempt.record)).toEqual({ ok: true, result: played.result });
  });

  it.each(walkthrough.slips.map((slip, index) => [`${slip.mistake} at ${slip.step} (slip ${index + 1})`, slip] as const))('%s is caught', (_name, slip) => {
    const played = playWalkthrough(scenario, slipped(walkthrough, slip));
    const lesson = scenario.steps.find((step) => step.id === slip.step)!.watches.find((watch) => watch.mistake === slip.mistake)!.lesson;
    expect(played.result.mistakes.map(({ code, step, lesson }) => ({ code, step, lesson }))).toContainEqual({ code: slip.mistake, step: slip.step, lesson });
    expect(played.finished).toBe(slip.completes);
    expect(played.result.score).toBeLessThan(100);
  });
});
