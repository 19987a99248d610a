import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { ENGINE_VERSION } from '../version.ts';
import { t0 } from '../specification.ts';
import { attemptRecordSchema } from './record.ts';
import { finish, hintsRevealed, isFinished, resumeAttempt, revealHint, startAttempt, submit } from './runner.ts';
import { scenarioSchema } from './schema.ts';
import { chenJing, chengjiang, input, liuYang, perfect, play, scenario, withData } from './two-cards.ts';
import { errorRate, score, stars } from './score.ts';

describe('startAttempt', () => {
  it('starts at the first step in the scenario’s sandbox, with an empty record', () => {
    const attempt = startAttempt(scenario);
    expect(attempt.step).toBe(0);
    expect(attempt.mistakes).toEqual([]);
    expect(attempt.tallies).toEqual([
      { commands: 0, mistakes: 0, hints: 0 },
      { commands: 0, mistakes: 0, hints: 0 },
      { commands: 0, mistakes: 0, hints: 0 },
    ]);
    expect(attempt.record).toEqual({ scenarioId: 'two-cards', scenarioVersion: 3, engineVersion: ENGINE_VERSION, seed: 7, entries: [] });
    expect(attempt.state.now).toBe(t0);
    expect(Object.keys(attempt.state.accounts)).toHaveLength(4);
    expect(attempt.state.accounts['C-SH-00612']).toMatchObject({ nameZh: '恒通电子(上海)有限公司', status: 'prospect' });
  });

  it('builds the same sandbox for the same seed, another for another seed', () => {
    expect(startAttempt(scenario, 7).state).toEqual(startAttempt(scenario).state);
    expect(startAttempt(scenario, 8).state).not.toEqual(startAttempt(scenario).state);
    expect(startAttempt(scenario, 8).record.seed).toBe(8);
  });

  it('builds a scenario’s sandbox once per seed, and no attempt changes it', () => {
    const first = startAttempt(scenario, 11).state;
    const before = JSON.stringify(first);
    play(perfect, startAttempt(scenario, 11));
    expect(startAttempt(scenario, 11).state).toBe(first);
    expect(JSON.stringify(first)).toBe(before);
    expect(startAttempt(v.parse(scenarioSchema, input), 11).state, 'another scenario object builds its own').not.toBe(first);
  });

  it('passes steps whose goal already holds', () => {
    const easy = v.parse(scenarioSchema, { ...input, steps: [{ ...input.steps[2], goal: { type: 'exists', entity: 'account', where: { code: 'C-SH-00612' } } }, input.steps[0]] });
    expect(startAttempt(easy).step).toBe(1);
  });

  it('says which fixture record a scenario author got wrong', () => {
    const broken = v.parse(scenarioSchema, { ...input, fixture: { ...input.fixture, records: [withData(chengjiang, { code: 'V2024-118' })] } });
    expect(() => startAttempt(broken)).toThrow('Scenario two-cards: fixture.records[0] (account.create) was refused with validation.format on field code');
  });
});

