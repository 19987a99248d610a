import * as v from 'valibot';
import { importEntities } from './records.ts';

/** The most rows one import takes; a larger file is split, so a trainee's attempt stays quick to replay. */
export const maxImportRows = 5000;

/**
 * A spreadsheet, already read into text by the site (CSV or XLSX), and how
 * its columns become a record's fields. The dry run and the commit take the
 * same input.
 */
export const importInputSchema = v.object({
  /** What each row becomes. */
  entity: v.picklist(importEntities),
  /** The spreadsheet's file name, kept on the record of the import. */
  file: v.string(),
  /** The header row, as read from the file. */
  columns: v.array(v.string()),
  /** The data rows in the file's order, each a list of cells as text. */
  rows: v.array(v.array(v.string())),
  /** Column header → field of the entity's create command, e.g. { "电话": "phone" }; an empty field leaves the column out. */
  mapping: v.record(v.string(), v.string()),
  /** A row that repeats an existing record either fills that record's empty fields or is refused. */
  onDuplicate: v.picklist(['merge', 'reject']),
});
export type ImportInput = v.InferOutput<typeof importInputSchema>;

/** Commands of this module, each a valibot object with a literal `type` and a `data` object. */
export const importCommands = [
  v.object({
    type: v.literal('import.commit'),
    data: importInputSchema,
  }),
] as const;
export type ImportCommand = v.InferOutput<(typeof importCommands)[number]>;
