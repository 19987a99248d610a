import { Draft } from '../draft.ts';
import type { EventBody, SandboxEvent } from '../events.ts';
import { evolve } from '../evolve.ts';
import { idsFor } from '../ids.ts';
import type { DecideContext, Deciders } from '../module.ts';
import { cleanText } from '../normalise/text.ts';
import { applied, rejected, type Rejection, type Result } from '../result.ts';
import type { SandboxState } from '../state.ts';
import { maxImportRows, type ImportCommand, type ImportInput } from './commands.ts';
import { importTargets, type ImportTarget, type RowFields } from './entities.ts';
import { checkMapping, fieldColumns, type FieldColumns } from './mapping.ts';
import type { ImportRun, RowOutcome } from './records.ts';

/** One import being worked out: a single draft carries every row, so a row is checked against the file's earlier rows as well as the sandbox. */
interface Plan {
  readonly draft: Draft;
  readonly events: EventBody[];
  readonly input: ImportInput;
  readonly target: ImportTarget;
  readonly fieldColumns: FieldColumns;
  readonly context: DecideContext;
}

function take(plan: Plan, events: readonly EventBody[]): void {
  const meta = { at: plan.context.at, actor: plan.context.actor.id };
  for (const event of events) {
    plan.events.push(event);
    evolve(plan.draft, { ...event, meta } as SandboxEvent);
  }
}

/** The row's cells by field; a blank optional cell is left out so the create command's default applies (a blank role is `other`). */
function fieldsOf(plan: Plan, cells: readonly string[]): RowFields {
  const fields: Record<string, string> = {};
  for (const { field, index } of plan.fieldColumns)
    if (cleanText(cells[index]) !== '' || plan.target.required.includes(field)) fields[field] = cells[index];
  return fields;
}

function refused(plan: Plan, row: number, rejection: Rejection): RowOutcome {
  const column = plan.fieldColumns.find((entry) => entry.field === rejection.field)?.column;
  return column === undefined ? { row, outcome: 'rejected', rejection } : { row, outcome: 'rejected', rejection, column };
}

/**
 * One row, decided by the record's own module as if typed into its form. A
 * row the module takes for an existing record is merged into it or refused,
 * as the import asks; any other refusal refuses the row with its reason.
 */
function decideRow(plan: Plan, cells: readonly string[], row: number): RowOutcome {
  const { columns, onDuplicate } = plan.input;
  if (cells.length !== columns.length)
    return refused(plan, row, {
      code: 'validation.format',
      field: 'rows',
      messageKey: 'rejection.import.ragged-row',
      params: { row, cells: cells.length, columns: columns.length },
    });
  const fields = fieldsOf(plan, cells);
  // Ids from the draft, so a row's new record is numbered after those of the rows before it.
  const context = { ...plan.context, ids: idsFor(plan.draft.state) };
  const created = plan.target.create(plan.draft.state, fields, context);
  if (created.ok) {
    take(plan, created.events);
    return { row, outcome: 'imported', id: plan.target.createdId(created.events) };
  }
  const { rejection } = created;
  const duplicate = rejection.code === 'duplicate.suspected' || rejection.code === 'duplicate.code';
  if (!duplicate || onDuplicate === 'reject') return refused(plan, row, rejection);
  const id = plan.target.duplicateOf(fields, rejection);
  const merge = plan.target.merge(plan.draft.state, id, fields, context);
  if (!merge.result.ok) return refused(plan, row, merge.result.rejection);
  take(plan, merge.result.events);
  return { row, outcome: 'merged', id, match: rejection.field ?? '', fields: merge.fields };
}

/**
 * A spreadsheet imported as accounts or contacts. Every row is accounted
 * for (seed 002: contacts lost in an Excel dump cost the deal): imported,
 * merged into the record it repeats, or refused with its reason, and the
 * import's record keeps each row's outcome. A refused row does not stop the
 * others; only a wrong mapping or an oversized file refuses the import.
 */
function commit(state: SandboxState, input: ImportInput, context: DecideContext): Result<EventBody> {
  if (input.rows.length === 0) return rejected('validation.incomplete', 'rows', 'rejection.incomplete', { field: 'rows' });
  if (input.rows.length > maxImportRows)
    return rejected('validation.format', 'rows', 'rejection.import.too-many-rows', { count: input.rows.length, max: maxImportRows });
  const target = importTargets[input.entity];
  const wrongMapping = checkMapping(input, target);
  if (wrongMapping) return wrongMapping;

  const plan: Plan = { draft: new Draft(state, { scratch: true }), events: [], input, target, fieldColumns: fieldColumns(input), context };
  const rows = input.rows.map((cells, index) => decideRow(plan, cells, index + 1));
  const run: ImportRun = { id: context.ids.next('imports'), entity: input.entity, file: cleanText(input.file), rows, by: context.actor.id, at: context.at };
  return applied(...plan.events, { type: 'import.completed', data: { run } });
}

export const importDeciders: Deciders<ImportCommand> = { 'import.commit': commit };