describe('submit', () => {
  it('moves to the next step when the goal holds, naming the step it completed', () => {
    const started = startAttempt(scenario);
    const first = submit(started, chengjiang, 1000);
    expect(first.result.ok).toBe(true);
    expect(first.completed).toEqual(['chengjiang']);
    expect(first.attempt.step).toBe(1);
    expect(first.mistakes).toEqual([]);

    const second = submit(first.attempt, liuYang, 2000);
    expect(second.completed).toEqual(['liu-yang']);
    expect(second.attempt.step).toBe(2);
    expect(isFinished(second.attempt)).toBe(false);

    const third = submit(second.attempt, chenJing, 3000);
    expect(third.completed).toEqual(['hengtong']);
    expect(isFinished(third.attempt)).toBe(true);
  });

  it('stays on the step while its goal does not hold', () => {
    const { attempt, completed } = submit(startAttempt(scenario), chenJing, 1000);
    expect(completed).toEqual([]);
    expect(attempt.step).toBe(0);
    expect(attempt.tallies[0]).toEqual({ commands: 1, mistakes: 0, hints: 0 });
  });

  it('passes every later step whose goal already holds, in order', () => {
    const early = play([chenJing]);
    expect(early.step).toBe(0);
    const first = submit(early, chengjiang, 2000);
    expect(first.completed).toEqual(['chengjiang']);
    const rest = submit(first.attempt, liuYang, 3000);
    expect(rest.completed).toEqual(['liu-yang', 'hengtong']);
    expect(isFinished(rest.attempt)).toBe(true);
  });

  it('records a watched mistake with its step, lesson, field, command index, time and offset', () => {
    const wrong = submit(startAttempt(scenario), withData(chengjiang, { code: 'V2024-118' }), 1500);
    const expected = {
      code: 'validation.format',
      scenario: 'two-cards',
      step: 'chengjiang',
      lesson: 'unified-formats',
      command: 0,
      done: 'account.create',
      field: 'code',
      expected: { messageKey: 'rejection.format.code', params: { expected: 'C-SH-00107', received: 'V2024-118' } },
      at: t0,
      offsetMs: 1500,
    };
    expect(wrong.result).toMatchObject({ ok: false, rejection: { code: 'validation.format', field: 'code' } });
    expect(wrong.mistakes).toEqual([expected]);
    expect(wrong.attempt.mistakes).toEqual([expected]);
    expect(wrong.attempt.tallies[0]).toEqual({ commands: 1, mistakes: 1, hints: 0 });

    const advanced = submit(wrong.attempt, { type: 'clock.advance', data: { minutes: 10 } }, 2000).attempt;
    const missing = submit(advanced, withData(chengjiang, { industry: '' }), 2500);
    expect(missing.mistakes).toEqual([
      {
        code: 'validation.incomplete',
        scenario: 'two-cards',
        step: 'chengjiang',
        lesson: 'complete-records',
        command: 2,
        done: 'account.create',
        field: 'industry',
        expected: { messageKey: 'rejection.incomplete', params: { field: 'industry' } },
        at: t0 + 600_000,
        offsetMs: 2500,
      },
    ]);
    expect(missing.attempt.mistakes).toHaveLength(2);
  });

  it('does not record a mistake the current step does not watch', () => {
    const atContact = play([chengjiang]);
    const incomplete = submit(atContact, withData(liuYang, { name: '' }), 5000);
    expect(incomplete.result).toMatchObject({ ok: false, rejection: { code: 'validation.incomplete', field: 'name' } });
    expect(incomplete.mistakes).toEqual([]);
    expect(incomplete.attempt.mistakes).toEqual([]);
    expect(incomplete.attempt.tallies[1]).toEqual({ commands: 1, mistakes: 0, hints: 0 });

    const wrongMove = submit(startAttempt(scenario), { type: 'account.markDormant', data: { code: 'C-SH-00612' } }, 1000);
    expect(wrongMove.result).toMatchObject({ ok: false, rejection: { code: 'transition.not-allowed' } });
    expect(wrongMove.mistakes).toEqual([]);
  });

  it('judges a mistake by the step it is made in', () => {
    const atHengtong = play([chengjiang, liuYang]);
    const badPhone = submit(atHengtong, withData(chenJing, { phone: '12345' }), 9000);
    expect(badPhone.result).toMatchObject({ ok: false, rejection: { code: 'validation.format', field: 'phone' } });
    expect(badPhone.mistakes).toEqual([]);
  });

  it('takes a duplicate warning as no mistake, and creating the duplicate anyway as one', () => {
    const atHengtong = play([chengjiang, liuYang]);
    const again = withData(chengjiang, { code: 'C-SH-00613', nameZh: '恒通电子(上海)有限责任公司', nameEn: '', industry: 'electronics', phone: '021-4048 1111' });
    const warned = submit(atHengtong, again, 9000);
    expect(warned.result).toMatchObject({ ok: false, rejection: { code: 'duplicate.suspected', params: { code: 'C-SH-00612' } } });
    expect(warned.mistakes).toEqual([]);
    const forced = submit(warned.attempt, withData(again, { confirmDuplicate: true }), 9500);
    expect(forced.mistakes).toEqual([
      {
        code: 'duplicate.created',
        scenario: 'two-cards',
        step: 'hengtong',
        lesson: 'search-before-create',
        command: 3,
        done: 'account.create',
        expected: { messageKey: 'expectation.searchFirst', params: { existing: 'C-SH-00612' } },
        at: t0,
        offsetMs: 9500,
      },
    ]);
    expect(forced.attempt.state.accounts['C-SH-00613'].duplicateOf).toBe('C-SH-00612');
  });

  it('does not score commands after the last step, but keeps them in the record and the sandbox', () => {
    const done = play(perfect);
    const after = play([withData(chengjiang, { code: 'V2024-118' }), { type: 'clock.advance', data: { minutes: 5 } }], done);
    expect(after.mistakes).toEqual([]);
    expect(after.tallies).toEqual(done.tallies);
    expect(after.step).toBe(3);
    expect(after.record.entries).toHaveLength(5);
    expect(after.state.now).toBe(t0 + 5 * 60_000);
    expect(finish(after)).toEqual(finish(done));
    const late = submit(done, withData(chengjiang, { code: '' }), 99_000);
    expect(late).toMatchObject({ mistakes: [], completed: [] });
    expect(late.result.ok).toBe(false);
  });
});

