import { describe, expect, it } from 'vitest';
import { finish } from '../../engine/index.ts';
import type { Move } from '../../engine/scenario/schema.ts';
import { mistakesOf, walkthroughOf, withData } from './walkthrough-moves.ts';

/**
 * scenarios/funnel-hygiene.yaml: what its walkthrough's perfect play and
 * slips (played by walkthroughs.test.ts) do not show — the stages, the
 * follow-up task and its reminder, where and how each mistake is recorded,
 * and changes that are no slip of the file.
 */
const { perfect, started, play, changed } = walkthroughOf('funnel-hygiene');
const [callHuading, postpone, loseLanhai, writeNeeds, callQiming, toProposal, shareXu, tellZhao, nextDay, emailHuading] = perfect;
const dealNamed = (name: string) => Object.values(started.state.opportunities).find((deal) => deal.name === name)!.id;
const [huading, lanhai, qiming] = ['华鼎二期数控车床', '蓝海包装线自动化改造', '启明手术器械清洗线'].map(dealNamed);

describe('funnel-hygiene', () => {
  it('starts with the three deals in their stages', () => {
    expect([huading, lanhai, qiming].map((id) => started.state.opportunities[id].stage)).toEqual(['qualification', 'prospecting', 'needsAnalysis']);
    expect(started.step).toBe(0);
  });

  it('is played perfectly over a day, the reminder coming before the follow-up falls due', () => {
    const attempt = play(perfect);
    expect(finish(attempt)).toMatchObject({ stepsDone: 4, commands: 11, badge: true, simulatedMinutes: 24 * 60 });
    expect(attempt.events.map((event) => event.type)).toContain('task.reminded');
    expect(attempt.events.map((event) => event.type)).not.toContain('task.overdue');
  });

  it('makes the call on the stale deal a task due at the follow-up time, with a reminder an hour before', () => {
    const [task] = Object.values(play([callHuading]).state.tasks);
    expect(task).toMatchObject({ assignee: 'trainee', about: { entity: 'opportunity', id: huading }, dueAt: Date.parse('2026-03-10T10:00:00+08:00'), remindAt: Date.parse('2026-03-10T09:00:00+08:00') });
  });

  it('records the agreed deal’s call never logged only when the attempt ends, at the stage move', () => {
    const attempt = play(changed(callQiming));
    expect(attempt.mistakes, 'not while the trainee may still log it').toEqual([]);
    expect(finish(attempt).mistakes).toMatchObject([{ code: 'log.missing-activity', done: 'opportunity.stageChanged', command: 4, expected: { params: { entity: 'opportunity', id: qiming } } }]);
  });

  it('scores a move to the stage the deal is in as one mistake in twelve commands', () => {
    const sameStage: Move = { type: 'opportunity.moveStage', data: { id: qiming, stage: 'needsAnalysis' } };
    expect(finish(play(changed(callQiming, sameStage, callQiming)))).toMatchObject({ completed: true, score: Math.round(100 * (11 / 12)) });
  });

  it('names the field a stage needs when the deal is moved before it is filled', () => {
    expect(finish(play(changed(writeNeeds, toProposal, writeNeeds))).mistakes).toMatchObject([
      { field: 'needs', expected: { messageKey: 'rejection.opportunity.stage-requires', params: { stage: 'proposal' } } },
    ]);
  });

  it('refuses a follow-up time with no next step, and the stale deal’s close date cleared, each incomplete', () => {
    const noDate: Move = { type: 'opportunity.update', data: { id: huading, expectedClose: '' } };
    const attempt = play(changed(callHuading, withData(callHuading, { nextStep: '' }), noDate, callHuading));
    expect(mistakesOf(attempt)).toEqual([
      { code: 'validation.incomplete', step: 'stale-deal', lesson: 'funnel-required-data' },
      { code: 'validation.incomplete', step: 'stale-deal', lesson: 'funnel-required-data' },
    ]);
    expect(finish(attempt).mistakes.map((mistake) => mistake.field)).toEqual(['nextStep', 'expectedClose']);
  });

  it('records the dead deal’s close date cleared as the field lost, which the CRM allows on a deal in prospecting', () => {
    const undated: Move = { type: 'opportunity.update', data: { id: lanhai, expectedClose: '' } };
    expect(finish(play(changed(loseLanhai, undated, loseLanhai))).mistakes).toMatchObject([{ field: 'expectedClose', expected: { messageKey: 'expectation.keepField' } }]);
  });

  it('leaves the agreed deal undone when 赵磊 is never told, naming who was not', () => {
    const result = finish(play(changed(tellZhao)));
    expect(result).toMatchObject({ completed: false, stepsDone: 2 });
    expect(result.mistakes[0].expected.params).toMatchObject({ id: qiming, members: 'u.zhao' });
  });

  it('records the team told before the move as told only old news, though the step is done', () => {
    const early = [...perfect.slice(0, 3), shareXu, tellZhao, writeNeeds, callQiming, toProposal, ...perfect.slice(8)];
    const attempt = play(early);
    expect(mistakesOf(attempt)).toEqual([{ code: 'notify.team-not-informed', step: 'agreed-deal', lesson: 'share-deal-news' }]);
    expect(finish(attempt).completed, 'everyone was told something, so the step is done; the order is the mistake').toBe(true);
  });

  it('records the follow-up falling due at the clock’s move, and done late is still done', () => {
    const late: Move = { type: 'clock.advance', data: { minutes: 24 * 60 + 90 } };
    const result = finish(play(changed(nextDay, late)));
    expect(result.mistakes).toMatchObject([{ code: 'deadline.missed', done: 'clock.advance', expected: { messageKey: 'expectation.taskDue' } }]);
    expect(result.completed).toBe(true);
  });

  it('keeps the email on the stale deal as the follow-up’s proof', () => {
    expect(play(changed(emailHuading)).step, 'the follow-up is not done without the email').toBe(3);
  });

  it('moves the stale deal’s date only', () => {
    expect(play([callHuading, postpone]).state.opportunities[huading]).toMatchObject({ expectedClose: '2026-09-30', amount: 860000, competitors: '海天精工' });
  });
});
