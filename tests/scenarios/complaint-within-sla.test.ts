import { describe, expect, it } from 'vitest';
import { finish, startAttempt, submit, verifyAttempt, type Attempt, type CommandInput } from '../../engine/index.ts';
import { loadScenario } from '../../site/lib/scenarios.ts';
import { complaintWithinSlaPlay } from '../../site/records/demo/plays/complaint-within-sla.ts';
import { play as playMoves } from '../../site/records/demo/plays/move.ts';

/**
 * scenarios/complaint-within-sla.yaml: 博亚's stopped VMC850 taken, worked
 * and closed before the deadline — the perfect play
 * (site/records/demo/plays/complaint-within-sla.ts), then one small change
 * per mistake the steps watch.
 */
const scenario = loadScenario('complaint-within-sla')!;
const started = startAttempt(scenario);
const { ticket, chenMin, assign, take, start, firstCall, addZhou, dispatch, wait, engineerWorks, checkCall, resolve, tellService, close, perfect, changed, clearChenMinEmail } =
  complaintWithinSlaPlay(started);
const play = (commands: readonly CommandInput[], from: Attempt = started) => playMoves(commands, from);

const mistakesOf = (attempt: Attempt) => finish(attempt).mistakes.map(({ code, step, lesson }) => ({ code, step, lesson }));

describe('complaint-within-sla', () => {
  it('plays to a perfect score within the deadline, and verifies to the same result', () => {
    const attempt = play(perfect);
    const result = finish(attempt);
    expect(result).toMatchObject({ completed: true, stepsDone: 6, commands: perfect.length, errorRate: 0, score: 100, stars: 3, badge: true });
    expect(result).toMatchObject({ deadlines: 1, deadlinesMet: 1, simulatedMinutes: 120 });
    expect(result.mistakes).toEqual([]);
    expect(verifyAttempt(scenario, attempt.record)).toEqual({ ok: true, result });
  });

  describe('take', () => {
    it('records the ticket handed to service instead of taken', () => {
      const handedOn = submit(started, assign('u.zhao'), 1000);
      expect(handedOn.mistakes).toMatchObject([{ code: 'assignment.wrong-owner', step: 'take', lesson: 'own-the-complaint', field: 'assignee' }]);
      expect(mistakesOf(play(changed(take, assign('u.zhao'), take)))).toEqual([{ code: 'assignment.wrong-owner', step: 'take', lesson: 'own-the-complaint' }]);
    });

    it('records work started on a ticket nobody has taken', () => {
      expect(mistakesOf(play(changed(take, start, take)))).toEqual([{ code: 'process.wrong-transition', step: 'take', lesson: 'complaint-in-order' }]);
    });
  });

  describe('call', () => {
    it('records 陈敏’s number overwritten with the supervisor’s, once, even when it is put back', () => {
      const overwrite: CommandInput = { type: 'contact.update', data: { id: chenMin, phone: '138 1624 7709' } };
      const putBack: CommandInput = { type: 'contact.update', data: { id: chenMin, phone: '139 1358 2276' } };
      expect(mistakesOf(play(changed(addZhou, overwrite, putBack, addZhou)))).toEqual([{ code: 'data.lost', step: 'call', lesson: 'keep-existing-contacts' }]);
    });

    it('records 陈敏’s email cleared', () => {
      const attempt = play(changed(addZhou, clearChenMinEmail, addZhou));
      expect(finish(attempt).mistakes).toMatchObject([{ code: 'data.lost', step: 'call', lesson: 'keep-existing-contacts', field: 'email' }]);
    });

    it('records a ticket resolved before work on it started', () => {
      expect(mistakesOf(play(changed(start, resolve, start)))).toEqual([{ code: 'process.wrong-transition', step: 'call', lesson: 'complaint-in-order' }]);
    });
  });

  it('records the ticket reassigned to 赵磊 once work has started, and nothing else', () => {
    expect(mistakesOf(play(changed(dispatch, assign('u.zhao'), dispatch)))).toEqual([{ code: 'process.wrong-transition', step: 'dispatch', lesson: 'complaint-in-order' }]);
  });

  describe('resolve', () => {
    it('records the promised 12:00 missed, once', () => {
      const result = finish(play(changed(engineerWorks, wait(150), wait(50))));
      expect(result.mistakes.map(({ code, step, lesson }) => ({ code, step, lesson }))).toEqual([{ code: 'deadline.missed', step: 'resolve', lesson: 'promise-within-sla' }]);
      expect(result).toMatchObject({ completed: true, deadlines: 1, deadlinesMet: 0, simulatedMinutes: 200 });
    });

    it('records the SLA breached as well once 13:00 passes, and the ticket goes to 李娜', () => {
      const attempt = play(changed(engineerWorks, wait(250)));
      expect(mistakesOf(attempt)).toEqual([
        { code: 'deadline.missed', step: 'resolve', lesson: 'promise-within-sla' },
        { code: 'deadline.missed', step: 'resolve', lesson: 'promise-within-sla' },
      ]);
      expect(attempt.state.tickets[ticket]).toMatchObject({ escalatedTo: 'lead.li', status: 'closed' });
    });

    it('records 周建国’s number overwritten while his call is logged', () => {
      const zhou = (attempt: Attempt) => Object.values(attempt.state.contacts).find((contact) => contact.name === '周建国')!.id;
      const before = play(perfect.slice(0, perfect.indexOf(checkCall)));
      const overwritten = submit(before, { type: 'contact.update', data: { id: zhou(before), phone: '0512-6287 5510' } }, 99_000);
      expect(overwritten.mistakes).toMatchObject([{ code: 'data.lost', step: 'resolve', lesson: 'keep-existing-contacts', expected: { params: { step: 'call' } } }]);
    });

    it('records the calls never logged, at the resolution', () => {
      expect(mistakesOf(play(perfect.filter((command) => command !== firstCall && command !== checkCall)))).toEqual([
        { code: 'log.missing-activity', step: 'resolve', lesson: 'log-every-contact' },
      ]);
    });

    it('records the team not told of the resolution, though 赵磊 heard of the ticket in the morning', () => {
      expect(mistakesOf(play(changed(tellService)))).toEqual([{ code: 'notify.team-not-informed', step: 'resolve', lesson: 'tell-the-virtual-team' }]);
    });

    it('records a ticket closed before it was resolved', () => {
      expect(mistakesOf(play(changed(resolve, close, resolve)))).toEqual([{ code: 'process.wrong-transition', step: 'resolve', lesson: 'complaint-in-order' }]);
    });
  });
});
