/**
 * A spreadsheet as the import takes it: a header row and data rows, every
 * cell as text. The engine reads the text (dates, amounts, phone numbers)
 * exactly as it reads what a person types into a form.
 */
export interface Sheet {
  readonly file: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/** Why a file cannot be imported, before any row is read; `column` is a column's letter, `row` a row of the file counted from 1. */
export type SheetProblem =
  | { readonly problem: 'type'; readonly file: string }
  | { readonly problem: 'xls'; readonly file: string }
  | { readonly problem: 'empty'; readonly file: string }
  | { readonly problem: 'unreadable'; readonly file: string }
  | { readonly problem: 'quotes'; readonly file: string; readonly row: number }
  | { readonly problem: 'no-header'; readonly file: string; readonly column: string }
  | { readonly problem: 'no-rows'; readonly file: string };

export type SheetRead = Sheet | SheetProblem;

export function isProblem(read: SheetRead): read is SheetProblem {
  return 'problem' in read;
}

/** The kinds of file the import reads, by their name's ending. */
export function fileKind(name: string): 'csv' | 'xlsx' | 'xls' | undefined {
  const ending = /\.([a-z]+)$/i.exec(name.trim())?.[1]?.toLowerCase();
  return ending === 'csv' || ending === 'xlsx' || ending === 'xls' ? ending : undefined;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A cell as text, as the sheet shows it: a date as 2026-03-02 (with the time
 * when it has one), a number in full (a mobile stored as a number keeps its
 * eleven digits), a blank as "". Spreadsheet dates carry no time zone; the
 * reader gives them as UTC, so they are written back from UTC.
 */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    const date = `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
    const [hours, minutes] = [value.getUTCHours(), value.getUTCMinutes()];
    return hours === 0 && minutes === 0 ? date : `${date} ${pad(hours)}:${pad(minutes)}`;
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') return Number.isInteger(value) ? value.toFixed(0) : String(value);
  return String(value);
}

/** A spreadsheet column's letters: 1 → A, 27 → AA. */
export function columnLetter(position: number): string {
  let letters = '';
  for (let n = position; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

const blank = (cell: string) => cell.trim() === '';

/**
 * The header and data rows of a sheet read cell by cell. Blank rows are no
 * data and are left out, as are trailing columns with neither a heading
 * nor a value. Every other column of the header row needs a heading, which
 * is how the mapping names it: a sheet whose first row leaves one out
 * (often a title row above the real headings) is refused, naming the
 * column. A data row with more or fewer cells than the header (a stray
 * separator in a CSV) is kept as it is, for the engine to refuse with its
 * row number.
 */
export function sheetFromCells(file: string, cells: readonly (readonly unknown[])[]): SheetRead {
  const lines = cells.map((row) => row.map(cellText)).filter((row) => !row.every(blank));
  if (lines.length === 0) return { problem: 'empty', file };
  const [header, ...data] = lines;
  let used = header.length;
  while (used > 0 && lines.every((row) => blank(row[used - 1] ?? ''))) used -= 1;
  const columns = header.slice(0, used).map((heading) => heading.trim());
  const unnamed = columns.findIndex(blank);
  if (unnamed !== -1) return { problem: 'no-header', file, column: columnLetter(unnamed + 1) };
  if (data.length === 0) return { problem: 'no-rows', file };
  const rows = data.map((row) => (row.length > used && row.slice(used).every(blank) ? row.slice(0, used) : row));
  return { file, columns, rows };
}
