import { describe, expect, it } from 'vitest';
import { finish, startAttempt, verifyAttempt, type Attempt, type CommandInput } from '../../engine/index.ts';
import { loadScenario } from '../../site/lib/scenarios.ts';
import { funnelHygienePlay } from '../../site/records/demo/plays/funnel-hygiene.ts';
import { play as playMoves } from '../../site/records/demo/plays/move.ts';

/**
 * scenarios/funnel-hygiene.yaml: the Monday funnel review — a stale deal
 * called and given a follow-up, a dead deal lost with its reason, an agreed
 * deal moved on with its team told, and the follow-up done before it falls
 * due. The perfect play is site/records/demo/plays/funnel-hygiene.ts.
 */
const scenario = loadScenario('funnel-hygiene')!;
const started = startAttempt(scenario);
const { huading, lanhai, qiming, callHuading, callQiming, toProposal, share, wait, emailHuading, monday, week, sameStage, undated } = funnelHygienePlay(started);

function play(commands: readonly CommandInput[], from: Attempt = started): Attempt {
  return playMoves(commands, from);
}

function playPerfect(before: readonly CommandInput[] = monday, after?: readonly CommandInput[]): Attempt {
  return playMoves(week(before, after), started);
}

const only = (attempt: Attempt) => finish(attempt).mistakes.map(({ code, step, lesson }) => ({ code, step, lesson }));

describe('funnel-hygiene', () => {
  it('starts with the three deals in their stages', () => {
    expect([huading, lanhai, qiming].map((id) => started.state.opportunities[id].stage)).toEqual(['qualification', 'prospecting', 'needsAnalysis']);
    expect(started.step).toBe(0);
  });

  it('plays to a perfect score, with the reminder before the follow-up falls due', () => {
    const attempt = playPerfect();
    const result = finish(attempt);
    expect(result).toMatchObject({ completed: true, stepsDone: 4, commands: 11, errorRate: 0, score: 100, stars: 3, badge: true, simulatedMinutes: 24 * 60 });
    expect(result.mistakes).toEqual([]);
    expect(attempt.events.map((event) => event.type)).toContain('task.reminded');
    expect(attempt.events.map((event) => event.type)).not.toContain('task.overdue');
    expect(verifyAttempt(scenario, attempt.record)).toEqual({ ok: true, result });
  });

  it('makes the call on the stale deal a task due at the follow-up time, with a reminder an hour before', () => {
    const attempt = play([callHuading]);
    const [task] = Object.values(attempt.state.tasks);
    expect(task).toMatchObject({ assignee: 'trainee', about: { entity: 'opportunity', id: huading }, dueAt: Date.parse('2026-03-10T10:00:00+08:00'), remindAt: Date.parse('2026-03-10T09:00:00+08:00') });
  });

  describe('the mistakes each step watches', () => {
    it('log.missing-activity: the agreed deal moved on without the call logged', () => {
      const attempt = playPerfect(monday.filter((command) => command !== callQiming));
      expect(attempt.mistakes, 'not while the trainee may still log it').toEqual([]);
      expect(only(attempt)).toEqual([{ code: 'log.missing-activity', step: 'agreed-deal', lesson: 'log-every-deal-contact' }]);
      expect(finish(attempt).mistakes[0]).toMatchObject({ done: 'opportunity.stageChanged', command: 4, expected: { params: { entity: 'opportunity', id: qiming } } });
    });

    it('process.wrong-transition: the agreed deal “moved” to the stage it is already in', () => {
      const attempt = playPerfect([...monday.slice(0, 4), sameStage, ...monday.slice(4)]);
      expect(only(attempt)).toEqual([{ code: 'process.wrong-transition', step: 'agreed-deal', lesson: 'move-to-the-stage-reached' }]);
      expect(finish(attempt)).toMatchObject({ completed: true, score: Math.round(100 * (11 / 12)) });
    });

    it('validation.incomplete: the agreed deal moved to proposal before its needs are written', () => {
      const attempt = playPerfect([...monday.slice(0, 3), toProposal, ...monday.slice(3)]);
      expect(only(attempt)).toEqual([{ code: 'validation.incomplete', step: 'agreed-deal', lesson: 'funnel-required-data' }]);
      expect(finish(attempt).mistakes[0]).toMatchObject({ field: 'needs', expected: { messageKey: 'rejection.opportunity.stage-requires', params: { stage: 'proposal' } } });
    });

    it('validation.incomplete: a follow-up time with no next step, or the stale deal’s close date cleared', () => {
      const noNextStep = { ...callHuading, data: { ...callHuading.data, nextStep: '' } } as CommandInput;
      const noDate: CommandInput = { type: 'opportunity.update', data: { id: huading, expectedClose: '' } };
      const attempt = playPerfect([noNextStep, noDate, ...monday]);
      expect(only(attempt)).toEqual([
        { code: 'validation.incomplete', step: 'stale-deal', lesson: 'funnel-required-data' },
        { code: 'validation.incomplete', step: 'stale-deal', lesson: 'funnel-required-data' },
      ]);
      expect(finish(attempt).mistakes.map((mistake) => mistake.field)).toEqual(['nextStep', 'expectedClose']);
    });

    it('data.lost: the dead deal’s close date cleared to get it out of March’s forecast', () => {
      const attempt = playPerfect([...monday.slice(0, 2), undated, ...monday.slice(2)]);
      expect(only(attempt)).toEqual([{ code: 'data.lost', step: 'dead-deal', lesson: 'keep-deal-numbers' }]);
      expect(finish(attempt).mistakes[0]).toMatchObject({ field: 'expectedClose', expected: { messageKey: 'expectation.keepField' } });
    });

    it('notify.team-not-informed: 赵磊 never hears that the deal moved', () => {
      const attempt = playPerfect(monday.slice(0, -1));
      expect(only(attempt)).toEqual([{ code: 'notify.team-not-informed', step: 'agreed-deal', lesson: 'share-deal-news' }]);
      expect(finish(attempt)).toMatchObject({ completed: false, stepsDone: 2 });
      expect(finish(attempt).mistakes[0].expected.params).toMatchObject({ id: qiming, members: 'u.zhao' });
    });

    it('notify.team-not-informed: the team told before the move heard only old news', () => {
      const early = [...monday.slice(0, 3), share('u.xu'), share('u.zhao'), ...monday.slice(3, 6)];
      const attempt = playPerfect(early);
      expect(only(attempt)).toEqual([{ code: 'notify.team-not-informed', step: 'agreed-deal', lesson: 'share-deal-news' }]);
      expect(finish(attempt).completed, 'everyone was told something, so the step is done; the order is the mistake').toBe(true);
    });

    it('deadline.missed: the clock passes 10:00 on Tuesday before the follow-up is done', () => {
      const attempt = playPerfect(monday, [wait(24 * 60 + 90), emailHuading]);
      expect(only(attempt)).toEqual([{ code: 'deadline.missed', step: 'follow-up', lesson: 'follow-up-before-due' }]);
      expect(finish(attempt).mistakes[0]).toMatchObject({ done: 'clock.advance', expected: { messageKey: 'expectation.taskDue' } });
      expect(finish(attempt).completed, 'done late is still done').toBe(true);
    });
  });
});
