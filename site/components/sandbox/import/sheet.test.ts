import { describe, expect, it } from 'vitest';
import { cellText, columnLetter, fileKind, sheetFromCells } from './sheet.ts';

describe('cellText', () => {
  it('writes each kind of cell as the sheet shows it', () => {
    expect(cellText('恒通电子')).toBe('恒通电子');
    expect(cellText(13657102286)).toBe('13657102286');
    expect(cellText(1.5)).toBe('1.5');
    expect(cellText(new Date(Date.UTC(2026, 2, 2)))).toBe('2026-03-02');
    expect(cellText(new Date(Date.UTC(2026, 2, 2, 14, 30)))).toBe('2026-03-02 14:30');
    expect(cellText(true)).toBe('TRUE');
    expect(cellText(null)).toBe('');
    expect(cellText(undefined)).toBe('');
  });
});

describe('fileKind', () => {
  it.each([
    ['客户.csv', 'csv'],
    ['客户.XLSX', 'xlsx'],
    ['old.xls', 'xls'],
    ['notes.txt', undefined],
    ['no-ending', undefined],
  ])('%s is %s', (name, kind) => expect(fileKind(name)).toBe(kind));
});

describe('columnLetter', () => {
  it('names columns as a spreadsheet does', () => {
    expect([1, 2, 26, 27, 52, 703].map(columnLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AZ', 'AAA']);
  });
});

describe('sheetFromCells', () => {
  it('takes the first row as the headings and the others as data, all as text', () => {
    expect(
      sheetFromCells('a.xlsx', [
        [' 姓名 ', '手机'],
        ['陈静', 13761208854],
      ]),
    ).toEqual({ file: 'a.xlsx', columns: ['姓名', '手机'], rows: [['陈静', '13761208854']] });
  });

  it('leaves out blank rows, wherever they are, and trailing columns with nothing in them', () => {
    const sheet = sheetFromCells('a.xlsx', [
      [null, null, null],
      ['姓名', '手机', null],
      ['陈静', '137', ''],
      ['', ' ', null],
      ['刘洋', '139', null],
    ]);
    expect(sheet).toEqual({ file: 'a.xlsx', columns: ['姓名', '手机'], rows: [['陈静', '137'], ['刘洋', '139']] });
  });

  it('keeps a row with more or fewer cells than headings as it is, for the engine to name', () => {
    const sheet = sheetFromCells('a.csv', [['姓名', '手机'], ['陈静'], ['刘洋', '139', '多出来的'], ['黄建华', '138', '']]);
    expect(sheet).toEqual({ file: 'a.csv', columns: ['姓名', '手机'], rows: [['陈静'], ['刘洋', '139', '多出来的'], ['黄建华', '138']] });
  });

  it('refuses a file with nothing in it', () => {
    expect(sheetFromCells('a.csv', [])).toEqual({ problem: 'empty', file: 'a.csv' });
    expect(sheetFromCells('a.xlsx', [[null, ''], ['  ']])).toEqual({ problem: 'empty', file: 'a.xlsx' });
  });

  it('refuses a first row that does not name every column, e.g. a title row above the headings', () => {
    const titled = [
      ['老周的客户通讯录', null, null],
      ['姓名', '手机', '邮箱'],
      ['陈静', '137', 'chen@x.com'],
    ];
    expect(sheetFromCells('a.xlsx', titled)).toEqual({ problem: 'no-header', file: 'a.xlsx', column: 'B' });
  });

  it('refuses headings without data under them', () => {
    expect(sheetFromCells('a.csv', [['姓名', '手机'], ['', '']])).toEqual({ problem: 'no-rows', file: 'a.csv' });
  });
});
