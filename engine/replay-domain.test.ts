import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commandBodySchema, type Command, type CommandInput } from './commands.ts';
import { execute, replay, setUp } from './replay.ts';
import { cast, castSandbox, t0 } from './specification.ts';
import type { SandboxState } from './state.ts';

/**
 * Random logs over every command the sandbox has. Each field is drawn from a
 * small pool for its name — ids of records that exist and ones that do not,
 * well and badly typed amounts, dates and choices — so logs walk the
 * lifecycles forward and backward and hit every kind of refusal.
 */

const accountCodes = ['C-SH-00612', 'C-SU-00501', 'C-SH-00999', 'SH-612'];
const ids = ['C-SH-00612', 'LD-000001', 'OP-000001', 'QT-000001', 'SO-000001', 'TK-000001', 'TS-000001', 'AP-000001', 'CT-000001', 'NT-000001', 'XX-1'];
const users = [cast.trainee, cast.lead, cast.colleague, cast.admin, 'u.nobody'];
const text = fc.constantFrom('客户要求下周送货', 'Budget approved', '', '  ');
const amounts = fc.constantFrom('120000', '12万', '1,200.50', '0', 'a lot', '');

const pools: Record<string, fc.Arbitrary<unknown>> = {
  code: fc.constantFrom(...accountCodes, 'P-100001', 'P-100002', 'P-1'),
  accountCode: fc.constantFrom(...accountCodes),
  id: fc.constantFrom(...ids),
  quote: fc.constantFrom('QT-000001', 'QT-000002', 'QT-000404'),
  opportunity: fc.constantFrom('OP-000001', 'OP-000002', ''),
  product: fc.constantFrom('P-100001', 'P-100002', 'P-999999'),
  contact: fc.constantFrom('CT-000001', 'CT-000404', ''),
  decisionMaker: fc.constantFrom('CT-000001', 'CT-000404'),
  owner: fc.constantFrom(...users, ''),
  user: fc.constantFrom(...users),
  assignee: fc.constantFrom(...users, ''),
  with: fc.constantFrom(...users),
  lead: fc.constantFrom(...users),
  amount: amounts,
  limit: amounts,
  listPrice: amounts,
  unitPrice: fc.constantFrom('', '980', '700', 'x'),
  annualValue: amounts,
  quantity: fc.constantFrom('1', '3', '0', 'x'),
  discountPercent: fc.constantFrom('', '5', '15', '120'),
  line: fc.constantFrom('1', '2', 'x'),
  stage: fc.constantFrom('qualification', 'needsAnalysis', 'proposal', 'negotiation', 'prospecting', 'won', 'bogus'),
  expectedClose: fc.constantFrom('2026-04-30', '2026/2/30', ''),
  due: fc.constantFrom('2026-03-02 15:00', '2026-03-09 09:00', '2026-03-01 09:00', 'soon'),
  followUp: fc.constantFrom('', '2026-03-03 10:00', 'tomorrow'),
  remindMinutesBefore: fc.constantFrom('', '30', '-5'),
  priority: fc.constantFrom('urgent', 'high', 'normal', 'low', 'asap'),
  kind: fc.constantFrom('call', 'visit', 'email', 'meeting', 'fax'),
  entity: fc.constantFrom('account', 'contact', 'opportunity', 'ticket', 'quote'),
  source: fc.constantFrom('trade-show', 'website', 'referral', 'billboard'),
  industry: fc.constantFrom('electronics', 'trading', 'banking'),
  role: fc.constantFrom('decision-maker', 'purchasing', 'boss'),
  department: fc.constantFrom('sales', 'service', 'hr'),
  phone: fc.constantFrom('139 1234 5678', '021-5048 3321', '+86 138 0170 6620', '12345', ''),
  email: fc.constantFrom('', 'liu.yang@mingde-pack.com', 'liu@'),
  company: fc.constantFrom('恒通电子（上海）有限公司', '杭州启航跨境电商有限公司', ''),
  nameZh: fc.constantFrom('恒通电子（上海）有限公司', '杭州启航跨境电商有限公司', '数控主轴', ''),
  minutes: fc.constantFrom(1, 60, 240, 24 * 60, 4 * 24 * 60, 0, -1),
  confirmDuplicate: fc.boolean(),
  onDuplicate: fc.constantFrom('merge', 'reject'),
  columns: fc.constant(['编号', '公司', '行业', '电话']),
  rows: fc.constantFrom(
    [['C-NJ-00001', '南京星河物流有限公司', 'logistics', '025-8451 2233']],
    [['C-NJ-00002', '恒通电子(上海)有限责任公司', 'electronics', '021-5048 3321'], ['bad', '', '', '']],
  ),
  mapping: fc.constant({ 编号: 'code', 公司: 'nameZh', 行业: 'industry', 电话: 'phone' }),
};

const dataOf = (option: (typeof commandBodySchema.options)[number]) => Object.keys(option.entries.data.entries);

const anyCommand: fc.Arbitrary<CommandInput> = fc.oneof(
  ...commandBodySchema.options.map((option) =>
    fc
      .record(Object.fromEntries(dataOf(option).map((field) => [field, pools[field] ?? text])))
      .map((data) => ({ type: option.entries.type.literal, data }) as CommandInput),
  ),
);

