import { describe, expect, it } from 'vitest';
import { mistakeCodes } from '../../engine/mistakes.ts';
import { seededRandom } from '../../engine/random.ts';
import { errorReport, storeErrorReport } from './error-report.ts';
import { lessonTallies, lessonsWanted, storeLessonsWanted, type LessonTally } from './lessons-wanted.ts';
import { exampleAttempt, exampleTeam, exampleUser } from './examples.ts';
import { bucketSizes, periodKinds, type BucketSize } from './periods.ts';
import { useTranslations } from '../i18n/catalogues.ts';
import { errorReportCsv, errorReportCsvChunks } from './error-report-csv.ts';
import { reportRows, type ReportRow, type ReportRowsQuery } from './report-rows.ts';
import { reportRange, reportScope, type ReportFilters, type ReportQuestion } from './report-scope.ts';
import { tallyRuns, type ReportTallies } from './report-tallies.ts';
import type { StoredAttempt, User } from './schema.ts';
import { StoreError, type RecordsStore } from './store.ts';

/**
 * The contract's part about the figures a store sums for the dashboard
 * (contract.ts runs it for every store): each answer must be what the
 * JavaScript reference computes from the attempts themselves.
 */

/**
 * A company of two teams over ten weeks around the turn of a month: trainees,
 * a lead and a consultant who practise too, a trainee on no team; attempts on
 * three scenarios with mistakes of several codes in several steps, some on
 * the hour (so some share an instant, some fall on a China midnight), some
 * written with an offset, to be saved out of time order.
 */
export function reportCompany(seed: number): { readonly users: User[]; readonly attempts: StoredAttempt[] } {
  const random = seededRandom(seed);
  const users = [
    ...['p1', 'p2', 'p3', 'p4', 'p5'].map((id) => exampleUser({ id, username: id, teamIds: ['north'] })),
    ...['p6', 'p7'].map((id) => exampleUser({ id, username: id, teamIds: ['south'] })),
    exampleUser({ id: 'p8', username: 'p8', teamIds: ['north', 'south'] }),
    exampleUser({ id: 'loner', username: 'loner' }),
    exampleUser({ id: 'lead', username: 'lead', role: 'lead', teamIds: ['north'] }),
    exampleUser({ id: 'consultant', username: 'consultant', role: 'consultant' }),
  ];
  const start = Date.parse('2026-09-20T00:00:00Z');
  const steps = ['one', 'two', 'three', 'four'];
  const lessons = ['lesson-a', 'lesson-b'];
  const attempts = Array.from({ length: 240 }, (_, index) => {
    const at = start + random.int(0, 24 * 70) * 3_600_000 + (random.int(0, 3) === 0 ? random.int(0, 3_599_999) : 0);
    const offset = random.int(0, 5) === 0;
    const perStep = random.shuffle(steps).slice(0, random.int(1, 4));
    // Now and then a step summarised twice, as a scenario that returns to a step would.
    if (random.int(0, 9) === 0) perStep.push(perStep[0]);
    return exampleAttempt({
      id: `r${String(index).padStart(3, '0')}`,
      userId: random.pick(users).id,
      scenarioId: random.pick(['lead-to-cash', 'funnel-hygiene', 'visit-reminders']),
      submittedAt: offset ? new Date(at + 8 * 3_600_000).toISOString().replace('Z', '+08:00') : new Date(at).toISOString(),
      completed: random.int(0, 4) > 0,
      commands: random.int(0, 20),
      mistakes: Array.from({ length: random.int(0, 4) }, () => ({ code: random.pick(mistakeCodes.slice(0, 4)), step: random.pick(steps), lesson: random.pick(lessons) })),
      perStep: perStep.map((id) => ({ id, commands: random.int(0, 6), mistakes: random.int(0, 2), hints: 0 })),
    });
  });
  return { users, attempts };
}

/** Tallies with every list sorted, since a store gives rows in no particular order. */
function inAnyOrder(tallies: ReportTallies): unknown {
  const sorted = <T>(rows: readonly T[]) => rows.map((row) => JSON.stringify(row)).sort();
  return {
    ...tallies,
    operators: { ...tallies.operators, rows: sorted(tallies.operators.rows) },
    teams: { ...tallies.teams, rows: sorted(tallies.teams.rows) },
    scenarios: sorted(tallies.scenarios),
    steps: sorted(tallies.steps),
    codes: sorted(tallies.codes),
    codePeople: sorted(tallies.codePeople),
    heat: sorted(tallies.heat.map((row) => ({ ...row, codes: sorted(row.codes) }))),
    recurring: sorted(tallies.recurring.map((entry) => ({ ...entry, operators: sorted(entry.operators) }))),
  };
}

