import { rejected, type Result } from '../result.ts';
import type { ImportInput } from './commands.ts';
import type { ImportTarget } from './entities.ts';

type Mapping = Pick<ImportInput, 'columns' | 'mapping'>;

/** Where each mapped field's cell sits in a row, in the mapping's order. */
export type FieldColumns = readonly { readonly field: string; readonly column: string; readonly index: number }[];

/** The mapped columns; a column mapped to "" is left out. */
export function fieldColumns({ columns, mapping }: Mapping): FieldColumns {
  return Object.entries(mapping)
    .filter(([, field]) => field !== '')
    .map(([column, field]) => ({ field, column, index: columns.indexOf(column) }));
}

/**
 * Checks the mapping before any row is read, so a wrong mapping is one
 * refusal instead of the same refusal on every row: each target a field of
 * the record, each column in the file and named once there, no field fed by
 * two columns, and every required field fed. Undefined when it is right.
 */
export function checkMapping(input: Mapping, target: ImportTarget): Result<never> | undefined {
  const mapped = fieldColumns(input);
  for (const [position, { field, column, index }] of mapped.entries()) {
    if (!target.fields.includes(field))
      return rejected('validation.format', 'mapping', 'rejection.import.mapping-field', { column, field, expected: target.fields.join(', ') });
    if (index === -1) return rejected('validation.format', 'mapping', 'rejection.import.mapping-column', { column });
    if (input.columns.indexOf(column, index + 1) !== -1) return rejected('validation.format', 'mapping', 'rejection.import.mapping-ambiguous', { column });
    const taken = mapped.slice(0, position).find((entry) => entry.field === field);
    if (taken) return rejected('validation.format', 'mapping', 'rejection.import.mapping-twice', { field, columns: `${taken.column}, ${column}` });
  }
  const missing = target.required.find((field) => !mapped.some((entry) => entry.field === field));
  return missing === undefined ? undefined : rejected('validation.incomplete', 'mapping', 'rejection.import.mapping-required', { field: missing });
}
