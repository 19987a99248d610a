import { describe, expect, it } from 'vitest';
import { finish, importReport, previewImport, submit, type Attempt, type CommandInput } from '../../engine/index.ts';
import type { ImportInput } from '../../engine/imports/commands.ts';
import { mistakesOf, walkthroughOf, withData } from './walkthrough-moves.ts';

/**
 * scenarios/moving-from-excel.yaml: what its walkthrough's perfect play and
 * slips (played by walkthroughs.test.ts) do not show — the import row by
 * row, its preview, and changes that are no slip of the file.
 */
const { perfect, started, play } = walkthroughOf('moving-from-excel');
const [importSheet, , , hePing, sunLi] = perfect;
const contactId = (attempt: Attempt, accountCode: string, name: string) =>
  Object.values(attempt.state.contacts).find((candidate) => candidate.accountCode === accountCode && candidate.name === name)!.id;

describe('moving-from-excel', () => {
  it('is played perfectly in five commands for the badge', () => {
    expect(finish(play(perfect))).toMatchObject({ stepsDone: 3, commands: 5, badge: true });
  });

  it('imports the sheet of the fixture', () => {
    const [sheet] = started.scenario.fixture.spreadsheets;
    expect(importSheet.data).toMatchObject({ file: sheet.file, columns: sheet.columns, rows: sheet.rows });
  });

  it('accounts for every row: imported, merged into the contact it repeats, or refused with its reason and column', () => {
    const attempt = play([importSheet]);
    const [run] = Object.values(attempt.state.imports);
    const id = (accountCode: string, name: string) => contactId(attempt, accountCode, name);
    expect(run.rows).toEqual([
      { row: 1, outcome: 'merged', id: id('C-SH-00612', '黄建华'), match: 'phone', fields: [] },
      { row: 2, outcome: 'merged', id: id('C-SH-00612', '陈静'), match: 'phone', fields: ['email'] },
      { row: 3, outcome: 'imported', id: id('C-SH-00612', '刘海涛') },
      { row: 4, outcome: 'merged', id: id('C-SH-00612', '刘海涛'), match: 'phone', fields: [] },
      { row: 5, outcome: 'merged', id: id('C-SU-00311', '孙建国'), match: 'email', fields: ['title'] },
      { row: 6, outcome: 'imported', id: id('C-SU-00311', '吴丽') },
      { row: 7, outcome: 'rejected', column: '客户编号', rejection: expect.objectContaining({ code: 'validation.incomplete', field: 'accountCode' }) },
      { row: 8, outcome: 'rejected', column: '手机', rejection: expect.objectContaining({ code: 'validation.format', field: 'phone' }) },
      { row: 9, outcome: 'rejected', column: '邮箱', rejection: expect.objectContaining({ code: 'validation.format', field: 'email' }) },
      { row: 10, outcome: 'rejected', column: '客户编号', rejection: expect.objectContaining({ code: 'reference.unknown', field: 'accountCode' }) },
      { row: 11, outcome: 'imported', id: id('C-HZ-00207', '郑晓燕') },
      { row: 12, outcome: 'rejected', column: '手机', rejection: expect.objectContaining({ code: 'validation.incomplete', field: 'phone' }) },
    ]);
    expect(importReport(run).counts).toEqual({ imported: 3, merged: 4, rejected: 5, total: 12 });
    expect(attempt.state.contacts[id('C-SU-00311', '孙建国')].phone, 'the merge kept the CRM’s newer mobile').toBe('+8613506213388');
    expect(attempt.step).toBe(1);
  });

  it('previews exactly what the commit then does, changing nothing', () => {
    const preview = previewImport(started.state, importSheet.data as ImportInput, { at: started.state.now, actor: 'trainee' });
    const [run] = Object.values(play([importSheet]).state.imports);
    expect(preview).toEqual({ ok: true, report: importReport(run) });
    expect(started.state.imports).toEqual({});
  });

  it('completes the fixing steps with every refused row’s person in the CRM once', () => {
    const attempt = play(perfect);
    for (const [code, name] of [
      ['C-SU-00311', '马骏'],
      ['C-HZ-00207', '陶明'],
      ['C-HZ-00207', '郑晓燕'],
      ['C-HZ-00207', '何平'],
      ['C-NJ-00105', '孙立'],
    ])
      expect(Object.values(attempt.state.contacts).filter((candidate) => candidate.accountCode === code && candidate.name === name), name).toHaveLength(1);
  });

  it('names the mapping’s missing field when the mobile column is left out', () => {
    const { 手机: _phone, ...withoutPhone } = (importSheet.data as ImportInput).mapping;
    const attempt = play([withData(importSheet, { mapping: withoutPhone }), ...perfect]);
    expect(finish(attempt).mistakes).toMatchObject([{ code: 'validation.incomplete', field: 'mapping', expected: { messageKey: 'rejection.import.mapping-required', params: { field: 'phone' } } }]);
  });

  it('refusing repeats instead of merging loses what the file adds: the step stays open until a merge', () => {
    const rejecting = play([withData(importSheet, { onDuplicate: 'reject' })]);
    const [run] = Object.values(rejecting.state.imports);
    expect(importReport(run).counts).toEqual({ imported: 3, merged: 0, rejected: 9, total: 12 });
    expect(rejecting.step, '陈静 still has no email, 孙建国 no title').toBe(0);
    const merged = play(perfect, rejecting);
    expect(finish(merged)).toMatchObject({ completed: true, mistakes: [] });
    expect(Object.values(merged.state.contacts).filter((candidate) => candidate.name === '刘海涛'), 'the second import merged into the first').toHaveLength(1);
  });

  it('warns before 郑晓燕 is created again, though row 11 brought her in', () => {
    const zheng: CommandInput = { type: 'contact.create', data: { accountCode: 'C-HZ-00207', name: '郑晓燕', title: '采购经理', phone: '136 5710 2286', email: 'zhengxy@lanhai-pack.com' } };
    const before = play(perfect.slice(0, 3));
    const warned = submit(before, zheng, 9000);
    expect(warned.result).toMatchObject({ ok: false, rejection: { code: 'duplicate.suspected', params: { id: contactId(before, 'C-HZ-00207', '郑晓燕') } } });
    expect(warned.mistakes).toEqual([]);
  });

  it('scores 何平’s email typed as the file has it as one mistake in six commands', () => {
    const asInFile = withData(hePing, { email: 'heping@lanhai-pack,com' });
    expect(finish(play([...perfect.slice(0, 3), asInFile, hePing, sunLi]))).toMatchObject({ completed: true, score: Math.round(100 * (5 / 6)) });
  });

  it('records 孙建国’s newer mobile overwritten with the old one as the import step’s work undone', () => {
    const imported = play([importSheet]);
    const oldPhone: CommandInput = { type: 'contact.update', data: { id: contactId(imported, 'C-SU-00311', '孙建国'), phone: '139 0512 7788' } };
    const attempt = play([oldPhone, ...perfect.slice(1)], imported);
    expect(mistakesOf(attempt)).toEqual([{ code: 'data.lost', step: 'find-the-customer', lesson: 'import-keep-newer-data' }]);
    expect(finish(attempt).mistakes[0].expected).toEqual({ messageKey: 'expectation.keepStep', params: { step: 'import' } });
  });

  it('records an email emptied after the import as the field lost', () => {
    const imported = play([importSheet]);
    const cleared: CommandInput = { type: 'contact.update', data: { id: contactId(imported, 'C-SH-00612', '陈静'), email: '' } };
    expect(submit(imported, cleared, 5000).mistakes).toMatchObject([{ code: 'data.lost', field: 'email', step: 'find-the-customer', lesson: 'import-keep-newer-data' }]);
  });
});
