import { describe, expect, it } from 'vitest';
import type { CommandInput } from '../commands.ts';
import type { Account } from '../accounts/records.ts';
import { build, given, t0, type SpecCommand } from '../specification.ts';
import type { RowOutcome } from './records.ts';

type AccountCreateData = Extract<CommandInput, { type: 'account.create' }>['data'];

/** A customer list as a sales office keeps it in Excel, headers in Chinese. */
const columns = ['客户编号', '公司名称', '英文名称', '行业', '电话', '地址', '年采购额'];
const mapping = { 客户编号: 'code', 公司名称: 'nameZh', 英文名称: 'nameEn', 行业: 'industry', 电话: 'phone', 地址: 'address', 年采购额: 'annualValue' };

type Row = [code: string, nameZh: string, nameEn: string, industry: string, phone: string, address: string, annualValue: string];

const mingdeRow: Row = ['C-SU-00501', '苏州明德包装材料有限公司', 'Suzhou Mingde Packaging Co., Ltd.', 'manufacturing', '0512-6552 3180', '苏州工业园区星湖街 328 号', '80万'];
const huayuRow: Row = ['C-SH-00733', '华宇物流有限公司', '', 'logistics', '021-6888 1234', '', ''];

function importAccounts(rows: readonly string[][], onDuplicate: 'merge' | 'reject' = 'merge'): SpecCommand {
  return { type: 'import.commit', data: { entity: 'account', file: '客户清单.xlsx', columns, rows: rows.map((row) => [...row]), mapping, onDuplicate } };
}

function createAccount(data: Partial<AccountCreateData>): SpecCommand {
  return { type: 'account.create', data: { code: 'C-SH-00612', nameZh: '恒通电子（上海）有限公司', industry: 'electronics', phone: '021-5048 3321', ...data } };
}

/** What the import recorded for each row. */
function outcomes(state: { imports: Record<string, { rows: readonly RowOutcome[] }> }): readonly RowOutcome[] {
  return state.imports['IM-000001'].rows;
}

const mingdeAccount: Account = {
  code: 'C-SU-00501',
  region: 'SU',
  nameZh: '苏州明德包装材料有限公司',
  nameEn: 'Suzhou Mingde Packaging Co., Ltd.',
  industry: 'manufacturing',
  annualValue: 800_000,
  segment: 'B',
  address: '苏州工业园区星湖街 328 号',
  phone: '+8651265523180',
  creditLimit: 300_000,
  owner: 'tester',
  team: [],
  status: 'prospect',
  createdAt: t0,
};

