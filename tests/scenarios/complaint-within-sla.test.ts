import { describe, expect, it } from 'vitest';
import { finish, submit } from '../../engine/index.ts';
import type { Move } from '../../engine/scenario/schema.ts';
import { mistakesOf, walkthroughOf, withData } from './walkthrough-moves.ts';

/**
 * scenarios/complaint-within-sla.yaml: what its walkthrough's perfect play
 * and slips (played by walkthroughs.test.ts) do not show — the clock, the
 * SLA, the field a mistake names, and changes that are no slip of the file.
 */
const { perfect, started, play, changed } = walkthroughOf('complaint-within-sla');
const [take, , , addZhou, dispatch, engineerWorks, checkCall] = perfect;
const ticket = Object.values(started.state.tickets).find((candidate) => candidate.subject === 'VMC850 主轴异响后停机')!.id;
const chenMin = Object.values(started.state.contacts).find((contact) => contact.accountCode === 'C-SU-00236' && contact.name === '陈敏')!.id;
const wait = (minutes: number): Move => ({ type: 'clock.advance', data: { minutes } });

describe('complaint-within-sla', () => {
  it('is played perfectly within the deadline, two hours on the clock, for the badge', () => {
    expect(finish(play(perfect))).toMatchObject({ stepsDone: 6, commands: 11, badge: true, deadlines: 1, deadlinesMet: 1, simulatedMinutes: 120 });
  });

  it('records the ticket handed to service as soon as it is assigned, naming the assignee', () => {
    const handedOn = submit(started, { type: 'ticket.assign', data: { id: ticket, assignee: 'u.zhao' } }, 1000);
    expect(handedOn.mistakes).toMatchObject([{ code: 'assignment.wrong-owner', step: 'take', lesson: 'own-the-complaint', field: 'assignee' }]);
  });

  it('records 陈敏’s number overwritten with the supervisor’s, once, even when it is put back', () => {
    const overwrite: Move = { type: 'contact.update', data: { id: chenMin, phone: '138 1624 7709' } };
    const putBack: Move = { type: 'contact.update', data: { id: chenMin, phone: '139 1358 2276' } };
    expect(mistakesOf(play(changed(addZhou, overwrite, putBack, addZhou)))).toEqual([{ code: 'data.lost', step: 'call', lesson: 'keep-existing-contacts' }]);
  });

  it('records the ticket reassigned to 赵磊 once work has started, and nothing else', () => {
    expect(mistakesOf(play(changed(dispatch, withData(take, { assignee: 'u.zhao' }), dispatch)))).toEqual([
      { code: 'process.wrong-transition', step: 'dispatch', lesson: 'complaint-in-order' },
    ]);
  });

  it('records the promised 12:00 missed once, though the clock moves on twice past it', () => {
    const result = finish(play(changed(engineerWorks, wait(150), wait(50))));
    expect(result).toMatchObject({ completed: true, deadlines: 1, deadlinesMet: 0, simulatedMinutes: 200 });
    expect(result.mistakes).toHaveLength(1);
  });

  it('records the SLA breached as well once 13:00 passes, and the ticket goes to 李娜', () => {
    const attempt = play(changed(engineerWorks, wait(250)));
    expect(mistakesOf(attempt)).toEqual([
      { code: 'deadline.missed', step: 'resolve', lesson: 'promise-within-sla' },
      { code: 'deadline.missed', step: 'resolve', lesson: 'promise-within-sla' },
    ]);
    expect(attempt.state.tickets[ticket]).toMatchObject({ escalatedTo: 'lead.li', status: 'closed' });
  });

  it('records 周建国’s number overwritten while his call is logged, as the call step’s work undone', () => {
    const before = play(perfect.slice(0, perfect.indexOf(checkCall)));
    const zhou = Object.values(before.state.contacts).find((contact) => contact.name === '周建国')!.id;
    const overwritten = submit(before, { type: 'contact.update', data: { id: zhou, phone: '0512-6287 5510' } }, 99_000);
    expect(overwritten.mistakes).toMatchObject([{ code: 'data.lost', step: 'resolve', lesson: 'keep-existing-contacts', expected: { params: { step: 'call' } } }]);
  });
});
