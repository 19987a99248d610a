import type { ImportInput } from '../../../../engine/imports/commands.ts';
import type { ImportEntity } from '../../../../engine/imports/records.ts';

/** The fields that tell a row's record apart at a glance: who or which company, and whose. */
const telling: Readonly<Record<ImportEntity, readonly string[]>> = {
  account: ['nameZh', 'code'],
  contact: ['name', 'accountCode'],
};

/** A data row (counted from 1) by its telling cells, ["陈静", "C-SH-00612"], from the columns mapped to those fields; blank ones left out. */
export function rowSummary(input: Pick<ImportInput, 'entity' | 'columns' | 'rows' | 'mapping'>, row: number): readonly string[] {
  const cells = input.rows[row - 1] ?? [];
  return telling[input.entity]
    .map((field) => Object.entries(input.mapping).find(([, mapped]) => mapped === field)?.[0])
    .map((column) => (column === undefined ? '' : (cells[input.columns.indexOf(column)] ?? '').trim()))
    .filter((text) => text !== '');
}