/** Moments a report is drawn at: inside a month, the last instant of one in China, in the next. */
const nows = ['2026-11-01T03:00:00.000Z', '2026-10-31T15:59:59.999Z', '2026-12-02T08:00:00.000Z'];
/** Spans cut anywhere: inside one day, across one China midnight, from and to odd hours, from midnight to midnight. */
const ranges = [
  { from: '2026-10-05T01:00:00.000Z', to: '2026-10-05T09:00:00.000Z' },
  { from: '2026-10-05T10:00:00.000Z', to: '2026-10-06T03:00:00.000Z' },
  { from: '2026-10-03T05:30:00.000Z', to: '2026-10-20T11:00:00.000Z' },
  { from: '2026-09-30T16:00:00.000Z', to: '2026-10-31T16:00:00.000Z' },
];
/** Every trainee, one team, both teams. */
const teamChoices = [undefined, ['north'], ['south', 'north']];
/** What the report contracts ask about: every moment × period × team choice, with and without a scenario; and every span. */
const reportQuestions: readonly (readonly [string, ReportFilters])[] = [
  ...nows.flatMap((now) =>
    periodKinds.flatMap((period) => teamChoices.flatMap((teamIds) => [undefined, 'lead-to-cash'].map((scenarioId) => [now, { period, teamIds, scenarioId }] as const))),
  ),
  ...ranges.flatMap((range) => teamChoices.map((teamIds) => [nows[0], { period: 'month' as const, range, teamIds }] as const)),
];

export function describeReportContract(subject: () => RecordsStore): void {
  describe('reportTallies', () => {
    const { users, attempts } = reportCompany(20_261_124);

    async function save(store: RecordsStore, saved: readonly StoredAttempt[]) {
      await store.createTeam(exampleTeam({ id: 'north' }));
      await store.createTeam(exampleTeam({ id: 'south' }));
      await store.createUsers(users);
      for (const attempt of saved) await store.saveAttempt(attempt, []);
    }

    async function expectReference(store: RecordsStore, now: string, filters: ReportFilters) {
      const stored = await store.attempts();
      for (const bucket of bucketSizes) {
        const question = { users, teams: await store.teams(), now, filters, bucket };
        expect({ filters, bucket, report: await storeErrorReport(store, question) }).toEqual({ filters, bucket, report: errorReport({ ...question, attempts: stored }) });
        // Few people named: who makes the cut, ties and all.
        const scope = reportScope({ ...question, attempts: stored });
        const { from, to } = scope.range;
        for (const top of [1, 3])
          expect({ filters, bucket, top, tallies: inAnyOrder(await store.reportTallies({ ...filters, from, to, bucket, top })) }).toEqual({
            filters,
            bucket,
            top,
            tallies: inAnyOrder(tallyRuns(scope.runs, scope, { bucket, top })),
          });
      }
    }

    it('sums what the error report counts from the attempts, for every period, span, team choice and scenario', async () => {
      const store = subject();
      await save(store, seededRandom(5).shuffle(attempts));
      for (const [now, filters] of reportQuestions) await expectReference(store, now, filters);
    });

    it('has nothing to sum before the first attempt, and counts one arriving after a report was drawn', async () => {
      const store = subject();
      await save(store, []);
      await expectReference(store, nows[0], { period: 'all' });
      await store.saveAttempt(attempts[0], []);
      await expectReference(store, nows[2], { period: 'all' });
    });
  });

  describe('lessonTallies', () => {
    const { attempts } = reportCompany(20_261_125);
    const [incomplete, format, duplicate] = mistakeCodes;
    const query = {
      watches: [
        { scenarioId: 'lead-to-cash', code: incomplete },
        { scenarioId: 'lead-to-cash', code: format },
        { scenarioId: 'funnel-hygiene', code: format },
        { scenarioId: 'visit-reminders', code: duplicate },
      ],
    };
    const byPair = (tallies: readonly LessonTally[]) => [...tallies].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : a.lesson < b.lesson ? -1 : 1));

    async function expectReference(store: RecordsStore) {
      const stored = await store.attempts();
      for (const watches of [query.watches, query.watches.slice(1), []]) expect(byPair(await store.lessonTallies({ watches }))).toEqual(byPair(lessonTallies(stored, { watches })));
      const wanted = { lessonIds: new Set(['lesson-a']), scenarios: [], minPeople: 2, repeatThreshold: 0.3 };
      expect(await storeLessonsWanted(store, wanted)).toEqual(lessonsWanted({ ...wanted, attempts: stored }));
    }

    it('counts what lessonsWanted counts from every attempt, saved out of time order', async () => {
      const store = subject();
      await expectReference(store);
      for (const attempt of seededRandom(6).shuffle(attempts)) await store.saveAttempt(attempt, []);
      await expectReference(store);
    });

    it('moves a first back and a latest forward when an older or newer attempt arrives after a list was drawn', async () => {
      const store = subject();
      for (const attempt of attempts.slice(60, 180)) await store.saveAttempt(attempt, []);
      await expectReference(store);
      for (const attempt of [...attempts.slice(0, 60), ...attempts.slice(180)]) await store.saveAttempt(attempt, []);
      await expectReference(store);
    });
  });

  describeReportRows(subject);
}

