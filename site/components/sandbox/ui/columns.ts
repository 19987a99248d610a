/** One column of a sandbox record list. */
export interface Column<Row> {
  readonly id: string;
  /** Already translated. */
  readonly label: string;
  readonly text: (row: Row) => string;
  /** What the column sorts by, when not its text (amounts, dates). */
  readonly sortBy?: (row: Row) => string | number;
  /** A second, quieter line under the text. */
  readonly secondary?: (row: Row) => string;
  /**
   * `open`: the text is the button that opens the record; `code` and `num`
   * set the type; `status` shows a badge, styled by `statusOf`.
   */
  readonly kind?: 'open' | 'code' | 'num' | 'status';
  /** The status badge's modifier class (`status-<value>`). */
  readonly statusOf?: (row: Row) => string;
  /** Hidden on narrow screens. */
  readonly wideOnly?: boolean;
}

/** Text folded for search: full-width to half-width, case, and the spaces and dashes people type in numbers. */
export function searchKey(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\s\-()]/g, '');
}
