import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { csvText, readCsv } from './csv.ts';

const bytes = (text: string) => new TextEncoder().encode(text).buffer;

describe('readCsv', () => {
  it('reads the test fixture: English headings, one row per line', () => {
    const file = readFileSync(new URL('../../../../tests/e2e/fixtures/contacts.csv', import.meta.url));
    const sheet = readCsv('contacts.csv', new Uint8Array(file).buffer);
    expect(sheet).toMatchObject({ file: 'contacts.csv', columns: ['Customer code', 'Name', 'Job title', 'Mobile', 'Email'] });
    expect('rows' in sheet && sheet.rows[0]).toEqual(['C-NJ-00105', '孙立', 'Warehouse manager', '158 5190 2046', 'sunli@jincheng-cold.com']);
  });

  it('keeps commas and line breaks inside quoted cells, and detects a semicolon separator', () => {
    expect(readCsv('a.csv', bytes('姓名,地址\n陈静,"上海市, 浦东新区\n张江路 88 号"\n'))).toMatchObject({ rows: [['陈静', '上海市, 浦东新区\n张江路 88 号']] });
    expect(readCsv('a.csv', bytes('姓名;手机\n陈静;137\n'))).toMatchObject({ columns: ['姓名', '手机'], rows: [['陈静', '137']] });
  });

  it('refuses a quotation mark that is never closed, naming its row', () => {
    expect(readCsv('a.csv', bytes('姓名,手机\n陈静,137\n"刘洋,139\n黄建华,138\n'))).toEqual({ problem: 'quotes', file: 'a.csv', row: 3 });
  });

  it('reports a file of blank lines as empty', () => {
    expect(readCsv('a.csv', bytes('\n\n ,\n'))).toEqual({ problem: 'empty', file: 'a.csv' });
  });
});

describe('csvText', () => {
  it('drops a UTF-8 byte-order mark', () => {
    expect(csvText(bytes('\uFEFF公司名称,电话'))).toBe('公司名称,电话');
  });

  it('reads a CSV saved by a Chinese Excel in GB18030', () => {
    // 公司名称,电话 in GBK.
    const gbk = new Uint8Array([0xb9, 0xab, 0xcb, 0xbe, 0xc3, 0xfb, 0xb3, 0xc6, 0x2c, 0xb5, 0xe7, 0xbb, 0xb0]);
    expect(csvText(gbk.buffer)).toBe('公司名称,电话');
  });
});