/** The CSV's rows (report-rows.ts): what the reference computes from the attempts, in order, a chunk at a time, and the file written from them. */
function describeReportRows(subject: () => RecordsStore): void {
  describe('reportRows', () => {
    const company = reportCompany(20_261_126);
    // Names the CSV must quote or defuse, and a second version of each scenario.
    const users = company.users.map((user) => (user.id === 'p1' ? { ...user, name: '王芳, "小王"' } : user.id === 'p6' ? { ...user, name: '=HYPERLINK("x")' } : user));
    const attempts = company.attempts.map((attempt, index) => (index % 7 === 0 ? { ...attempt, scenarioVersion: 3 } : attempt));
    const teams = [exampleTeam({ id: 'north', name: 'North' }), exampleTeam({ id: 'south', name: 'South; "2"' })];
    const t = useTranslations('en');

    async function saved(): Promise<RecordsStore> {
      const store = subject();
      for (const team of teams) await store.createTeam(team);
      await store.createUsers(users);
      for (const attempt of seededRandom(8).shuffle(attempts)) await store.saveAttempt(attempt, []);
      return store;
    }

    async function drain<T>(iterable: AsyncIterable<T>): Promise<T[]> {
      const all: T[] = [];
      for await (const item of iterable) all.push(item);
      return all;
    }

    function queryOf(question: ReportQuestion, bucket: BucketSize, chunk?: number): ReportRowsQuery {
      const { from, to } = reportRange(question.filters, question.now);
      return { teamIds: question.filters.teamIds, scenarioId: question.filters.scenarioId, from, to, bucket, chunk };
    }

    async function expectReference(store: RecordsStore, now: string, filters: ReportFilters, chunk?: number) {
      const stored = await store.attempts();
      for (const bucket of bucketSizes) {
        const question = { users, teams, now, filters, bucket };
        const chunks = await drain(store.reportRows(queryOf(question, bucket, chunk)));
        expect(chunks.filter((rows) => rows.length === 0)).toEqual([]);
        expect({ filters, bucket, rows: chunks.flat() }).toEqual({ filters, bucket, rows: reportRows(reportScope({ ...question, attempts: stored }).runs, bucket) });
        const text = (await drain(errorReportCsvChunks(question, chunked(chunks), t))).join('');
        expect(text).toBe(errorReportCsv({ ...question, attempts: stored }, t));
      }
    }

    it('answers the rows the CSV writes from the attempts, and the same file, for every period, span, team choice and scenario', async () => {
      const store = await saved();
      for (const [now, filters] of reportQuestions) await expectReference(store, now, filters);
    });

    it('comes in chunks of about the attempts asked for, each holding whole operators of a bucket', async () => {
      const store = await saved();
      for (const bucket of bucketSizes) {
        const counts = [];
        for (const chunk of [1, 7, 40]) {
          await expectReference(store, nows[0], { period: 'all' }, chunk);
          await expectReference(store, nows[0], { period: 'all', teamIds: ['south'], scenarioId: 'visit-reminders' }, chunk);
          const chunks = await drain(store.reportRows({ from: '2026-01-01T00:00:00.000Z', to: '2027-01-01T00:00:00.000Z', bucket, chunk }));
          const operators = chunks.map((rows) => new Set(rows.map((row) => `${row.bucket} ${row.userId}`)));
          operators.forEach((inChunk, index) => operators.slice(index + 1).forEach((later) => expect([...inChunk].filter((key) => later.has(key))).toEqual([])));
          // One attempt a chunk: each operator of each bucket alone.
          if (chunk === 1) expect(operators.every((inChunk) => inChunk.size === 1)).toBe(true);
          counts.push(chunks.length);
        }
        expect(counts[2]).toBeGreaterThan(1);
        expect(counts).toEqual([...counts].sort((a, b) => b - a));
      }
    });

    it('refuses a malformed question when the first chunk is asked for', async () => {
      const store = subject();
      const query = { from: '2026-10-01T00:00:00.000Z', to: '2026-11-01T00:00:00.000Z', bucket: 'week' } as const;
      for (const [wrong, field] of [
        [{ bucket: 'month' }, 'bucket'],
        [{ from: 'yesterday' }, 'from'],
        [{ chunk: 0 }, 'chunk'],
      ] as const) {
        const refusal = await drain(store.reportRows({ ...query, ...wrong } as ReportRowsQuery)).then(
          () => undefined,
          (error: unknown) => error,
        );
        expect(refusal).toBeInstanceOf(StoreError);
        expect({ code: (refusal as StoreError).code, field: (refusal as StoreError).field }).toEqual({ code: 'invalid', field });
      }
    });
  });
}

/** Chunks already drained, handed over again as a store hands them. */
async function* chunked(chunks: readonly (readonly ReportRow[])[]): AsyncGenerator<readonly ReportRow[]> {
  yield* chunks;
}
