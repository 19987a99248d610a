import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { industries } from '../accounts/industries.ts';
import type { Command } from '../commands.ts';
import { execute, replay } from '../replay.ts';
import { build, t0 } from '../specification.ts';
import type { SandboxState } from '../state.ts';
import type { ImportInput } from './commands.ts';
import { previewImport } from './preview.ts';
import type { ImportRun } from './records.ts';

const meta = { at: t0, actor: 'tester' };
const columns = ['code', 'nameZh', 'nameEn', 'industry', 'phone', 'address', 'annualValue'];
const mapping = Object.fromEntries(columns.map((column) => [column, column]));

/** Hengtong already in the sandbox, so rows can repeat it as well as each other. */
const sandbox = build([
  { type: 'account.create', data: { code: 'C-SH-00612', nameZh: '恒通电子（上海）有限公司', industry: 'electronics', phone: '021-5048 3321' } },
]);

/** Cells drawn from small pools, so a short file has repeats, Chinese name variants and bad values in it. */
const cell = {
  code: fc.oneof(fc.constantFrom('C-SH-00612', 'c-sh-00612', 'SH-107', ''), fc.integer({ min: 700, max: 715 }).map((n) => `C-SH-00${n}`)),
  nameZh: fc.constantFrom('恒通电子（上海）有限公司', '上海恒通电子有限责任公司', 'ＡＢＣ电子', 'ABC电子（上海）有限公司', '华宇物流有限公司', '华宇物流', '远东化工', '明德包装', ''),
  nameEn: fc.constantFrom('', 'Hengtong', 'ABC Electronics Co., Ltd.', 'Far East Chemicals'),
  industry: fc.constantFrom(...industries, '餐饮', ''),
  phone: fc.oneof(fc.constantFrom('021-5048 3321', '+86 21 50483321', '12345', ''), fc.integer({ min: 0, max: 15 }).map((n) => `021-6888 ${1000 + n}`)),
  address: fc.constantFrom('', '张江路 88 号', '星湖街 328 号'),
  annualValue: fc.constantFrom('', '0', '80万', '2,500,000', 'lots'),
};
const fullRow = fc.tuple(cell.code, cell.nameZh, cell.nameEn, cell.industry, cell.phone, cell.address, cell.annualValue);
/** Now and then a row has lost or gained a cell, as hand-edited CSV files do. */
const row = fc.oneof({ arbitrary: fullRow, weight: 9 }, { arbitrary: fullRow.map((cells) => cells.slice(0, 5)), weight: 1 });

const input = fc.record({
  entity: fc.constant('account' as const),
  file: fc.constant('客户.xlsx'),
  columns: fc.constant(columns),
  rows: fc.array(row, { minLength: 1, maxLength: 40 }),
  mapping: fc.constant(mapping),
  onDuplicate: fc.constantFrom('merge' as const, 'reject' as const),
});

function committed(state: SandboxState, data: ImportInput): { state: SandboxState; run: ImportRun; types: string[] } {
  const result = execute(state, { type: 'import.commit', data }, meta);
  if (!result.ok) throw new Error(`the import was refused: ${JSON.stringify(result.rejection)}`);
  return { state: result.state, run: result.state.imports['IM-000001'], types: result.events.map((event) => event.type) };
}

