import { readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { Scenario } from '../engine/index.ts';
import type { Translate } from '../site/i18n/translate.ts';
import { storeErrorReportCsv } from '../site/records/error-report-csv.ts';
import { storeErrorReport } from '../site/records/error-report.ts';
import { storeLessonsWanted } from '../site/records/lessons-wanted.ts';
import { retrainingMinCommands, storeNeedsRetraining } from '../site/records/needs-retraining.ts';
import type { User } from '../site/records/schema.ts';
import type { RecordsStore } from '../site/records/store.ts';
import { reportQuestion } from '../site/server/report-request.ts';
import { defaultThreshold } from '../site/server/threshold.ts';
import { boardQueryTargetMs, largeStoreTiming, medianMs } from './boards.ts';
import { notAvailable, round, type Figure } from './figures.ts';

/**
 * The dashboard's figures on a loaded PostgreSQL store, each asked as its
 * API route asks it: the lead's error report for their teams and the
 * admin's for every team (this month, by day), from the store's tallies,
 * the consultant's lessons wanted over every attempt on record, the
 * needs-retraining list (the lead's teams this month, every team all time);
 * then the CSV download of every team, all time, as its route writes it.
 * `label` names the size (`postgres.<label>.reports.*`).
 */

export async function measurePostgresReports(store: RecordsStore, users: readonly User[], scenarios: readonly Scenario[], now: string, label: string): Promise<Figure[]> {
  const prefix = `postgres.${label}.reports`;
  const lead = users.find((user) => user.role === 'lead')!;
  const admin: User = { ...lead, id: 'bench-admin', role: 'admin', teamIds: [] };
  const figures: Figure[] = [];
  const report = (viewer: User, query: string) => async () => {
    const asked = await reportQuestion(new URL(`http://bench/api/reports/errors?${query}`), viewer, store, new Date(now));
    if (!asked.ok) throw new Error(asked.error.message);
    return storeErrorReport(store, asked.question);
  };
  for (const [who, viewer] of [
    ['lead', lead],
    ['admin', admin],
  ] as const) {
    figures.push({
      name: `${prefix}.${who}MonthMs`,
      value: round(await medianMs(report(viewer, 'period=month&bucket=day'), largeStoreTiming), 1),
      unit: 'ms',
      target: { atMost: boardQueryTargetMs },
      note: who === 'lead' ? "a lead's team, this month, by day" : 'every team, this month, by day',
    });
  }
  // The widest question: every attempt on record, summed per person, team, scenario, step and code (seconds at a million: fewer rounds).
  const whole = await report(admin, 'period=all&bucket=week')();
  figures.push({
    name: `${prefix}.adminAllTimeMs`,
    value: round(await medianMs(report(admin, 'period=all&bucket=week'), { warmups: 0, rounds: 3 }), 1),
    unit: 'ms',
    note: `every team, all time, by week; the report ${round(JSON.stringify(whole).length / 1e6, 2)} MB as JSON, naming ${whole.operators.length} of ${whole.heatMap.of.toLocaleString('en-US')} operators`,
  });
  // Every lesson the scenarios link to exists, as in bench/boards.ts: the list is then the lessons not working.
  const lessonIds = new Set(scenarios.flatMap((scenario) => scenario.steps.flatMap((step) => step.watches.map((watch) => watch.lesson))));
  figures.push({
    name: `${prefix}.lessonsWantedMs`,
    value: round(await medianMs(() => storeLessonsWanted(store, { lessonIds, scenarios }), largeStoreTiming), 1),
    unit: 'ms',
    note: 'every attempt on record, from a row per person and mistake/lesson pair',
  });
  figures.push(...(await measureRetraining(store, lead, admin, scenarios, now, prefix)));
  figures.push(...(await measureCsv(store, admin, now, prefix)));
  return figures;
}

/** The needs-retraining list as its route asks it (the default threshold, 30 commands, 3 in a row): the lead's teams this month, and every team all time. */
async function measureRetraining(store: RecordsStore, lead: User, admin: User, scenarios: readonly Scenario[], now: string, prefix: string): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const [name, viewer, period, note] of [
    ['retrainingLeadMonthMs', lead, 'month', "a lead's teams, this month"],
    ['retrainingAllMs', admin, 'all', 'every team, all time'],
  ] as const) {
    const asked = await reportQuestion(new URL(`http://bench/api/reports/retraining?period=${period}`), viewer, store, new Date(now));
    if (!asked.ok) throw new Error(asked.error.message);
    const list = () => storeNeedsRetraining(store, asked.question, { threshold: defaultThreshold, minCommands: retrainingMinCommands, scenarios });
    const listed = (await list()).length;
    const ms = await medianMs(list, largeStoreTiming);
    figures.push({ name: `${prefix}.${name}`, value: round(ms, 1), unit: 'ms', target: period === 'month' ? { atMost: boardQueryTargetMs } : undefined, note: `${note}: ${listed} listed` });
  }
  return figures;
}

/** The header's keys as they are: the catalogues are JSON modules, which the bench's Node does not import without an attribute (as bench/boards.ts). */
const keys: Translate = (key) => key;

/** Linux's resident memory of this process, MB: now, and at its peak since `resetPeak`; undefined where there is no /proc. */
function residentMb(): { now: number; peak: number } | undefined {
  try {
    const status = readFileSync('/proc/self/status', 'utf8');
    const mb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]) / 1024;
    return { now: mb('VmRSS'), peak: mb('VmHWM') };
  } catch {
    return undefined;
  }
}

/** Starts Linux's peak resident memory of this process again from what it holds now (proc(5), clear_refs). */
function resetPeak(): boolean {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    return true;
  } catch {
    return false;
  }
}

/**
 * The admin's CSV of every team, all time, by week: the route's work
 * (errors.csv.ts) in this process, drained once (it is the largest answer
 * the site gives), with how far the process's resident memory rose above
 * what it held before. The rows come from the store a page at a time, so
 * the rise should stay a few pages' worth whatever the size.
 */
async function measureCsv(store: RecordsStore, admin: User, now: string, prefix: string): Promise<Figure[]> {
  const asked = await reportQuestion(new URL('http://bench/api/reports/errors.csv?period=all&bucket=week'), admin, store, new Date(now));
  if (!asked.ok) throw new Error(asked.error.message);
  const canReset = resetPeak();
  const before = residentMb();
  const started = performance.now();
  let bytes = 0;
  let pieces = 0;
  for await (const piece of storeErrorReportCsv(store, asked.question, keys)) {
    bytes += Buffer.byteLength(piece);
    pieces += 1;
  }
  const ms = performance.now() - started;
  const after = residentMb();
  const size = `${round(bytes / 1_048_576, 1)} MB in ${pieces} pieces`;
  return [
    { name: `${prefix}.csvAllMs`, value: round(ms, 0), unit: 'ms', note: `every team, all time, by week: ${size}, written as the route writes it` },
    before === undefined || after === undefined || !canReset
      ? notAvailable(`${prefix}.csvAllPeakMb`, 'MB', 'no /proc/self/clear_refs on this system')
      : { name: `${prefix}.csvAllPeakMb`, value: round(after.peak - before.now, 0), unit: 'MB', note: `resident memory's rise while writing it (${round(before.now, 0)} MB before)` },
  ];
}
