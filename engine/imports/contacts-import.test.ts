import { describe, expect, it } from 'vitest';
import type { CommandInput } from '../commands.ts';
import type { Contact } from '../contacts/records.ts';
import { build, given, t0, type SpecCommand } from '../specification.ts';
import type { RowOutcome } from './records.ts';

type ContactCreateData = Extract<CommandInput, { type: 'contact.create' }>['data'];

/** A contact list exported from an old address book. */
const columns = ['客户编号', '姓名', '职务', '角色', '手机', '邮箱'];
const mapping = { 客户编号: 'accountCode', 姓名: 'name', 职务: 'title', 角色: 'role', 手机: 'phone', 邮箱: 'email' };

function importContacts(rows: readonly string[][], onDuplicate: 'merge' | 'reject' = 'merge'): SpecCommand {
  return { type: 'import.commit', data: { entity: 'contact', file: 'contacts.csv', columns, rows: rows.map((row) => [...row]), mapping, onDuplicate } };
}

function createContact(data: Partial<ContactCreateData> = {}): SpecCommand {
  return { type: 'contact.create', data: { accountCode: 'C-SH-00612', name: '刘洋', phone: '139 1234 5678', ...data } };
}

const hengtong: SpecCommand = {
  type: 'account.create',
  data: { code: 'C-SH-00612', nameZh: '恒通电子（上海）有限公司', industry: 'electronics', phone: '021-5048 3321' },
};

/** Hengtong with one contact, 刘洋, known only by name and mobile. */
const withLiuYang = build([hengtong, createContact()]);

function outcomes(state: { imports: Record<string, { rows: readonly RowOutcome[] }> }): readonly RowOutcome[] {
  return state.imports['IM-000001'].rows;
}

const chenJing: Contact = {
  id: 'CT-000002',
  accountCode: 'C-SH-00612',
  name: '陈静',
  title: '财务总监',
  role: 'finance',
  phone: '+8613800001111',
  email: 'chen.jing@hengtong.cn',
  createdAt: t0,
};

