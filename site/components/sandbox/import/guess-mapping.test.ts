import { describe, expect, it } from 'vitest';
import { importTargets } from '../../../../engine/imports/entities.ts';
import { previewImport } from '../../../../engine/imports/preview.ts';
import { importEntities } from '../../../../engine/imports/records.ts';
import { startAttempt, trainee } from '../../../../engine/scenario/runner.ts';
import { loadScenario } from '../../../lib/scenarios.ts';
import { guessMapping, headingKey, headings } from './guess-mapping.ts';

const mapped = (mapping: Record<string, string>) => Object.fromEntries(Object.entries(mapping).filter(([, column]) => column !== ''));

describe('headings', () => {
  it.each(importEntities)('name every field a column may feed of %s, and nothing else', (entity) => {
    expect(Object.keys(headings[entity]).toSorted()).toEqual([...importTargets[entity].fields].toSorted());
  });
});

describe('headingKey', () => {
  it('sets aside width, case, spaces and punctuation', () => {
    expect(['E-mail', 'Ｅｍａｉｌ', ' email ', 'EMAIL:'].map(headingKey)).toEqual(['email', 'email', 'email', 'email']);
    expect(headingKey('Name (Chinese)')).toBe('namechinese');
    expect(headingKey('客户编号：')).toBe('客户编号');
  });
});

describe('guessMapping', () => {
  it('maps 老周’s contact sheet as the scenario expects, leaving 序号, 公司 and 备注 out', () => {
    const columns = ['序号', '客户编号', '公司', '姓名', '职务', '手机', '邮箱', '备注'];
    expect(guessMapping(columns, headings.contact)).toEqual({ accountCode: '客户编号', name: '姓名', title: '职务', role: '', phone: '手机', email: '邮箱' });
  });

  it('maps a customer list in Chinese: 公司名称 → nameZh, and 公司地址 to the address, not the name', () => {
    const columns = ['客户编号', '公司名称', '英文名称', '行业', '电话', '公司地址', '年采购额', '客户经理'];
    expect(guessMapping(columns, headings.account)).toEqual({
      code: '客户编号',
      nameZh: '公司名称',
      nameEn: '英文名称',
      industry: '行业',
      phone: '电话',
      address: '公司地址',
      annualValue: '年采购额',
      owner: '客户经理',
    });
  });

  it('maps English headings, whatever their case and punctuation', () => {
    const columns = ['Company', 'Customer Code', 'Industry', 'Tel.', 'E-mail'];
    expect(mapped(guessMapping(columns, headings.account))).toEqual({ nameZh: 'Company', code: 'Customer Code', industry: 'Industry', phone: 'Tel.' });
    expect(mapped(guessMapping(['Customer code', 'Name', 'Job title', 'Mobile', 'Email'], headings.contact))).toEqual({
      accountCode: 'Customer code',
      name: 'Name',
      title: 'Job title',
      phone: 'Mobile',
      email: 'Email',
    });
  });

  it('prefers the more telling column when two could feed one field: a contact’s 手机 over 电话, a customer’s 总机 over 手机', () => {
    expect(guessMapping(['电话', '手机', '姓名'], headings.contact).phone).toBe('手机');
    expect(guessMapping(['手机', '总机'], headings.account).phone).toBe('总机');
  });

  it('takes a heading that contains a name when none is the name itself, and a column feeds one field only', () => {
    expect(mapped(guessMapping(['联系人手机', '联系人姓名', '客户编号（我方）'], headings.contact))).toEqual({
      phone: '联系人手机',
      name: '联系人姓名',
      accountCode: '客户编号（我方）',
    });
  });

  it('finds an English name as a whole word only', () => {
    expect(mapped(guessMapping(['Hotel', 'Rolex', 'Contact mobile'], headings.contact))).toEqual({ phone: 'Contact mobile' });
  });
});

describe('the scenario’s spreadsheet with the guessed mapping', () => {
  it('previews as the scenario’s hint says: 12 rows, 3 new contacts, 4 merged, 5 refused', () => {
    const scenario = loadScenario('moving-from-excel')!;
    const [sheet] = scenario.fixture.spreadsheets;
    const { state } = startAttempt(scenario);
    const mapping = Object.fromEntries(Object.entries(guessMapping(sheet.columns, headings.contact)).flatMap(([field, column]) => (column ? [[column, field]] : [])));
    const preview = previewImport(state, { entity: 'contact', file: sheet.file, columns: sheet.columns, rows: sheet.rows, mapping, onDuplicate: 'merge' }, { at: state.now, actor: trainee });
    expect(preview.ok && preview.report.counts).toEqual({ imported: 3, merged: 4, rejected: 5, total: 12 });
  });
});