const loggedCommand: fc.Arbitrary<Command> = fc
  .record({ body: anyCommand, actor: fc.constantFrom(cast.trainee, cast.trainee, cast.lead, cast.colleague, cast.admin) })
  .map(({ body, actor }) => ({ ...body, meta: { at: t0, actor } }) as Command);

const log = fc.array(loggedCommand, { maxLength: 40 });

/** A sandbox with one of everything, so commands find records in every state. */
const scene: SandboxState = setUp(
  castSandbox,
  [
    { type: 'account.create', data: { code: 'C-SH-00612', nameZh: '恒通电子（上海）有限公司', industry: 'electronics', phone: '021-5048 3321', owner: cast.trainee } },
    { type: 'contact.create', data: { accountCode: 'C-SH-00612', name: '刘洋', phone: '139 1234 5678', role: 'decision-maker' } },
    { type: 'product.create', data: { code: 'P-100001', nameZh: '数控主轴', unit: '台', listPrice: '1000' } },
    { type: 'product.create', data: { code: 'P-100002', nameZh: '伺服电机', unit: '台', listPrice: '2500' } },
    { type: 'lead.create', data: { company: '杭州启航跨境电商有限公司', contactName: '周雯', phone: '186 0571 3322', source: 'website', owner: cast.trainee } },
    { type: 'opportunity.create', data: { accountCode: 'C-SH-00612', name: '产线改造', amount: '50万', expectedClose: '2026-05-31', owner: cast.trainee } },
    { type: 'quote.create', data: { accountCode: 'C-SH-00612', opportunity: 'OP-000001' } },
    { type: 'quote.addLine', data: { id: 'QT-000001', product: 'P-100001', quantity: '3' } },
    { type: 'ticket.open', data: { accountCode: 'C-SH-00612', subject: '主轴异响', priority: 'high' } },
    { type: 'task.create', data: { title: '回访恒通', assignee: cast.trainee, due: '2026-03-03 10:00' } },
    { type: 'record.share', data: { entity: 'account', id: 'C-SH-00612', with: cast.lead } },
    { type: 'account.requestCreditLimit', data: { code: 'C-SH-00612', limit: '20万', reason: '新订单' }, },
  ],
  t0,
  'replay-domain scene',
);

const runs = { numRuns: 150 };

describe('replay over every kind of command', () => {
  it('gives the same state and results for the same log, every time', () => {
    fc.assert(
      fc.property(log, (commands) => {
        expect(JSON.stringify(replay(scene, commands))).toBe(JSON.stringify(replay(scene, commands)));
      }),
      runs,
    );
  });

  it('gives what applying the commands one at a time gives, though it carries one draft through the log', () => {
    fc.assert(
      fc.property(log, (commands) => {
        let state = scene;
        const results = commands.map(({ meta, ...body }) => {
          const executed = execute(state, body, meta);
          if (!executed.ok) return executed;
          state = executed.state;
          return { ok: true, events: executed.events };
        });
        expect(replay(scene, commands)).toEqual({ state, results });
      }),
      runs,
    );
  });

  it('keeps a state that survives a JSON round trip, and replays the same from the revived copy', () => {
    fc.assert(
      fc.property(log, (commands) => {
        const { state } = replay(scene, commands);
        expect(JSON.parse(JSON.stringify(state))).toEqual(state);
        const revived = JSON.parse(JSON.stringify(scene)) as SandboxState;
        expect(JSON.stringify(replay(revived, commands))).toBe(JSON.stringify(replay(scene, commands)));
      }),
      runs,
    );
  });

  it('never changes the state with a refused command, and never touches the state it starts from', () => {
    const before = JSON.stringify(scene);
    fc.assert(
      fc.property(log, (commands) => {
        let state = scene;
        for (const { meta, ...body } of commands) {
          const snapshot = JSON.stringify(state);
          const executed = execute(state, body, meta);
          if (executed.ok) state = executed.state;
          else expect(JSON.stringify(state)).toBe(snapshot);
        }
      }),
      runs,
    );
    expect(JSON.stringify(scene)).toBe(before);
  });

  it('draws logs that apply commands of every module and refuse with most codes', () => {
    const applied = new Set<string>();
    const refused = new Set<string>();
    for (const commands of fc.sample(fc.array(loggedCommand, { minLength: 30, maxLength: 40 }), { numRuns: 1000, seed: 7 }))
      replay(scene, commands).results.forEach((result, index) => {
        if (!result.ok) refused.add(result.rejection.code);
        else if (result.events.length > 0) applied.add(commands[index].type.split('.')[0]);
      });
    for (const module of ['account', 'activity', 'approval', 'clock', 'contact', 'import', 'lead', 'notification', 'opportunity', 'product', 'quote', 'record', 'task', 'ticket'])
      expect(applied).toContain(module);
    for (const code of ['validation.incomplete', 'validation.format', 'duplicate.suspected', 'duplicate.code', 'reference.unknown', 'transition.not-allowed', 'approval.required', 'permission.denied'])
      expect(refused).toContain(code);
  });
});
