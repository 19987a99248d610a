import type { Rejection } from '../result.ts';

/** What became of one spreadsheet row. Every row gets exactly one. */
export type RowOutcome =
  | { readonly row: number; readonly outcome: 'imported'; readonly id: string }
  | { readonly row: number; readonly outcome: 'merged'; readonly id: string; readonly fields: readonly string[] }
  | { readonly row: number; readonly outcome: 'rejected'; readonly rejection: Rejection };

/** A finished import: what was asked, and every row's outcome. */
export interface ImportRun {
  readonly id: string;
  readonly entity: 'account' | 'contact';
  readonly file: string;
  readonly rows: readonly RowOutcome[];
  readonly by: string;
  readonly at: number;
}
