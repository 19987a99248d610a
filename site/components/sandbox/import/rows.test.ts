import { describe, expect, it } from 'vitest';
import { rowSummary } from './rows.ts';

const input = {
  entity: 'contact' as const,
  columns: ['序号', '客户编号', '姓名', '手机'],
  rows: [
    ['1', 'C-SH-00612', '陈静', '137'],
    ['2', '', ' 马骏 ', '158'],
  ],
  mapping: { 客户编号: 'accountCode', 姓名: 'name', 手机: 'phone' },
};

describe('rowSummary', () => {
  it('shows a row by its person (or company) and customer code', () => {
    expect(rowSummary(input, 1)).toEqual(['陈静', 'C-SH-00612']);
    expect(rowSummary(input, 2)).toEqual(['马骏']);
  });

  it('shows a customer row by its name and code, and what is mapped only', () => {
    const accounts = { entity: 'account' as const, columns: ['公司名称', '客户编号'], rows: [['恒通电子', 'C-SH-00612']], mapping: { 公司名称: 'nameZh' } };
    expect(rowSummary(accounts, 1)).toEqual(['恒通电子']);
  });
});
