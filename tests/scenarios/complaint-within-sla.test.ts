import { describe, expect, it } from 'vitest';
import { finish, startAttempt, submit, verifyAttempt, type Attempt, type CommandInput } from '../../engine/index.ts';
import { loadScenario } from '../../site/lib/scenarios.ts';

/**
 * scenarios/complaint-within-sla.yaml: 博亚's stopped VMC850 taken, worked
 * and closed before the deadline — the perfect play, then one small change
 * per mistake the steps watch. The ticket and contact ids come from the
 * background sandbox, so they are looked up once the attempt has started.
 */
const scenario = loadScenario('complaint-within-sla')!;
const started = startAttempt(scenario);
const code = 'C-SU-00236';
const ticket = Object.values(started.state.tickets).find((candidate) => candidate.subject === 'VMC850 主轴异响后停机')!.id;
const chenMin = Object.values(started.state.contacts).find((contact) => contact.accountCode === code && contact.name === '陈敏')!.id;

function play(commands: readonly CommandInput[], from: Attempt = started): Attempt {
  return commands.reduce((attempt, command) => submit(attempt, command, (attempt.record.entries.length + 1) * 1000).attempt, from);
}

const assign = (assignee: string): CommandInput => ({ type: 'ticket.assign', data: { id: ticket, assignee } });
const take = assign('trainee');
const start: CommandInput = { type: 'ticket.start', data: { id: ticket } };
const call = (outcome: string): CommandInput => ({ type: 'activity.log', data: { kind: 'call', entity: 'ticket', id: ticket, outcome } });
const firstCall = call('陈敏：08:30 粗加工时主轴异响，报警 SP9001 停机；设备主管周建国在现场配合工程师');
const addZhou: CommandInput = { type: 'contact.create', data: { accountCode: code, name: '周建国', title: '设备主管', phone: '138 1624 7709' } };
const share = (user: string, note: string): CommandInput => ({ type: 'record.share', data: { entity: 'ticket', id: ticket, with: user, note } });
const dispatch = share('u.zhao', '请今天派工程师上门，带一套主轴轴承备件');
const wait = (minutes: number): CommandInput => ({ type: 'clock.advance', data: { minutes } });
const engineerWorks = wait(120);
const checkCall = call('周建国确认：更换前轴承后试机一小时，无异响，已恢复生产');
const resolve: CommandInput = { type: 'ticket.resolve', data: { id: ticket, resolution: '更换主轴前轴承，试机一小时无异响，设备恢复生产；保修期内免费' } };
const tellService = share('u.zhao', '博亚主轴故障已解决');
const tellFinance = share('u.qian', '博亚主轴故障已解决，可以跟进 10% 尾款');
const close: CommandInput = { type: 'ticket.close', data: { id: ticket } };

const perfect: readonly CommandInput[] = [take, start, firstCall, addZhou, dispatch, engineerWorks, checkCall, resolve, tellService, tellFinance, close];

/** The perfect play with `command` replaced by `commands` (none: left out). */
function changed(command: CommandInput, ...commands: CommandInput[]): CommandInput[] {
  const at = perfect.indexOf(command);
  return [...perfect.slice(0, at), ...commands, ...perfect.slice(at + 1)];
}

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
      const cleared: CommandInput = { type: 'contact.update', data: { id: chenMin, email: '' } };
      const attempt = play(changed(addZhou, cleared, addZhou));
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