describe('import.commit of accounts', () => {
  it('creates an account per row, exactly as account.create would, and records every row', () => {
    given([])
      .when(importAccounts([mingdeRow, huayuRow]))
      .then([
        { type: 'account.created', data: { account: mingdeAccount } },
        {
          type: 'account.created',
          data: {
            account: { ...mingdeAccount, code: 'C-SH-00733', region: 'SH', nameZh: '华宇物流有限公司', nameEn: '', industry: 'logistics', annualValue: 0, segment: 'C', address: '', phone: '+862168881234', creditLimit: 50_000 },
          },
        },
        {
          type: 'import.completed',
          data: {
            run: {
              id: 'IM-000001',
              entity: 'account',
              file: '客户清单.xlsx',
              rows: [
                { row: 1, outcome: 'imported', id: 'C-SU-00501' },
                { row: 2, outcome: 'imported', id: 'C-SH-00733' },
              ],
              by: 'tester',
              at: t0,
            },
          },
        },
      ]);
  });

  it('leaves unmapped columns out and gives their fields the create command defaults', () => {
    const { state } = given([])
      .when({ type: 'import.commit', data: { entity: 'account', file: 'a.csv', columns, rows: [[...mingdeRow]], mapping: { ...mapping, 地址: '', 年采购额: '' }, onDuplicate: 'merge' } })
      .accepted();
    expect(state.accounts['C-SU-00501']).toMatchObject({ address: '', annualValue: 0, segment: 'C' });
  });

  describe('duplicates of existing accounts, however the name or number was typed', () => {
    it.each([
      ['the bracketed city', { nameZh: '恒通电子（上海）有限公司' }, '上海恒通电子有限公司', '021-6000 0001', 'nameZh'],
      ['有限公司 and 有限责任公司', { nameZh: '恒通电子有限公司' }, '恒通电子有限责任公司', '021-6000 0001', 'nameZh'],
      ['full-width letters', { nameZh: 'ABC电子有限公司' }, 'ＡＢＣ电子有限公司', '021-6000 0001', 'nameZh'],
      ['a half-width bracket and a city prefix', { nameZh: '上海恒通电子有限公司' }, '恒通电子(上海)有限公司', '021-6000 0001', 'nameZh'],
      ['the switchboard typed another way', { nameZh: '恒通电子（上海）有限公司', phone: '+86 21 50483321' }, '润达贸易有限公司', '021-5048 3321', 'phone'],
    ] as const)('recognises %s and merges the row into the account', (_, existing, typedName, typedPhone, match) => {
      const row = ['C-SH-00800', typedName, 'Hengtong Electronics', 'electronics', typedPhone, '上海市浦东新区张江路 88 号', ''];
      const { state } = given([createAccount(existing)]).when(importAccounts([row])).accepted();
      expect(outcomes(state)).toEqual([{ row: 1, outcome: 'merged', id: 'C-SH-00612', match, fields: ['nameEn', 'address'] }]);
      expect(Object.keys(state.accounts)).toEqual(['C-SH-00612']);
      expect(state.accounts['C-SH-00612']).toMatchObject({ nameEn: 'Hengtong Electronics', address: '上海市浦东新区张江路 88 号' });
    });

    it.each([
      ['上海恒通电子有限公司', '021-6000 0001', 'nameZh'],
      ['润达贸易有限公司', '+86 21 50483321', 'phone'],
    ])('refuses %s / %s as a suspected duplicate when asked to reject duplicates', (name, phone, field) => {
      const { state } = given([createAccount({})])
        .when(importAccounts([['C-SH-00800', name, '', 'electronics', phone, '', '']], 'reject'))
        .accepted();
      expect(outcomes(state)).toEqual([
        {
          row: 1,
          outcome: 'rejected',
          column: field === 'phone' ? '电话' : '公司名称',
          rejection: { code: 'duplicate.suspected', field, messageKey: 'rejection.duplicate.suspected', params: { code: 'C-SH-00612', name: '恒通电子(上海)有限公司' } },
        },
      ]);
      expect(Object.keys(state.accounts)).toEqual(['C-SH-00612']);
    });

    it('fills only the empty fields, recording them before and after', () => {
      const row = ['C-SH-00800', '上海恒通电子有限公司', 'Hengtong Electronics', 'electronics', '021-6000 0001', '', '250万'];
      given([createAccount({ address: '张江路 88 号' })])
        .when(importAccounts([row]))
        .then([
          {
            type: 'account.updated',
            data: { code: 'C-SH-00612', before: { nameEn: '', annualValue: 0, segment: 'C' }, after: { nameEn: 'Hengtong Electronics', annualValue: 2_500_000, segment: 'A' } },
          },
          {
            type: 'import.completed',
            data: {
              run: { id: 'IM-000001', entity: 'account', file: '客户清单.xlsx', rows: [{ row: 1, outcome: 'merged', id: 'C-SH-00612', match: 'nameZh', fields: ['nameEn', 'annualValue'] }], by: 'tester', at: t0 },
            },
          },
        ]);
    });

    it('never overwrites what the account already holds: a merge may fill nothing', () => {
      const existing = createAccount({ nameEn: 'Hengtong Electronics (Shanghai)', address: '张江路 88 号', annualValue: '90万' });
      const before = build([existing]).accounts['C-SH-00612'];
      const { state, result } = given([existing])
        .when(importAccounts([['C-SH-00800', '恒通电子有限公司', 'Other Name', 'electronics', '021-6000 0001', '别的地址', '10万']]))
        .accepted();
      expect(outcomes(state)).toEqual([{ row: 1, outcome: 'merged', id: 'C-SH-00612', match: 'nameZh', fields: [] }]);
      expect(state.accounts['C-SH-00612']).toEqual(before);
      expect(result.ok && result.events.map((event) => event.type)).toEqual(['import.completed']);
    });

    it('merges a row with an existing account code, or refuses it with duplicate.code', () => {
      const row = ['c-sh-00612', '全新公司', '', 'trading', '021-6000 0001', '张江路 88 号', ''];
      const merged = given([createAccount({})]).when(importAccounts([row])).accepted();
      expect(outcomes(merged.state)).toEqual([{ row: 1, outcome: 'merged', id: 'C-SH-00612', match: 'code', fields: ['address'] }]);
      const refused = given([createAccount({})]).when(importAccounts([row], 'reject')).accepted();
      expect(outcomes(refused.state)).toEqual([
        { row: 1, outcome: 'rejected', column: '客户编号', rejection: { code: 'duplicate.code', field: 'code', messageKey: 'rejection.duplicate.code', params: { code: 'C-SH-00612' } } },
      ]);
    });

    it('refuses a merge whose fill is not valid, naming the field and its column', () => {
      const { state } = given([createAccount({})])
        .when(importAccounts([['C-SH-00612', '恒通电子', '', 'electronics', '021-5048 3321', '', 'a lot']]))
        .accepted();
      expect(outcomes(state)).toEqual([
        { row: 1, outcome: 'rejected', column: '年采购额', rejection: { code: 'validation.format', field: 'annualValue', messageKey: 'rejection.format.amount', params: { received: 'a lot' } } },
      ]);
      expect(state.accounts['C-SH-00612'].annualValue).toBe(0);
    });
  });

  describe('duplicates within the file', () => {
    const first: Row = ['C-SH-00612', '恒通电子（上海）有限公司', '', 'electronics', '021-5048 3321', '', ''];
    const again: Row = ['C-SH-00613', '上海恒通电子有限责任公司', 'Hengtong', 'electronics', '+86 21 50483399', '张江路 88 号', ''];

    it('merges a later row into the account an earlier row created', () => {
      const { state, result } = given([]).when(importAccounts([first, again])).accepted();
      expect(outcomes(state)).toEqual([
        { row: 1, outcome: 'imported', id: 'C-SH-00612' },
        { row: 2, outcome: 'merged', id: 'C-SH-00612', match: 'nameZh', fields: ['nameEn', 'address'] },
      ]);
      expect(result.ok && result.events.map((event) => event.type)).toEqual(['account.created', 'account.updated', 'import.completed']);
      expect(state.accounts['C-SH-00612']).toMatchObject({ nameEn: 'Hengtong', address: '张江路 88 号', phone: '+862150483321' });
    });

    it('catches a repeat by a name filled in by an earlier merge', () => {
      const byEnglish: Row = ['C-SH-00614', '恒通科技', 'HENGTONG CO., LTD.', 'electronics', '021-6000 0001', '', ''];
      const { state } = given([]).when(importAccounts([first, again, byEnglish])).accepted();
      expect(outcomes(state)[2]).toEqual({ row: 3, outcome: 'merged', id: 'C-SH-00612', match: 'nameEn', fields: [] });
    });

    it('refuses the repeat when asked to reject duplicates, and keeps the first', () => {
      const { state } = given([]).when(importAccounts([first, again], 'reject')).accepted();
      expect(outcomes(state)[1]).toMatchObject({ row: 2, outcome: 'rejected', column: '公司名称', rejection: { code: 'duplicate.suspected', field: 'nameZh', params: { code: 'C-SH-00612' } } });
      expect(Object.keys(state.accounts)).toEqual(['C-SH-00612']);
    });
  });

  describe('bad rows are refused one by one, with their field and column', () => {
    it.each([
      ['a bad phone', 4, '12345', 'validation.format', 'phone', '电话'],
      ['a missing name', 1, ' ', 'validation.incomplete', 'nameZh', '公司名称'],
      ['an unknown industry', 3, '餐饮', 'validation.format', 'industry', '行业'],
      ['a code in another format', 0, 'SH-107', 'validation.format', 'code', '客户编号'],
      ['an unreadable annual value', 6, 'about a million', 'validation.format', 'annualValue', '年采购额'],
    ] as const)('%s', (_, cell, value, code, field, column) => {
      const bad = [...huayuRow];
      bad[cell] = value;
      const { state } = given([]).when(importAccounts([mingdeRow, bad, ['C-SH-00734', '远东化工有限公司', '', 'chemicals', '021-6888 4321', '', '']])).accepted();
      expect(outcomes(state).map((outcome) => outcome.outcome)).toEqual(['imported', 'rejected', 'imported']);
      expect(outcomes(state)[1]).toMatchObject({ row: 2, column, rejection: { code, field } });
      expect(Object.keys(state.accounts)).toEqual(['C-SU-00501', 'C-SH-00734']);
    });

    it.each([
      ['too few', huayuRow.slice(0, 5)],
      ['too many', [...huayuRow, '备注']],
    ])('refuses a row with %s cells, naming its row and sizes', (_, ragged) => {
      const { state } = given([]).when(importAccounts([mingdeRow, ragged])).accepted();
      expect(outcomes(state)[1]).toEqual({
        row: 2,
        outcome: 'rejected',
        rejection: { code: 'validation.format', field: 'rows', messageKey: 'rejection.import.ragged-row', params: { row: 2, cells: ragged.length, columns: 7 } },
      });
    });

    it('records an import whose every row is refused, so none is silently dropped', () => {
      const { state } = given([]).when(importAccounts([['', '', '', '', '', '', ''], ['x']])).accepted();
      expect(outcomes(state).map((outcome) => outcome.outcome)).toEqual(['rejected', 'rejected']);
      expect(state.accounts).toEqual({});
    });
  });
});
