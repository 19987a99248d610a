import { describe, expect, it } from 'vitest';
import { finish, importReport, previewImport, startAttempt, submit, verifyAttempt, type Attempt, type CommandInput } from '../../engine/index.ts';
import { loadScenario } from '../../site/lib/scenarios.ts';
import { play as playMoves, type Move } from '../../site/records/demo/plays/move.ts';
import { movingFromExcelPlay } from '../../site/records/demo/plays/moving-from-excel.ts';

/**
 * scenarios/moving-from-excel.yaml: 老周's contact spreadsheet imported with
 * repeats merged, then the five refused rows fixed by hand — nothing lost,
 * nothing doubled. The perfect play is site/records/demo/plays/moving-from-excel.ts.
 */
const scenario = loadScenario('moving-from-excel')!;
const started = startAttempt(scenario);
const { withoutPhone, importInput, importSheet, contact, contactId, hePing, sunLi, perfect, hePingAsInFile, oldSunJianguoPhone } = movingFromExcelPlay(started);
const play = (moves: readonly Move[], from: Attempt = started) => playMoves(moves, from);

const only = (attempt: Attempt) => finish(attempt).mistakes.map(({ code, step, lesson }) => ({ code, step, lesson }));

describe('moving-from-excel', () => {
  it('plays to a perfect score', () => {
    const attempt = play(perfect);
    const result = finish(attempt);
    expect(result).toMatchObject({ completed: true, stepsDone: 3, commands: 5, errorRate: 0, score: 100, stars: 3, badge: true });
    expect(result.mistakes).toEqual([]);
    expect(verifyAttempt(scenario, attempt.record)).toEqual({ ok: true, result });
  });

  it('accounts for every row: imported, merged into the contact it repeats, or refused with its reason and column', () => {
    const attempt = play([importSheet()]);
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
    const preview = previewImport(started.state, importInput(), { at: started.state.now, actor: 'trainee' });
    const [run] = Object.values(play([importSheet()]).state.imports);
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

  describe('the mistakes each step watches', () => {
    it('validation.incomplete: the mapping leaves the mobile column out', () => {
      const attempt = play([importSheet({ mapping: withoutPhone }), ...perfect]);
      expect(only(attempt)).toEqual([{ code: 'validation.incomplete', step: 'import', lesson: 'import-required-fields' }]);
      expect(finish(attempt).mistakes[0]).toMatchObject({ field: 'mapping', expected: { messageKey: 'rejection.import.mapping-required', params: { field: 'phone' } } });
    });

    it('refusing repeats instead of merging loses what the file adds: the step stays open until a merge', () => {
      const rejecting = play([importSheet({ onDuplicate: 'reject' })]);
      const [run] = Object.values(rejecting.state.imports);
      expect(importReport(run).counts).toEqual({ imported: 3, merged: 0, rejected: 9, total: 12 });
      expect(rejecting.step, '陈静 still has no email, 孙建国 no title').toBe(0);
      const merged = play([importSheet(), ...perfect.slice(1)], rejecting);
      expect(finish(merged)).toMatchObject({ completed: true, mistakes: [] });
      expect(Object.values(merged.state.contacts).filter((candidate) => candidate.name === '刘海涛'), 'the second import merged into the first').toHaveLength(1);
    });

    it('duplicate.created: 郑晓燕 created again past the warning, though row 11 brought her in', () => {
      const zheng = contact('C-HZ-00207', '郑晓燕', '136 5710 2286', '采购经理', 'zhengxy@lanhai-pack.com');
      const before = play(perfect.slice(0, 3));
      const warned = submit(before, zheng, 9000);
      expect(warned.result).toMatchObject({ ok: false, rejection: { code: 'duplicate.suspected', params: { id: contactId(before, 'C-HZ-00207', '郑晓燕') } } });
      expect(warned.mistakes).toEqual([]);
      const forced = play([{ ...zheng, data: { ...zheng.data, confirmDuplicate: true } } as CommandInput, hePing, sunLi], warned.attempt);
      expect(only(forced)).toEqual([{ code: 'duplicate.created', step: 'fix-the-cells', lesson: 'import-merge-not-double' }]);
      expect(finish(forced).completed, 'a doubled contact cannot be undone: the step stays open').toBe(false);
    });

    it('validation.format: 何平’s email typed as the file has it', () => {
      const attempt = play([...perfect.slice(0, 3), hePingAsInFile, ...perfect.slice(3)]);
      expect(only(attempt)).toEqual([{ code: 'validation.format', step: 'fix-the-cells', lesson: 'unified-formats' }]);
      expect(finish(attempt)).toMatchObject({ completed: true, score: Math.round(100 * (5 / 6)) });
    });

    it('data.lost: 孙建国’s newer mobile overwritten with the old one from the file', () => {
      const imported = play([importSheet()]);
      const attempt = play([oldSunJianguoPhone, ...perfect.slice(1)], imported);
      expect(only(attempt)).toEqual([{ code: 'data.lost', step: 'find-the-customer', lesson: 'import-keep-newer-data' }]);
      expect(finish(attempt).mistakes[0].expected).toEqual({ messageKey: 'expectation.keepStep', params: { step: 'import' } });
    });

    it('data.lost: an email emptied', () => {
      const imported = play([importSheet()]);
      const cleared: CommandInput = { type: 'contact.update', data: { id: contactId(imported, 'C-SH-00612', '陈静'), email: '' } };
      expect(submit(imported, cleared, 5000).mistakes).toMatchObject([{ code: 'data.lost', field: 'email', step: 'find-the-customer', lesson: 'import-keep-newer-data' }]);
    });
  });
});
