import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readXlsx } from './xlsx.ts';

const fixture = new Uint8Array(readFileSync(new URL('../../../../tests/e2e/fixtures/contacts.xlsx', import.meta.url))).buffer;

describe('readXlsx', () => {
  it('reads the first sheet with every cell as text: a mobile stored as a number, a date as the day it shows', async () => {
    expect(await readXlsx('contacts.xlsx', fixture)).toEqual({
      file: 'contacts.xlsx',
      columns: ['客户编号', '姓名', '职务', '手机', '邮箱', '首次联系'],
      rows: [
        ['C-NJ-00105', '孙立', '仓储经理', '15851902046', 'sunli@jincheng-cold.com', '2026-03-02'],
        ['C-HZ-00207', '陶明', '仓储主管', '13758129034', '', '2025-11-18'],
      ],
    });
  });

  it('refuses a file that is not a zip, and names a legacy .xls in disguise', async () => {
    expect(await readXlsx('a.xlsx', new TextEncoder().encode('客户编号,姓名').buffer)).toEqual({ problem: 'unreadable', file: 'a.xlsx' });
    const ole2 = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]);
    expect(await readXlsx('a.xlsx', ole2.buffer)).toEqual({ problem: 'xls', file: 'a.xlsx' });
  });

  it('refuses a damaged zip', async () => {
    expect(await readXlsx('a.xlsx', fixture.slice(0, 600))).toEqual({ problem: 'unreadable', file: 'a.xlsx' });
  });
});
