import * as z from 'zod/mini';
import { importEntities } from './records.ts';

/** The most rows one import takes; a larger file is split, so a trainee's attempt stays quick to replay. */
export const maxImportRows = 5000;

/**
 * A spreadsheet, already read into text by the site (CSV or XLSX), and how
 * its columns become a record's fields. The dry run and the commit take the
 * same input.
 */
export const importInputSchema = z.object({
  /** What each row becomes. */
  entity: z.enum(importEntities),
  /** The spreadsheet's file name, kept on the record of the import. */
  file: z.string(),
  /** The header row, as read from the file. */
  columns: z.array(z.string()),
  /** The data rows in the file's order, each a list of cells as text. */
  rows: z.array(z.array(z.string())),
  /** Column header → field of the entity's create command, e.g. { "电话": "phone" }; an empty field leaves the column out. */
  mapping: z.record(z.string(), z.string()),
  /** A row that repeats an existing record either fills that record's empty fields or is refused. */
  onDuplicate: z.enum(['merge', 'reject']),
});
export type ImportInput = z.output<typeof importInputSchema>;

/** Commands of this module, each a zod object with a literal `type` and a `data` object. */
export const importCommands = [
  z.object({
    type: z.literal('import.commit'),
    data: importInputSchema,
  }),
] as const;
export type ImportCommand = z.output<(typeof importCommands)[number]>;
