import { performance } from 'node:perf_hooks';
import type { Scenario } from '../engine/index.ts';
import { boardMetrics } from '../site/records/board-metrics.ts';
import { errorReportCsv } from '../site/records/error-report-csv.ts';
import { errorReport } from '../site/records/error-report.ts';
import { boardScopes, type BoardScope } from '../site/records/board-ranking.ts';
import { boardPageSize, leaderboard } from '../site/records/leaderboard.ts';
import { lessonsWanted } from '../site/records/lessons-wanted.ts';
import { needsRetraining, retrainingMinCommands } from '../site/records/needs-retraining.ts';
import { periodKinds, type BucketSize, type PeriodKind } from '../site/records/periods.ts';
import type { Translate } from '../site/i18n/translate.ts';
import { defaultThreshold } from '../site/server/threshold.ts';
import { round, type Figure } from './figures.ts';
import { benchRecordsSize, generateRecords } from './records-data.ts';

/** A board or a dashboard query is drawn on every page view, from the records in memory: this is its budget. */
export const boardQueryTargetMs = 50;

export interface BoardsTiming {
  /** Untimed calls first, so the JIT has compiled the code before timing starts. */
  readonly warmups: number;
  /** Timed calls; the median is reported, so one slow call (GC, a busy machine) does not move it. */
  readonly rounds: number;
}

export const defaultBoardsTiming: BoardsTiming = { warmups: 3, rounds: 9 };

/** Fewer rounds on a large store: a million attempts take minutes to load, and each figure is a query on them. */
export const largeStoreTiming: BoardsTiming = { warmups: 1, rounds: 7 };

/** The median time of `call`, awaited when it answers a promise (a store's query). */
export async function medianMs(call: () => unknown, { warmups, rounds }: BoardsTiming = defaultBoardsTiming): Promise<number> {
  for (let n = 0; n < warmups; n++) await call();
  const times: number[] = [];
  for (let n = 0; n < rounds; n++) {
    const started = performance.now();
    await call();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(rounds / 2)];
}

/** Each board as its page asks for it (the first page) and as a trainee may (their place and three either side). */
export const boardWindows = { page: { limit: boardPageSize }, around: { neighbours: 3 } } as const;

/** A board's figure: the slowest of its metrics' and windows' times, each listed in the note. */
export function boardFigure(prefix: string, scope: BoardScope, period: PeriodKind, times: readonly { label: string; ms: number }[]): Figure {
  const slowest = times.reduce((worst, time) => (time.ms > worst.ms ? time : worst));
  return {
    name: `${prefix}.${scope}${period[0].toUpperCase()}${period.slice(1)}Ms`,
    value: round(slowest.ms, 2),
    unit: 'ms',
    target: { atMost: boardQueryTargetMs },
    note: `slowest: ${slowest.label}; ${times.map((time) => `${time.label} ${round(time.ms, 1)}`).join(', ')}`,
  };
}

/**
 * How long the leaderboards and the lead dashboard take over a company of
 * 1,000 users in 50 teams and 10,000 attempts (bench/records-data.ts). A
 * board is timed per scope and period; its figure is its slowest metric.
 */
export async function measureBoards(scenarios: readonly Scenario[], seed: number, now: string, timing: BoardsTiming = defaultBoardsTiming): Promise<Figure[]> {
  const { users, teams, attempts } = generateRecords(scenarios, seed, now);
  const viewer = users.find((user) => user.role === 'trainee')!;
  const size = `${users.length.toLocaleString('en-US')} users, ${teams.length} teams, ${attempts.length.toLocaleString('en-US')} attempts`;
  const target = { atMost: boardQueryTargetMs };

  const boards: Figure[] = [];
  for (const scope of boardScopes) {
    for (const period of periodKinds) {
      const times = [];
      for (const metric of boardMetrics)
        for (const [window, shown] of Object.entries(boardWindows))
          times.push({ label: `${metric} ${window}`, ms: await medianMs(() => leaderboard({ scope, period, metric, attempts, users, teams, now, viewer, minCommands: 30, ...shown }), timing) });
      boards.push(boardFigure('boards', scope, period, times));
    }
  }

  const report = (period: PeriodKind, bucket: BucketSize) => ({ attempts, users, teams, now, filters: { period }, bucket });
  const dashboard = async (period: PeriodKind, bucket: BucketSize): Promise<Figure> => ({
    name: `report.dashboard${period[0].toUpperCase()}${period.slice(1)}Ms`,
    value: round(await medianMs(() => errorReport(report(period, bucket)), timing), 2),
    unit: 'ms',
    target,
    note: `series per operator, team, scenario, step and code by ${bucket}, heat map, recurring`,
  });
  // The header's language costs nothing measurable; the keys themselves stand in for a catalogue.
  const t: Translate = (key) => key;
  // Every lesson the scenarios link to exists, as in content/lessons: the list is then the lessons not working.
  const lessonIds = new Set(scenarios.flatMap((scenario) => scenario.steps.flatMap((step) => step.watches.map((watch) => watch.lesson))));

  return [
    { name: 'boards.attempts', value: attempts.length, unit: 'attempts', note: `${size}, over ${benchRecordsSize.days} days` },
    ...boards,
    await dashboard('month', 'day'),
    await dashboard('all', 'week'),
    {
      name: 'report.retrainingMs',
      value: round(await medianMs(() => needsRetraining(report('all', 'week'), { threshold: defaultThreshold, minCommands: retrainingMinCommands, scenarios }), timing), 2),
      unit: 'ms',
      target,
      note: 'all time, 3 attempts in a row',
    },
    {
      name: 'report.csvAllMs',
      value: round(await medianMs(() => errorReportCsv(report('all', 'week'), t), timing), 2),
      unit: 'ms',
      note: 'a download, not a page view; all time by week, a row per week, operator, scenario version and step',
    },
    { name: 'report.lessonsWantedMs', value: round(await medianMs(() => lessonsWanted({ attempts, lessonIds, scenarios }), timing), 2), unit: 'ms', target },
  ];
}
