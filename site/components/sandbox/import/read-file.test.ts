import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readSpreadsheet } from './read-file.ts';

const fixture = (name: string) => new File([readFileSync(new URL(`../../../../tests/e2e/fixtures/${name}`, import.meta.url))], name);

describe('readSpreadsheet', () => {
  it('reads a CSV and an XLSX by their endings', async () => {
    expect(await readSpreadsheet(fixture('contacts.csv'))).toMatchObject({ file: 'contacts.csv', columns: ['Customer code', 'Name', 'Job title', 'Mobile', 'Email'] });
    expect(await readSpreadsheet(fixture('contacts.xlsx'))).toMatchObject({ file: 'contacts.xlsx', columns: ['客户编号', '姓名', '职务', '手机', '邮箱', '首次联系'] });
  });

  it('refuses any other file before reading it, an old .xls by name, and an empty file', async () => {
    expect(await readSpreadsheet(fixture('contacts.txt'))).toEqual({ problem: 'type', file: 'contacts.txt' });
    expect(await readSpreadsheet(new File(['x'], '客户.xls'))).toEqual({ problem: 'xls', file: '客户.xls' });
    expect(await readSpreadsheet(new File([], '客户.csv'))).toEqual({ problem: 'empty', file: '客户.csv' });
  });
});
