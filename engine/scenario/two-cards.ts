import * as v from 'valibot';
import type { CommandInput } from '../commands.ts';
import { startAttempt, submit, type Attempt } from './runner.ts';
import { scenarioSchema, type ScenarioInput } from './schema.ts';

/**
 * A small scenario for the runner's and the verifier's tests: a new customer
 * and its buyer, then a buyer at a customer the sandbox already has.
 */
export const text = (en: string) => ({ en, 'zh-CN': en });

export const input: ScenarioInput = {
  id: 'two-cards',
  version: 3,
  title: text('Two cards'),
  briefing: text('Enter a new customer and its buyer; then add a buyer at a customer we already have.'),
  roles: ['trainee'],
  topics: ['base-data'],
  difficulty: 1,
  minutes: 5,
  fixture: {
    seed: 7,
    accounts: 3,
    records: [
      {
        type: 'account.create',
        data: { code: 'C-SH-00612', nameZh: '恒通电子（上海）有限公司', nameEn: 'Hengtong Electronics (Shanghai) Co., Ltd.', industry: 'electronics', phone: '021-4048 3321' },
      },
    ],
  },
  start: '2026-03-02T09:00:00+08:00',
  scoring: { hintCost: 5 },
  steps: [
    {
      id: 'chengjiang',
      instruction: text('Create 苏州澄江包装材料有限公司 with a Suzhou code.'),
      hints: [text('C, the region, five digits.'), text('Try C-SU-00501.')],
      goal: { type: 'exists', entity: 'account', where: { nameZh: '苏州澄江包装材料有限公司', code: { matches: '^C-SU-\\d{5}$' } } },
      watches: [
        { mistake: 'validation.format', lesson: 'unified-formats' },
        { mistake: 'validation.incomplete', lesson: 'complete-records' },
      ],
    },
    {
      id: 'liu-yang',
      instruction: text('Add 刘洋 as its contact.'),
      hints: [text('The account code is the one you just used.')],
      goal: { type: 'exists', entity: 'contact', where: { name: '刘洋', accountCode: { matches: '^C-SU-' } } },
      watches: [{ mistake: 'validation.format', lesson: 'unified-formats' }],
    },
    {
      id: 'hengtong',
      instruction: text('Add 陈静 at Hengtong, which is already in the CRM.'),
      goal: { type: 'exists', entity: 'contact', where: { name: '陈静', accountCode: 'C-SH-00612' } },
      watches: [{ mistake: 'duplicate.created', lesson: 'search-before-create' }],
    },
  ],
};
export const scenario = v.parse(scenarioSchema, input);

export const chengjiang: CommandInput = {
  type: 'account.create',
  data: { code: 'C-SU-00501', nameZh: '苏州澄江包装材料有限公司', nameEn: 'Suzhou Chengjiang Packaging Co., Ltd.', industry: 'manufacturing', phone: '0512-4552 3180' },
};
export const liuYang: CommandInput = {
  type: 'contact.create',
  data: { accountCode: 'C-SU-00501', name: '刘洋', title: '采购经理', phone: '139 1234 5678', email: 'liu.yang@chengjiang.com' },
};
export const chenJing: CommandInput = {
  type: 'contact.create',
  data: { accountCode: 'C-SH-00612', name: '陈静', title: '采购主管', phone: '137 6120 8854', email: '' },
};
export const perfect = [chengjiang, liuYang, chenJing];

export function withData<C extends CommandInput>(command: C, data: Partial<C['data']>): CommandInput {
  return { ...command, data: { ...command.data, ...data } } as CommandInput;
}

/** Submits commands a second apart, from where `from` left off. */
export function play(commands: readonly CommandInput[], from: Attempt = startAttempt(scenario)): Attempt {
  return commands.reduce((attempt, command) => submit(attempt, command, (attempt.record.entries.length + 1) * 1000).attempt, from);
}
