import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import type { CommandInput } from '../commands.ts';
import { fieldsEmptied } from './rules.ts';
import { finish, startAttempt, submit, type Attempt } from './runner.ts';
import { scenarioSchema, type ScenarioInput } from './schema.ts';

/**
 * The process rules, each seen through a scenario that watches it: a
 * complaint at a customer with a virtual team (service and finance), taken,
 * worked with a call, and resolved before a deadline.
 */
const text = (en: string) => ({ en, 'zh-CN': en });
const code = 'C-SH-00612';
const every = (lesson: string) =>
  (['assignment.wrong-owner', 'log.missing-activity', 'notify.team-not-informed', 'deadline.missed', 'data.lost'] as const).map((mistake) => ({ mistake, lesson }));

const input: ScenarioInput = {
  id: 'complaint',
  version: 1,
  title: text('A complaint'),
  briefing: text('Take the ticket, call the customer, tell the team, resolve it in time.'),
  roles: ['trainee'],
  topics: ['service'],
  difficulty: 2,
  minutes: 10,
  fixture: {
    seed: 1,
    accounts: 0,
    records: [
      { type: 'account.create', data: { code, nameZh: '恒通电子（上海）有限公司', industry: 'electronics', phone: '021-5048 3321' } },
      { type: 'contact.create', data: { accountCode: code, name: '黄建华', title: '总经理', phone: '138 1701 6620', email: 'huang@hengtong-sh.com' } },
      { type: 'account.addTeamMember', data: { code, user: 'u.zhao' } },
      { type: 'account.addTeamMember', data: { code, user: 'u.qian' } },
      { type: 'ticket.open', data: { accountCode: code, subject: '主轴异响', priority: 'high' } },
    ],
  },
  start: '2026-03-02T09:00:00+08:00',
  steps: [
    {
      id: 'take',
      instruction: text('Assign the ticket to yourself.'),
      goal: {
        type: 'all',
        of: [
          { type: 'exists', entity: 'ticket', where: { subject: '主轴异响', assignee: 'trainee' } },
          { type: 'exists', entity: 'contact', where: { name: '黄建华', phone: '+8613817016620' } },
        ],
      },
      expects: [{ type: 'ticket.assign', data: { assignee: 'trainee' } }],
      watches: every('take-ownership'),
    },
    {
      id: 'resolve',
      instruction: text('Call the customer, then resolve the ticket by 11:00.'),
      goal: { type: 'happened', event: 'ticket.resolved', where: {} },
      deadline: '2026-03-02T11:00:00+08:00',
      watches: every('log-every-call'),
    },
    {
      id: 'close',
      instruction: text('Close it.'),
      goal: { type: 'exists', entity: 'ticket', where: { subject: '主轴异响', status: 'closed' } },
      watches: every('close-the-loop'),
    },
  ],
};
const scenario = v.parse(scenarioSchema, input);
const started = startAttempt(scenario);
const ticket = Object.values(started.state.tickets).find((candidate) => candidate.subject === '主轴异响')!.id;

const assign = (assignee: string): CommandInput => ({ type: 'ticket.assign', data: { id: ticket, assignee } });
const start: CommandInput = { type: 'ticket.start', data: { id: ticket } };
const resolve: CommandInput = { type: 'ticket.resolve', data: { id: ticket, resolution: '更换主轴轴承，客户确认异响消除' } };
const logCall: CommandInput = { type: 'activity.log', data: { kind: 'call', entity: 'ticket', id: ticket, outcome: '约定今天上门更换轴承' } };
const share = (user: string): CommandInput => ({ type: 'record.share', data: { entity: 'ticket', id: ticket, with: user, note: '客户投诉已处理' } });
const close: CommandInput = { type: 'ticket.close', data: { id: ticket } };
const wait = (minutes: number): CommandInput => ({ type: 'clock.advance', data: { minutes } });

function play(commands: readonly CommandInput[], from: Attempt = started): Attempt {
  return commands.reduce((attempt, command) => submit(attempt, command, (attempt.record.entries.length + 1) * 1000).attempt, from);
}