describe('hints', () => {
  it('reveals the current step’s hints one at a time, and no more than there are', () => {
    const started = startAttempt(scenario);
    const one = revealHint(started, 100);
    const two = revealHint(one, 200);
    expect([hintsRevealed(started), hintsRevealed(one), hintsRevealed(two)]).toEqual([0, 1, 2]);
    expect(two.record.entries).toEqual([
      { kind: 'hint', offsetMs: 100 },
      { kind: 'hint', offsetMs: 200 },
    ]);
    expect(revealHint(two, 300)).toBe(two);
  });

  it('counts hints per step', () => {
    const atContact = play([chengjiang], revealHint(startAttempt(scenario), 100));
    expect(hintsRevealed(atContact)).toBe(0);
    const hinted = revealHint(revealHint(atContact, 3000), 3100);
    expect(hintsRevealed(hinted)).toBe(1);
    expect(hinted.tallies.map((tally) => tally.hints)).toEqual([1, 1, 0]);
    const atHengtong = play([liuYang], hinted);
    expect(revealHint(atHengtong, 5000)).toBe(atHengtong);
    const done = play([chenJing], atHengtong);
    expect(hintsRevealed(done)).toBe(0);
    expect(revealHint(done, 6000)).toBe(done);
  });

  it('costs points', () => {
    const hinted = play(perfect, revealHint(revealHint(startAttempt(scenario), 100), 200));
    expect(finish(hinted)).toMatchObject({ completed: true, hintsUsed: 2, errorRate: 0, score: 90, stars: 3 });
    const costly = v.parse(scenarioSchema, { ...input, scoring: { hintCost: 20 } });
    const moreHints = play(perfect, revealHint(revealHint(startAttempt(costly), 100), 200));
    expect(finish(moreHints)).toMatchObject({ hintsUsed: 2, score: 60, stars: 1 });
  });
});

describe('finish', () => {
  it('scores a perfect run 100, three stars', () => {
    expect(finish(play(perfect))).toEqual({
      scenarioId: 'two-cards',
      scenarioVersion: 3,
      completed: true,
      stepsDone: 3,
      steps: 3,
      commands: 3,
      hintsUsed: 0,
      completion: 1,
      accuracy: 1,
      errorRate: 0,
      simulatedMinutes: 0,
      wallSeconds: 3,
      deadlines: 0,
      deadlinesMet: 0,
      score: 100,
      stars: 3,
      badge: true,
      mistakes: [],
      perStep: [
        { id: 'chengjiang', commands: 1, mistakes: 0, hints: 0, errorRate: 0 },
        { id: 'liu-yang', commands: 1, mistakes: 0, hints: 0, errorRate: 0 },
        { id: 'hengtong', commands: 1, mistakes: 0, hints: 0, errorRate: 0 },
      ],
    });
  });

  it('scores an unfinished run with mistakes by its share of steps and its error rate', () => {
    const result = finish(play([withData(chengjiang, { phone: '12345' }), chengjiang]));
    expect(result).toMatchObject({ completed: false, stepsDone: 1, steps: 3, commands: 2, errorRate: 0.5, score: 17, stars: 0 });
    expect(result.perStep[0]).toEqual({ id: 'chengjiang', commands: 2, mistakes: 1, hints: 0, errorRate: 0.5 });
  });
});

describe('resumeAttempt', () => {
  it('rebuilds the live attempt from its record: state, step, tallies, mistakes', () => {
    const live = play(
      [withData(chengjiang, { code: 'C-SU-501' }), chengjiang, { type: 'clock.advance', data: { minutes: 15 } }, withData(liuYang, { email: 'liu@' }), liuYang, chenJing, chenJing],
      revealHint(startAttempt(scenario, 11), 50),
    );
    expect(live.mistakes.length).toBeGreaterThan(0);
    const stored = v.parse(attemptRecordSchema, JSON.parse(JSON.stringify(live.record)));
    const resumed = resumeAttempt(scenario, stored);
    expect(resumed.state).toEqual(live.state);
    expect(resumed.step).toBe(live.step);
    expect(resumed.mistakes).toEqual(live.mistakes);
    expect(resumed).toEqual(live);
  });

  it('keeps a malformed command in the record, so a reload replays its refusal', () => {
    const { attempt, result } = submit(startAttempt(scenario), { type: 'contact.create', data: { name: '刘洋' } } as never, 100);
    expect(result).toMatchObject({ ok: false, rejection: { code: 'validation.incomplete' } });
    const stored = v.parse(attemptRecordSchema, JSON.parse(JSON.stringify(attempt.record)));
    expect(resumeAttempt(scenario, stored)).toEqual(attempt);
  });

  it('rebuilds an attempt in the middle of a step, with its hints', () => {
    const live = revealHint(play([chengjiang, withData(liuYang, { phone: '1' })]), 4000);
    expect(resumeAttempt(scenario, live.record)).toEqual(live);
    expect(hintsRevealed(resumeAttempt(scenario, live.record))).toBe(1);
  });
});

