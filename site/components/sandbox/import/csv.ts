import Papa from 'papaparse';
import { sheetFromCells, type SheetRead } from './sheet.ts';

/**
 * A CSV file's text. Excel on a Chinese Windows saves CSV in GB18030 (GBK),
 * elsewhere it is UTF-8: bytes that are not valid UTF-8 are read as
 * GB18030, so 公司名称 arrives as 公司名称 either way. A UTF-8 byte-order
 * mark is dropped.
 */
export function csvText(bytes: ArrayBuffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/** A CSV file read into a sheet; its separator (comma, semicolon, tab) is detected. A quote left open makes the rest of the file one cell, so it is refused with its row. */
export function readCsv(file: string, bytes: ArrayBuffer): SheetRead {
  const { data, errors } = Papa.parse<string[]>(csvText(bytes), { skipEmptyLines: 'greedy' });
  const quotes = errors.find((error) => error.type === 'Quotes');
  if (quotes) return { problem: 'quotes', file, row: (quotes.row ?? 0) + 1 };
  return sheetFromCells(file, data);
}
