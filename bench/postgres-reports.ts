import type { Scenario } from '../engine/index.ts';
import { storeErrorReport } from '../site/records/error-report.ts';
import { storeLessonsWanted } from '../site/records/lessons-wanted.ts';
import type { User } from '../site/records/schema.ts';
import type { RecordsStore } from '../site/records/store.ts';
import { reportQuestion } from '../site/server/report-request.ts';
import { boardQueryTargetMs, largeStoreTiming, medianMs } from './boards.ts';
import { round, type Figure } from './figures.ts';

/**
 * The dashboard's figures on a loaded PostgreSQL store, each asked as its
 * API route asks it: the lead's error report for their teams and the
 * admin's for every team (this month, by day), from the store's tallies,
 * and the consultant's lessons wanted over every attempt on record.
 * `label` names the size (`postgres.<label>.reports.*`).
 */


export async function measurePostgresReports(store: RecordsStore, users: readonly User[], scenarios: readonly Scenario[], now: string, label: string): Promise<Figure[]> {
  const prefix = `postgres.${label}.reports`;
  const lead = users.find((user) => user.role === 'lead')!;
  const admin: User = { ...lead, id: 'bench-admin', role: 'admin', teamIds: [] };
  const figures: Figure[] = [];
  for (const [who, viewer] of [
    ['lead', lead],
    ['admin', admin],
  ] as const) {
    const ms = await medianMs(async () => {
      const asked = await reportQuestion(new URL('http://bench/api/reports/errors?period=month&bucket=day'), viewer, store, new Date(now));
      if (!asked.ok) throw new Error(asked.error.message);
      return storeErrorReport(store, asked.question);
    }, largeStoreTiming);
    figures.push({
      name: `${prefix}.${who}MonthMs`,
      value: round(ms, 1),
      unit: 'ms',
      target: { atMost: boardQueryTargetMs },
      note: who === 'lead' ? "a lead's team, this month, by day" : 'every team, this month, by day',
    });
  }
  // Every lesson the scenarios link to exists, as in bench/boards.ts: the list is then the lessons not working.
  const lessonIds = new Set(scenarios.flatMap((scenario) => scenario.steps.flatMap((step) => step.watches.map((watch) => watch.lesson))));
  figures.push({
    name: `${prefix}.lessonsWantedMs`,
    value: round(await medianMs(() => storeLessonsWanted(store, { lessonIds, scenarios }), largeStoreTiming), 1),
    unit: 'ms',
    note: 'every attempt on record, from a row per person and mistake/lesson pair',
  });
  return figures;
}