const perfect = [assign('trainee'), start, logCall, resolve, share('u.zhao'), share('u.qian'), close];
const codesOf = (attempt: Attempt) => finish(attempt).mistakes.map((mistake) => [mistake.code, mistake.step, mistake.command]);

describe('a perfect run', () => {
  it('breaks no rule', () => {
    const result = finish(play(perfect));
    expect(result).toMatchObject({ completed: true, mistakes: [], score: 100, deadlines: 1, deadlinesMet: 1 });
  });
});

describe('assignment.wrong-owner', () => {
  it('is recorded when the expected command hands the record to someone else', () => {
    const wrong = submit(started, assign('u.zhangwei'), 1000);
    expect(wrong.mistakes).toMatchObject([
      { code: 'assignment.wrong-owner', step: 'take', field: 'assignee', done: 'ticket.assign', expected: { messageKey: 'expectation.owner', params: { owner: 'trainee', field: 'assignee' } } },
    ]);
  });

  it('is not recorded for the expected owner, nor for a refused command', () => {
    expect(submit(started, assign('trainee'), 1000).mistakes).toEqual([]);
    expect(submit(started, assign('nobody'), 1000).mistakes).toEqual([]);
  });
});

describe('log.missing-activity', () => {
  it('is recorded at the end when a customer contact was never logged, at the command and step of the contact', () => {
    const attempt = play([assign('trainee'), start, resolve, share('u.zhao'), share('u.qian'), close]);
    expect(attempt.mistakes, 'not while the trainee may still log it').toEqual([]);
    expect(finish(attempt).mistakes).toMatchObject([
      { code: 'log.missing-activity', step: 'resolve', command: 2, done: 'ticket.resolved', offsetMs: 3000, expected: { messageKey: 'expectation.logActivity', params: { entity: 'ticket', id: ticket } } },
    ]);
    expect(finish(attempt).perStep[1]).toMatchObject({ id: 'resolve', mistakes: 1 });
  });

  it('accepts the activity logged after the contact, or against the customer account', () => {
    const onAccount: CommandInput = { type: 'activity.log', data: { kind: 'visit', entity: 'account', id: code, outcome: '上门更换轴承' } };
    expect(codesOf(play([assign('trainee'), start, resolve, share('u.zhao'), share('u.qian'), logCall, close]))).toEqual([]);
    expect(codesOf(play([assign('trainee'), start, onAccount, resolve, share('u.zhao'), share('u.qian'), close]))).toEqual([]);
  });

  it('counts a lead marked contacted as a call, in a step left unfinished too', () => {
    const lead: CommandInput = { type: 'lead.create', data: { company: '华远数控', contactName: '陈静', phone: '138 1234 0001', source: 'referral' } };
    const attempt = play([assign('trainee'), lead]);
    const contacted = submit(attempt, { type: 'lead.markContacted', data: { id: Object.keys(attempt.state.leads).at(-1)! } }, 5000).attempt;
    expect(codesOf(contacted)).toEqual([['log.missing-activity', 'resolve', 2]]);
  });
});

describe('notify.team-not-informed', () => {
  it('is recorded at the end when the account’s virtual team was not told of news, naming who was missed', () => {
    const attempt = play([assign('trainee'), start, logCall, resolve, share('u.zhao'), close]);
    expect(finish(attempt).mistakes).toMatchObject([
      { code: 'notify.team-not-informed', step: 'resolve', command: 3, done: 'ticket.resolved', expected: { params: { entity: 'ticket', id: ticket, members: 'u.qian' } } },
    ]);
  });

  it('needs the team told after the news, not before', () => {
    const attempt = play([assign('trainee'), share('u.zhao'), share('u.qian'), start, logCall, resolve, close]);
    expect(codesOf(attempt)).toEqual([['notify.team-not-informed', 'resolve', 5]]);
  });

  it('takes handing a ticket on, or closing it, as no news', () => {
    expect(codesOf(play([assign('trainee'), start, logCall, resolve, share('u.zhao'), share('u.qian'), assign('u.zhao'), close]))).toEqual([]);
  });
});

