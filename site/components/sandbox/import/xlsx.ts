import { InvalidInputError, readSheet } from 'read-excel-file/universal';
import { sheetFromCells, type SheetRead } from './sheet.ts';

/**
 * The first sheet of an XLSX file. The universal reader parses in the page
 * itself (an import takes at most a few thousand rows), so the same code
 * reads the file in the browser and in the unit tests. A legacy .xls in
 * disguise, a damaged zip or an empty file is refused with its reason.
 */
export async function readXlsx(file: string, bytes: ArrayBuffer): Promise<SheetRead> {
  try {
    return sheetFromCells(file, await readSheet(bytes));
  } catch (error) {
    if (error instanceof InvalidInputError && error.code === 'XLS_FILE_NOT_SUPPORTED') return { problem: 'xls', file };
    if (error instanceof InvalidInputError && error.code === 'NO_DATA') return { problem: 'empty', file };
    return { problem: 'unreadable', file };
  }
}
