import type { CommandInput } from '../../../../engine/commands.ts';
import type { ImportInput } from '../../../../engine/imports/commands.ts';
import type { Attempt } from '../../../../engine/scenario/runner.ts';
import type { Move, ScenarioPlay } from './move.ts';

/**
 * scenarios/moving-from-excel.yaml: 老周's contact spreadsheet imported with
 * repeats merged, then the five refused rows fixed by hand. The sheet is
 * the scenario's own, so the play is made from the started attempt.
 */
export function movingFromExcelPlay(started: Attempt) {
  const [sheet] = started.scenario.fixture.spreadsheets;
  const mapping = { 客户编号: 'accountCode', 姓名: 'name', 职务: 'title', 手机: 'phone', 邮箱: 'email' };
  const importInput = (changes: Partial<ImportInput> = {}): ImportInput => ({
    entity: 'contact',
    file: sheet.file,
    columns: sheet.columns,
    rows: sheet.rows,
    mapping,
    onDuplicate: 'merge',
    ...changes,
  });
  const importSheet = (changes: Partial<ImportInput> = {}): CommandInput => ({ type: 'import.commit', data: importInput(changes) });
  const contact = (accountCode: string, name: string, phone: string, title = '', email = ''): CommandInput => ({
    type: 'contact.create',
    data: { accountCode, name, title, phone, email },
  });
  const contactId = (attempt: Attempt, accountCode: string, name: string) =>
    Object.values(attempt.state.contacts).find((candidate) => candidate.accountCode === accountCode && candidate.name === name)!.id;

  const maJun = contact('C-SU-00311', '马骏', '158 6215 3307', '技术总监', 'majun@huading-jx.com');
  const taoMing = contact('C-HZ-00207', '陶明', '137 5812 9034', '仓储主管');
  const hePing = contact('C-HZ-00207', '何平', '139 5718 6603', '生产经理', 'heping@lanhai-pack.com');
  const sunLi = contact('C-NJ-00105', '孙立', '158 5190 2046', '仓储经理', 'sunli@jincheng-cold.com');

  /** The import with repeats merged, then the four people of the refused rows who are not in the CRM yet. */
  const perfect: readonly CommandInput[] = [importSheet(), maJun, taoMing, hePing, sunLi];

  const { 手机: _phone, ...withoutPhone } = mapping;
  /** 何平's email typed as the file has it, with a comma for the dot. */
  const hePingAsInFile = contact('C-HZ-00207', '何平', '139 5718 6603', '生产经理', 'heping@lanhai-pack,com');
  /** 孙建国's newer mobile, which the merge kept, overwritten with the old one from the file. */
  const oldSunJianguoPhone: Move = (attempt) => ({ type: 'contact.update', data: { id: contactId(attempt, 'C-SU-00311', '孙建国'), phone: '139 0512 7788' } });

  const play: ScenarioPlay = {
    perfect,
    slips: [
      { code: 'validation.incomplete', step: 'import', replace: perfect[0], instead: [importSheet({ mapping: withoutPhone }), perfect[0]], completes: true },
      { code: 'validation.format', step: 'fix-the-cells', replace: hePing, instead: [hePingAsInFile, hePing], completes: true },
      { code: 'data.lost', step: 'find-the-customer', replace: maJun, instead: [oldSunJianguoPhone, maJun], completes: true },
    ],
  };

  return { withoutPhone, importInput, importSheet, contact, contactId, hePing, sunLi, perfect, hePingAsInFile, oldSunJianguoPhone, play };
}