describe('a scenario’s own process', () => {
  it('builds the sandbox on the process the scenario sets, defaults for the rest', () => {
    const strict = v.parse(scenarioSchema, { ...input, process: { pricing: { maxDiscountPercent: 3 } } });
    const { state } = startAttempt(strict);
    expect(state.process.pricing).toEqual({ maxPriceDeviationPercent: 5, maxDiscountPercent: 3, validityDays: 30 });
    expect(startAttempt(scenario).state.process.pricing.maxDiscountPercent).toBe(10);
  });
});

describe('the role the trainee plays as', () => {
  const handOver = { type: 'account.assignOwner', data: { code: 'C-SH-00612', owner: 'u.chenjing' } } as const;

  it('is a trainee’s by default: a lead’s command is refused', () => {
    const { attempt, result } = submit(startAttempt(scenario), handOver, 1000);
    expect(attempt.state.users.trainee.role).toBe('trainee');
    expect(result).toMatchObject({ ok: false, rejection: { code: 'permission.denied' } });
  });

  it('is the one the scenario gives, as the same user, so a lead’s command goes through', () => {
    const acting = v.parse(scenarioSchema, { ...input, trainee: { role: 'lead' } });
    const { attempt, result } = submit(startAttempt(acting), handOver, 1000);
    expect(attempt.state.users.trainee).toEqual({ ...startAttempt(scenario).state.users.trainee, role: 'lead' });
    expect(result.ok).toBe(true);
    expect(attempt.state.accounts['C-SH-00612'].owner).toBe('u.chenjing');
    expect(resumeAttempt(acting, attempt.record)).toEqual(attempt);
  });

  it('leaves the sandbox of a scenario without the field as it was built before the field existed', () => {
    expect(v.parse(scenarioSchema, input).trainee).toEqual({ role: 'trainee' });
    expect(startAttempt(v.parse(scenarioSchema, { ...input, trainee: {} })).state).toEqual(startAttempt(scenario).state);
  });
});

describe('score', () => {
  const perfectRun = { stepsDone: 4, steps: 4, commands: 8, mistakes: 0, hintsUsed: 0, hintCost: 5 };

  it.each([
    [{}, 100],
    [{ stepsDone: 0 }, 0],
    [{ stepsDone: 2 }, 50],
    [{ stepsDone: 3 }, 75],
    [{ mistakes: 2 }, 75],
    [{ mistakes: 8 }, 0],
    [{ mistakes: 1 }, 88],
    [{ stepsDone: 1, steps: 3, commands: 3, mistakes: 1 }, 22],
    [{ hintsUsed: 1 }, 95],
    [{ hintsUsed: 3, hintCost: 10 }, 70],
    [{ hintsUsed: 2, hintCost: 0 }, 100],
    [{ stepsDone: 1, hintsUsed: 10 }, 0],
    [{ commands: 0 }, 100],
  ])('scores %j as %i', (change, expected) => {
    expect(score({ ...perfectRun, ...change })).toBe(expected);
  });

  it('takes the error rate as mistakes per command, 0 with no commands', () => {
    expect(errorRate(0, 0)).toBe(0);
    expect(errorRate(1, 4)).toBe(0.25);
    expect(errorRate(3, 2)).toBe(1.5);
  });

  it('never goes below 0, even with more mistakes than commands', () => {
    expect(score({ ...perfectRun, commands: 2, mistakes: 3 })).toBe(0);
  });
});

describe('stars', () => {
  it.each([
    [100, 3],
    [90, 3],
    [89, 2],
    [70, 2],
    [69, 1],
    [40, 1],
    [39, 0],
    [0, 0],
  ] as const)('gives %i points %i stars', (points, expected) => {
    expect(stars(points)).toBe(expected);
  });
});