describe('every row is accounted for', () => {
  it('each row gets one outcome, in order, and the counts add up to the file', () => {
    fc.assert(
      fc.property(input, (data) => {
        const preview = previewImport(sandbox, data, meta);
        if (!preview.ok) throw new Error(JSON.stringify(preview.rejection));
        const { run, counts } = preview.report;
        expect(run.rows.map((outcome) => outcome.row)).toEqual(data.rows.map((_, index) => index + 1));
        expect(counts.total).toBe(data.rows.length);
        expect(counts.imported + counts.merged + counts.rejected).toBe(counts.total);
        if (data.onDuplicate === 'reject') expect(counts.merged).toBe(0);
      }),
    );
  });

  it('the commit does what the preview said, to the same rows, and records it', () => {
    fc.assert(
      fc.property(input, (data) => {
        const preview = previewImport(sandbox, data, meta);
        const { state, run, types } = committed(sandbox, data);
        expect(preview).toEqual({ ok: true, report: expect.objectContaining({ run }) });
        const imported = run.rows.flatMap((outcome) => (outcome.outcome === 'imported' ? [outcome.id] : []));
        expect(Object.keys(state.accounts)).toEqual([...Object.keys(sandbox.accounts), ...imported]);
        expect(types.filter((type) => type === 'account.created')).toHaveLength(imported.length);
        for (const outcome of run.rows) if (outcome.outcome === 'merged') expect(state.accounts[outcome.id]).toBeDefined();
        const filled = run.rows.filter((outcome) => outcome.outcome === 'merged' && outcome.fields.length > 0);
        expect(types.filter((type) => type === 'account.updated')).toHaveLength(filled.length);
      }),
    );
  });

  it('refusing duplicates, a row fares exactly as the same account.create typed into the form after the rows before it', () => {
    fc.assert(
      fc.property(fc.array(fullRow, { minLength: 1, maxLength: 40 }), (rows) => {
        const { run } = committed(sandbox, { entity: 'account', file: '客户.xlsx', columns, rows, mapping, onDuplicate: 'reject' });
        const log = rows.map((cells): Command => ({ type: 'account.create', data: Object.fromEntries(columns.map((column, i) => [column, cells[i]])) as never, meta }));
        const { results } = replay(sandbox, log);
        expect(run.rows.map((outcome) => (outcome.outcome === 'rejected' ? outcome.rejection : outcome.outcome))).toEqual(
          results.map((result) => (result.ok ? 'imported' : result.rejection)),
        );
      }),
    );
  });

  it('a preview changes nothing', () => {
    const before = structuredClone(sandbox);
    const data = { entity: 'account', file: 'a.csv', columns, rows: [['C-SH-00700', '华宇物流', '', 'logistics', '021-6888 1234', '', '']], mapping, onDuplicate: 'merge' };
    expect(previewImport(sandbox, data, meta)).toMatchObject({ ok: true, report: { counts: { imported: 1, merged: 0, rejected: 0, total: 1 } } });
    expect(sandbox).toEqual(before);
    expect(sandbox.accounts['C-SH-00700']).toBeUndefined();
  });

  it('a preview is refused for the same reasons as the commit', () => {
    const data = { entity: 'account', file: 'a.csv', columns, rows: [], mapping, onDuplicate: 'merge' };
    const refusal = { ok: false, rejection: { code: 'validation.incomplete', field: 'rows', messageKey: 'rejection.incomplete', params: { field: 'rows' } } };
    expect(previewImport(sandbox, data, meta)).toEqual(refusal);
    expect(execute(sandbox, { type: 'import.commit', data }, meta)).toEqual(refusal);
    expect(previewImport(sandbox, { ...data, rows: [[]] }, { at: t0, actor: 'nobody' })).toMatchObject({ ok: false, rejection: { code: 'permission.denied' } });
  });
});

describe('a 5,000-row file', () => {
  /** Every tenth row repeats an earlier company, typed the other way round. */
  const rows = Array.from({ length: 5000 }, (_, i) =>
    i % 10 === 9
      ? ['', `测试${i - 1}号贸易（上海）有限公司`, `Test ${i - 1} Trading`, 'trading', `021-6${String(i).padStart(7, '0')}`, '', '']
      : [`C-BJ-${String(i + 1).padStart(5, '0')}`, `上海测试${i}号贸易有限公司`, '', 'trading', `021-5${String(i).padStart(7, '0')}`, '', '120万'],
  );
  const data = { entity: 'account' as const, file: 'big.csv', columns, rows, mapping: { ...mapping, code: 'code' }, onDuplicate: 'merge' as const };

  // How long it takes is the benchmark's business (`npm run bench`), not a unit test's.
  it('is previewed and committed with every row accounted for', () => {
    const preview = previewImport(sandbox, data, meta);
    const { state, run } = committed(sandbox, data);
    expect(preview).toMatchObject({ ok: true, report: { counts: { imported: 4500, merged: 0, rejected: 500, total: 5000 } } });
    expect(run.rows[9]).toMatchObject({ outcome: 'rejected', rejection: { code: 'validation.incomplete', field: 'code' } });
    expect(Object.keys(state.accounts)).toHaveLength(4501);
  });

  it('merges the repeats when they carry a code, and still counts every row', () => {
    const coded = rows.map((cells, i) => (i % 10 === 9 ? [`C-SZ-${String(i + 1).padStart(5, '0')}`, ...cells.slice(1)] : cells));
    const { run } = committed(sandbox, { ...data, rows: coded });
    const merged = run.rows.filter((outcome) => outcome.outcome === 'merged');
    expect(merged).toHaveLength(500);
    expect(merged[0]).toEqual({ row: 10, outcome: 'merged', id: 'C-BJ-00009', match: 'nameZh', fields: ['nameEn'] });
  });
});
