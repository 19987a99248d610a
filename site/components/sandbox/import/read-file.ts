import { fileKind, type SheetRead } from './sheet.ts';

/**
 * A file the trainee uploads, read into a sheet or refused with the reason.
 * The CSV and XLSX readers are loaded only when such a file arrives, so they
 * add nothing to the player's first load.
 */
export async function readSpreadsheet(file: File): Promise<SheetRead> {
  const kind = fileKind(file.name);
  if (kind === undefined) return { problem: 'type', file: file.name };
  if (kind === 'xls') return { problem: 'xls', file: file.name };
  if (file.size === 0) return { problem: 'empty', file: file.name };
  const bytes = await file.arrayBuffer();
  if (kind === 'csv') return (await import('./csv.ts')).readCsv(file.name, bytes);
  return (await import('./xlsx.ts')).readXlsx(file.name, bytes);
}
