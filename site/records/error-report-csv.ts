import { mistakeCodes } from '../../engine/mistakes.ts';
import type { Translate } from '../i18n/translate.ts';
import { bucketPosition, bucketsBetween, type BucketSize } from './periods.ts';
import { reportScope, type ReportInput } from './report-scope.ts';

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

function compareTuples(a: readonly (string | number)[], b: readonly (string | number)[]): number {
  for (let index = 0; index < a.length; index++) if (a[index] !== b[index]) return a[index] < b[index] ? -1 : 1;
  return 0;
}

export function errorReportCsv(input: ReportInput & { readonly bucket: BucketSize }, t: Translate): string {
  const scope = reportScope(input);
  const teamNames = new Map(scope.teams.map((team) => [team.id, team.name]));
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
  // One group per period, operator and scenario version, sorted; its steps stay in the scenario's order.
  const groups = new Map<string, { order: readonly (string | number)[]; cells: string; steps: Map<string, { commands: number; mistakes: number; codes: number[] }> }>();
  // Each attempt's period found by arithmetic on one axis, rather than a date formatted per attempt.
  const first = scope.runs[0]?.at ?? 0;
  const periods = bucketsBetween(first, scope.runs.at(-1)?.at ?? first, input.bucket).map((bucket) => bucket.key);
  for (const run of scope.runs) {
    const operator = scope.operators.get(run.userId)!;
    const period = periods[bucketPosition(first, run.at, input.bucket)];
    // Ids joined with a character none of them holds.
    const key = [period, run.userId, run.scenarioId, run.scenarioVersion].join('\u0000');
    const group = groups.get(key) ?? {
      order: [period, run.userId, run.scenarioId, run.scenarioVersion],
      cells: record([
        period,
        textCell(operator.teamIds.flatMap((id) => teamNames.get(id) ?? []).join('; ')),
        textCell(operator.name),
        operator.username,
        run.scenarioId,
        String(run.scenarioVersion),
      ]),
      steps: new Map(),
    };
    groups.set(key, group);
    for (const step of run.perStep) {
      const row = group.steps.get(step.id) ?? group.steps.set(step.id, { commands: 0, mistakes: 0, codes: mistakeCodes.map(() => 0) }).get(step.id)!;
      row.commands += step.commands;
      row.mistakes += step.mistakes;
    }
    for (const mistake of run.mistakes) {
      const row = group.steps.get(mistake.step);
      if (row !== undefined) row.codes[mistakeCodes.indexOf(mistake.code)] += 1;
    }
  }
  const lines = [...groups.values()]
    .sort((a, b) => compareTuples(a.order, b.order))
    .flatMap((group) =>
      [...group.steps].map(
        ([step, row]) => `${group.cells},${field(step)},${row.commands},${row.mistakes},${row.commands === 0 ? '' : (row.mistakes / row.commands).toFixed(4)},${row.codes.join(',')}`,
      ),
    );
  return `${byteOrderMark}${[record(header), ...lines].join('\r\n')}\r\n`;
}
