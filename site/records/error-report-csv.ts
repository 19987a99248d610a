import { mistakeCodes } from '../../engine/mistakes.ts';
import type { Translate } from '../i18n/translate.ts';
import type { BucketSize } from './periods.ts';
import { reportRows, type ReportRow } from './report-rows.ts';
import { reportFrame, reportRange, reportScope, type ReportFrame, type ReportInput, type ReportQuestion } from './report-scope.ts';
import type { RecordsStore } from './store.ts';

/**
 * The periodic error report as a CSV file a lead opens in Excel: one row per
 * period bucket, operator, scenario version and step, with commands,
 * mistakes, the error rate and a column per mistake code — flat, so that a
 * pivot table can regroup it any way.
 *
 * Choices, and why:
 * - The header is in the reader's language (`t`), since people read it; each
 *   code's column also carries the code itself, `Data lost (data.lost)`, and
 *   cells hold ids, codes and numbers, never translated text, so a script can
 *   read the file whatever language it was exported in.
 * - UTF-8 with a byte-order mark: without it Excel on a Chinese Windows reads
 *   UTF-8 as GBK and the names come out garbled.
 * - RFC 4180: CRLF between records; a field holding a comma, quote, CR or LF
 *   is quoted, quotes doubled.
 * - A text cell starting with = + - @ (a name someone typed) gets a leading
 *   apostrophe, so Excel shows it rather than running it as a formula.
 * - Rates are decimals with a dot and four places (0.1250), which Excel reads
 *   as a number in either language; an empty cell when nothing was issued.
 */

const formulaStart = /^[=+\-@\t\r]/;

function textCell(value: string): string {
  return formulaStart.test(value) ? `'${value}` : value;
}

function field(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

function record(values: readonly string[]): string {
  return values.map(field).join(',');
}

const byteOrderMark = '\uFEFF';

/** What writes the file: its first line, then the lines of each chunk of rows, every record ending in CRLF. */
interface CsvWriter {
  readonly head: string;
  lines(rows: readonly ReportRow[]): string;
}

function csvWriter(frame: ReportFrame, t: Translate): CsvWriter {
  const teamNames = new Map(frame.teams.map((team) => [team.id, team.name]));
  const header = [
    t('report.csv.period'),
    t('report.csv.team'),
    t('report.csv.operator'),
    t('report.csv.username'),
    t('report.csv.scenario'),
    t('report.csv.version'),
    t('report.csv.step'),
    t('report.csv.commands'),
    t('report.csv.mistakes'),
    t('report.csv.errorRate'),
    ...mistakeCodes.map((code) => `${t(`mistake.${code}`)} (${code})`),
  ];
  // Each operator's cells written once, not once per row.
  const operatorCells = new Map<string, string>();
  const cellsOf = (userId: string): string | undefined => {
    const operator = frame.operators.get(userId);
    if (operator === undefined) return undefined;
    const cells = operatorCells.get(userId) ?? record([textCell(operator.teamIds.flatMap((id) => teamNames.get(id) ?? []).join('; ')), textCell(operator.name), operator.username]);
    operatorCells.set(userId, cells);
    return cells;
  };
  return {
    head: `${byteOrderMark}${record(header)}\r\n`,
    lines(rows) {
      let text = '';
      for (const row of rows) {
        const cells = cellsOf(row.userId);
        // A trainee who joined the chosen teams after the question was read is not one it names.
        if (cells === undefined) continue;
        const rate = row.commands === 0 ? '' : (row.mistakes / row.commands).toFixed(4);
        text += `${field(row.bucket)},${cells},${field(row.scenarioId)},${row.version},${field(row.stepId)},${row.commands},${row.mistakes},${rate},${row.codes.join(',')}\r\n`;
      }
      return text;
    },
  };
}

/** The whole file from the attempts themselves (the reference; the route streams `errorReportCsvChunks` instead). */
export function errorReportCsv(input: ReportInput & { readonly bucket: BucketSize }, t: Translate): string {
  const scope = reportScope(input);
  const writer = csvWriter(scope, t);
  return writer.head + writer.lines(reportRows(scope.runs, input.bucket));
}

/**
 * The file a piece at a time from a store's rows (`RecordsStore.reportRows`):
 * the first line, then each chunk's lines, never the whole text at once.
 * The first chunk is asked for before the first line is given, so a store
 * that cannot answer fails before the file has begun.
 */
export async function* errorReportCsvChunks(question: ReportQuestion, rows: AsyncIterable<readonly ReportRow[]>, t: Translate): AsyncGenerator<string> {
  const writer = csvWriter(reportFrame(question), t);
  const chunks = rows[Symbol.asyncIterator]();
  try {
    let chunk = await chunks.next();
    yield writer.head;
    for (; !chunk.done; chunk = await chunks.next()) {
      const lines = writer.lines(chunk.value);
      if (lines !== '') yield lines;
    }
  } finally {
    // A reader who stops early stops the store's pages too.
    await chunks.return?.();
  }
}

/** The file as its route writes it: from the store's rows for the question, a chunk at a time. */
export function storeErrorReportCsv(store: Pick<RecordsStore, 'reportRows'>, question: ReportQuestion & { readonly bucket: BucketSize }, t: Translate): AsyncGenerator<string> {
  const { from, to } = reportRange(question.filters, question.now);
  const { teamIds, scenarioId } = question.filters;
  return errorReportCsvChunks(question, store.reportRows({ teamIds, scenarioId, from, to, bucket: question.bucket }), t);
}
