import type { Rejection } from '../result.ts';

/** The kinds of record a spreadsheet can be imported as. */
export const importEntities = ['account', 'contact'] as const;
export type ImportEntity = (typeof importEntities)[number];

/** What became of one spreadsheet row. Every row gets exactly one; `row` counts data rows from 1. */
export type RowOutcome =
  | { readonly row: number; readonly outcome: 'imported'; readonly id: string }
  | {
      readonly row: number;
      readonly outcome: 'merged';
      /** The existing record the row repeats. */
      readonly id: string;
      /** The field by which the row was recognised (code, nameZh, nameEn, phone, email). */
      readonly match: string;
      /** The record's empty fields the row filled in; none when the record already had them. */
      readonly fields: readonly string[];
    }
  | {
      readonly row: number;
      readonly outcome: 'rejected';
      readonly rejection: Rejection;
      /** The spreadsheet column holding the refused field, when the field came from one. */
      readonly column?: string;
    };

/** A finished import: what was asked, and every row's outcome. */
export interface ImportRun {
  readonly id: string;
  readonly entity: ImportEntity;
  readonly file: string;
  readonly rows: readonly RowOutcome[];
  readonly by: string;
  readonly at: number;
}

/** How many rows went each way; `total` is every row of the file. */
export interface ImportCounts {
  readonly imported: number;
  readonly merged: number;
  readonly rejected: number;
  readonly total: number;
}

/** What an import does or did, as shown to the person importing. */
export interface ImportReport {
  readonly run: ImportRun;
  readonly counts: ImportCounts;
}

export function importReport(run: ImportRun): ImportReport {
  const counts = { imported: 0, merged: 0, rejected: 0, total: run.rows.length };
  for (const { outcome } of run.rows) counts[outcome] += 1;
  return { run, counts };
}