describe('deadline.missed', () => {
  it('is recorded once when the clock passes the step’s deadline before it is done', () => {
    const late = play([assign('trainee'), start, logCall, wait(90), wait(60), wait(60), resolve, share('u.zhao'), share('u.qian'), close]);
    const result = finish(late);
    expect(result.mistakes.map((mistake) => [mistake.code, mistake.step, mistake.command])).toEqual([['deadline.missed', 'resolve', 4]]);
    expect(result.mistakes[0].expected).toEqual({ messageKey: 'expectation.stepDeadline', params: { deadline: '2026-03-02T11:00:00+08:00' } });
    expect(result).toMatchObject({ deadlines: 1, deadlinesMet: 0, simulatedMinutes: 210 });
  });

  it('counts a ticket’s SLA passing only when the ticket is the trainee’s', () => {
    const mine = finish(play([assign('trainee'), wait(24 * 60)]));
    const deadlines = (result: typeof mine) => result.mistakes.filter((mistake) => mistake.code === 'deadline.missed').map((mistake) => mistake.expected.messageKey);
    expect(deadlines(mine)).toEqual(['expectation.sla', 'expectation.stepDeadline']);
    const handedOn = play([assign('u.zhao'), wait(24 * 60)]);
    expect(handedOn.state.tickets[ticket].breachedAt, 'the SLA did pass').toBeDefined();
    expect(deadlines(finish(handedOn))).toEqual([]);
  });

  it('is not recorded when the step is done in time', () => {
    const result = finish(play([assign('trainee'), start, logCall, wait(119), resolve, share('u.zhao'), share('u.qian'), close]));
    expect(result).toMatchObject({ mistakes: [], deadlines: 1, deadlinesMet: 1, simulatedMinutes: 119 });
  });
});

describe('data.lost', () => {
  it('is recorded when an update empties a filled field', () => {
    const contact = Object.values(started.state.contacts).find((candidate) => candidate.name === '黄建华')!.id;
    const cleared = submit(started, { type: 'contact.update', data: { id: contact, email: '' } }, 1000);
    expect(cleared.mistakes).toMatchObject([{ code: 'data.lost', field: 'email', done: 'contact.updated', expected: { messageKey: 'expectation.keepField' } }]);
  });

  it('is recorded when an update zeroes an amount that was known, and not when one is first estimated', () => {
    const update = (before: number, after: number) => ({ type: 'opportunity.updated' as const, data: { id: 'OP-000001', before: { amount: before }, after: { amount: after } }, meta: { at: 0, actor: 'trainee' } });
    expect(fieldsEmptied([update(420_000, 0)])).toMatchObject([{ code: 'data.lost', field: 'amount', done: 'opportunity.updated' }]);
    expect(fieldsEmptied([update(0, 420_000), update(420_000, 640_000)])).toEqual([]);
  });

  it('is recorded when an update overwrites what a done step’s goal needs, once', () => {
    const contact = Object.values(started.state.contacts).find((candidate) => candidate.name === '黄建华')!.id;
    const taken = play([assign('trainee')]);
    const overwritten = submit(taken, { type: 'contact.update', data: { id: contact, phone: '139 0000 1111' } }, 2000);
    expect(overwritten.mistakes).toMatchObject([{ code: 'data.lost', step: 'resolve', done: 'contact.update', expected: { messageKey: 'expectation.keepStep', params: { step: 'take' } } }]);
    expect(submit(overwritten.attempt, { type: 'contact.update', data: { id: contact, phone: '139 0000 2222' } }, 3000).mistakes, 'not again while it stays broken').toEqual([]);
  });

  it('is not recorded when a lifecycle move is what changed', () => {
    expect(codesOf(play([assign('trainee'), start, logCall, resolve, share('u.zhao'), share('u.qian'), assign('u.zhao')]))).toEqual([]);
  });
});