describe('import.commit of contacts', () => {
  it('creates a contact per row with the next ids, exactly as contact.create would', () => {
    given(withLiuYang)
      .when(
        importContacts([
          ['c-sh-00612', '陈静', '财务总监', 'finance', '138 0000 1111', 'Chen.Jing@Hengtong.cn'],
          ['C-SH-00612', '周伟', '', '', '+86 137-0000-2222', ''],
        ]),
      )
      .then([
        { type: 'contact.created', data: { contact: chenJing } },
        { type: 'contact.created', data: { contact: { ...chenJing, id: 'CT-000003', name: '周伟', title: '', role: 'other', phone: '+8613700002222', email: '' } } },
        {
          type: 'import.completed',
          data: {
            run: {
              id: 'IM-000001',
              entity: 'contact',
              file: 'contacts.csv',
              rows: [
                { row: 1, outcome: 'imported', id: 'CT-000002' },
                { row: 2, outcome: 'imported', id: 'CT-000003' },
              ],
              by: 'tester',
              at: t0,
            },
          },
        },
      ]);
  });

  describe('duplicates', () => {
    it('recognises a mobile typed another way and fills the contact’s empty title, role and email', () => {
      given(withLiuYang)
        .when(importContacts([['C-SH-00612', '刘洋', '采购经理', 'purchasing', '+86 139-1234-5678', 'LIU.YANG@hengtong.cn']]))
        .then([
          {
            type: 'contact.updated',
            data: { id: 'CT-000001', before: { title: '', role: 'other', email: '' }, after: { title: '采购经理', role: 'purchasing', email: 'liu.yang@hengtong.cn' } },
          },
          {
            type: 'import.completed',
            data: {
              run: {
                id: 'IM-000001',
                entity: 'contact',
                file: 'contacts.csv',
                rows: [{ row: 1, outcome: 'merged', id: 'CT-000001', match: 'phone', fields: ['title', 'email', 'role'] }],
                by: 'tester',
                at: t0,
              },
            },
          },
        ]);
    });

    it('recognises an email in other letter case, and keeps a role and title already set', () => {
      const existing = build([hengtong, createContact({ title: '经理', role: 'decision-maker', email: 'liu.yang@hengtong.cn' })]);
      const { state } = given(existing)
        .when(importContacts([['C-SH-00612', '刘洋', '采购', 'user', '139 0000 0000', 'Liu.Yang@HENGTONG.cn']]))
        .accepted();
      expect(outcomes(state)).toEqual([{ row: 1, outcome: 'merged', id: 'CT-000001', match: 'email', fields: [] }]);
      expect(state.contacts).toEqual(existing.contacts);
    });

    it('treats a typed role of `other` as nothing to fill', () => {
      const { state } = given(withLiuYang).when(importContacts([['C-SH-00612', '刘洋', '', 'other', '13912345678', '']])).accepted();
      expect(outcomes(state)).toEqual([{ row: 1, outcome: 'merged', id: 'CT-000001', match: 'phone', fields: [] }]);
    });

    it('refuses the repeat when asked to reject duplicates', () => {
      const { state } = given(withLiuYang).when(importContacts([['C-SH-00612', '刘洋', '采购经理', '', '139 1234 5678', '']], 'reject')).accepted();
      expect(outcomes(state)).toEqual([
        {
          row: 1,
          outcome: 'rejected',
          column: '手机',
          rejection: { code: 'duplicate.suspected', field: 'phone', messageKey: 'rejection.duplicate.contact', params: { id: 'CT-000001', name: '刘洋' } },
        },
      ]);
      expect(state.contacts).toEqual(withLiuYang.contacts);
    });

    it('merges a later row of the file into the contact an earlier row created', () => {
      const { state } = given(withLiuYang)
        .when(
          importContacts([
            ['C-SH-00612', '陈静', '', '', '138 0000 1111', ''],
            ['C-SH-00612', '陈静', '财务总监', 'finance', '13800001111', 'chen.jing@hengtong.cn'],
            ['C-SH-00612', '陈 静', '', '', '138 9999 9999', 'CHEN.JING@hengtong.cn'],
          ]),
        )
        .accepted();
      expect(outcomes(state)).toEqual([
        { row: 1, outcome: 'imported', id: 'CT-000002' },
        { row: 2, outcome: 'merged', id: 'CT-000002', match: 'phone', fields: ['title', 'email', 'role'] },
        { row: 3, outcome: 'merged', id: 'CT-000002', match: 'email', fields: [] },
      ]);
      expect(state.contacts['CT-000002']).toEqual(chenJing);
    });
  });

  describe('bad rows are refused one by one, with their field and column', () => {
    it.each([
      ['an account that does not exist', 0, 'C-SH-09999', 'reference.unknown', 'accountCode', '客户编号'],
      ['a missing name', 1, '', 'validation.incomplete', 'name', '姓名'],
      ['a bad mobile', 4, '139 1234', 'validation.format', 'phone', '手机'],
      ['a bad email', 5, 'zhou at hengtong', 'validation.format', 'email', '邮箱'],
      ['an unknown role', 3, 'boss', 'validation.format', 'role', '角色'],
    ] as const)('%s', (_, cell, value, code, field, column) => {
      const row = ['C-SH-00612', '周伟', '', '', '137 0000 2222', ''];
      row[cell] = value;
      const { state } = given(withLiuYang).when(importContacts([row, ['C-SH-00612', '陈静', '', '', '138 0000 1111', '']])).accepted();
      expect(outcomes(state)).toMatchObject([
        { row: 1, outcome: 'rejected', column, rejection: { code, field } },
        { row: 2, outcome: 'imported', id: 'CT-000002' },
      ]);
    });
  });
});
