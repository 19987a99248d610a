import { describe, expect, it } from 'vitest';
import { importLimits, readUserImport, type ImportContext } from './user-import.ts';

const context: ImportContext = {
  teams: [
    { id: 'east-1', name: '华东销售一组' },
    { id: 'east-2', name: '华东销售二组' },
    { id: 'service', name: '客服中心' },
  ],
  takenUsernames: new Set(['admin', 'li.wei']),
};

const read = (csv: string) => readUserImport(csv, context);

describe('readUserImport', () => {
  it('reads people with English headers: teams by id or name split by ; or |, a missing password left for the route', () => {
    const csv = ['username,name,role,teams,password,display name', 'Zhou.Wen,周雯,trainee,east-1,first-day-2026,', 'chen.jie,陈杰,lead,east-1; east-2 | east-1,,Jay', 'wu.min,吴敏,consultant,,,'].join('\r\n');
    expect(read(csv)).toEqual({
      kind: 'ready',
      rows: [
        { line: 2, username: 'zhou.wen', name: '周雯', role: 'trainee', teamIds: ['east-1'], password: 'first-day-2026' },
        { line: 3, username: 'chen.jie', name: '陈杰', role: 'lead', teamIds: ['east-1', 'east-2'], displayName: 'Jay' },
        { line: 4, username: 'wu.min', name: '吴敏', role: 'consultant', teamIds: [] },
      ],
    });
  });

  it('reads Chinese headers and role names, tabs, a byte-order mark, and columns in any order', () => {
    const csv = '\uFEFF角色\t姓名\t用户名\t团队\n主管\t周雯\tzhou.wen\t华东销售一组|客服中心\n管理员\t王芳\twang.fang\t\nTeam Lead\t陈杰\tchen.jie\teast-2\n';
    expect(read(csv)).toEqual({
      kind: 'ready',
      rows: [
        { line: 2, username: 'zhou.wen', name: '周雯', role: 'lead', teamIds: ['east-1', 'service'] },
        { line: 3, username: 'wang.fang', name: '王芳', role: 'admin', teamIds: [] },
        { line: 4, username: 'chen.jie', name: '陈杰', role: 'lead', teamIds: ['east-2'] },
      ],
    });
  });

  it('reports every bad row by line and column, with what it received', () => {
    const csv = [
      'username,name,role,teams,password',
      'zhou.wen,周雯,trainee,east-1,',
      'li.wei,李伟,trainee,east-1,',
      'Zhou.Wen,周文,trainee,east-1,',
      'bad name,,boss,north,short',
      ',陈杰,lead,east-1,',
    ].join('\n');
    const outcome = read(csv);
    expect(outcome.kind).toBe('invalid');
    const problems = outcome.kind === 'invalid' ? outcome.problems.map(({ line, field, code, value }) => ({ line, field, code, value })) : [];
    expect(problems).toEqual([
      { line: 3, field: 'username', code: 'username.taken', value: 'li.wei' },
      { line: 4, field: 'username', code: 'username.twice', value: 'zhou.wen' },
      { line: 5, field: 'username', code: 'username.format', value: 'bad name' },
      { line: 5, field: 'name', code: 'value.missing', value: undefined },
      { line: 5, field: 'role', code: 'role.unknown', value: 'boss' },
      { line: 5, field: 'teams', code: 'team.unknown', value: 'north' },
      { line: 5, field: 'password', code: 'password.length', value: undefined },
      { line: 6, field: 'username', code: 'value.missing', value: undefined },
    ]);
    if (outcome.kind === 'invalid') {
      expect(outcome.problems[1]).toMatchObject({ firstLine: 2, message: 'The username "zhou.wen" is on line 2 already.' });
      expect(outcome.problems[4].message).toBe('"boss" is not a role: expected one of trainee, lead, consultant, admin.');
    }
  });

  it('counts lines as a spreadsheet shows them: blank lines skipped, a quoted cell over two lines', () => {
    const csv = 'username,name,role\n\n"zhou.wen","周\n雯",trainee\n\nchen.jie,陈杰,boss\n';
    const outcome = read(csv);
    expect(outcome).toMatchObject({ kind: 'invalid', problems: [{ line: 6, field: 'role', code: 'role.unknown' }] });
  });

  it('refuses a header without the required columns, or with one it does not know', () => {
    expect(read('user,name\nzhou.wen,周雯\n')).toMatchObject({
      kind: 'invalid',
      problems: [
        { line: 1, field: 'file', code: 'column.unknown', value: 'user' },
        { line: 1, field: 'username', code: 'column.missing' },
        { line: 1, field: 'role', code: 'column.missing' },
      ],
    });
    expect(read('username,name,role,name\nzhou.wen,周雯,trainee,周\n')).toMatchObject({ kind: 'invalid', problems: [{ field: 'name', code: 'column.twice' }] });
  });

  it('refuses a line with more cells than the header, an empty file and a quote left open', () => {
    expect(read('username,name,role\nzhou.wen,周雯,trainee,extra\n')).toMatchObject({ kind: 'invalid', problems: [{ line: 2, field: 'file', code: 'row.cells', value: '4' }] });
    expect(read('')).toMatchObject({ kind: 'invalid', problems: [{ line: 1, code: 'file.empty' }] });
    expect(read('username,name,role\n')).toMatchObject({ kind: 'invalid', problems: [{ code: 'file.empty' }] });
    expect(read('username,name,role\nzhou.wen,"周雯,trainee\nchen.jie,陈杰,lead\n')).toMatchObject({ kind: 'invalid', problems: [{ line: 2, code: 'file.quotes' }] });
  });

  it('refuses more rows than one import takes, before checking them', () => {
    const lines = Array.from({ length: importLimits.rows + 1 }, (_, index) => `p${index},P,trainee`);
    expect(read(['username,name,role', ...lines].join('\n'))).toEqual({ kind: 'too-many', rows: importLimits.rows + 1 });
    expect(read(['username,name,role', ...lines.slice(1)].join('\n')).kind).toBe('ready');
  });
});
