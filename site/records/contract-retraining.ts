import { describe, expect, it } from 'vitest';
import { mistakeCodes } from '../../engine/mistakes.ts';
import { seededRandom } from '../../engine/random.ts';
import { loadScenarios } from '../lib/scenarios.ts';
import { reportCompany } from './contract-reports.ts';
import { exampleAttempt, exampleTeam } from './examples.ts';
import { needsRetraining, retrainingStreaks, storeNeedsRetraining, type RetrainingStreak, type RetrainingStreaksQuery } from './needs-retraining.ts';
import { periodKinds } from './periods.ts';
import { reportOperators } from './report-scope.ts';
import { rangeMs, uniqueRuns, within } from './runs.ts';
import type { StoredAttempt } from './schema.ts';
import { StoreError, type RecordsStore } from './store.ts';

/**
 * The contract's part about the needs-retraining streaks (contract.ts runs
 * it for every store): each answer must be what `retrainingStreaks` finds in
 * the attempts themselves, for every rule, watch set, span and scope.
 */
export function describeRetrainingContract(subject: () => RecordsStore): void {
  describe('retrainingStreaks', () => {
    const company = reportCompany(20_261_127);
    const [incomplete, format, duplicate, skipped] = mistakeCodes;
    const made = (code: (typeof mistakeCodes)[number], count: number) => Array.from({ length: count }, () => ({ code, step: 'one', lesson: 'lesson-a' }));
    // p3's latest: a streak of format at one instant, in the order JavaScript compares ids (q-C < q-b < q-d < q-e): the clean q-C comes before it, not in it.
    const instant = '2026-12-05T04:00:00.000Z';
    const sameInstant = [
      exampleAttempt({ id: 'q-C', userId: 'p3', scenarioId: 'lead-to-cash', submittedAt: instant, commands: 10, mistakes: [] }),
      ...['q-b', 'q-d', 'q-e'].map((id) => exampleAttempt({ id, userId: 'p3', scenarioId: 'lead-to-cash', submittedAt: instant, commands: 10, mistakes: made(format, 5) })),
    ];
    const attempts = [...company.attempts, ...sameInstant];
    const watchSets = [
      [
        { scenarioId: 'lead-to-cash', code: incomplete },
        { scenarioId: 'lead-to-cash', code: format },
        { scenarioId: 'funnel-hygiene', code: format },
        { scenarioId: 'funnel-hygiene', code: skipped },
        { scenarioId: 'visit-reminders', code: duplicate },
      ],
      [{ scenarioId: 'visit-reminders', code: incomplete }],
      [],
    ];
    const byPair = (streaks: readonly RetrainingStreak[]) => [...streaks].sort((a, b) => (a.userId < b.userId ? -1 : a.userId > b.userId ? 1 : a.code < b.code ? -1 : 1));

    async function saved(list: readonly StoredAttempt[]): Promise<RecordsStore> {
      const store = subject();
      await store.createTeam(exampleTeam({ id: 'north' }));
      await store.createTeam(exampleTeam({ id: 'south' }));
      await store.createUsers(company.users);
      for (const attempt of list) await store.saveAttempt(attempt, []);
      return store;
    }

    /** Compares the store with the reference over the stored attempts; answers how many streaks it found. */
    async function expectReference(store: RecordsStore, query: RetrainingStreaksQuery): Promise<number> {
      const operators = new Set(reportOperators(company.users, query.teamIds).map((user) => user.id));
      const span = rangeMs(query);
      const runs = uniqueRuns(await store.attempts()).filter(
        (run) => operators.has(run.userId) && within(run, span) && (query.scenarioId === undefined || run.scenarioId === query.scenarioId),
      );
      const reference = byPair(retrainingStreaks(runs, query));
      expect({ query, streaks: byPair(await store.retrainingStreaks(query)) }).toEqual({ query, streaks: reference });
      return reference.length;
    }

    const scopes = [
      { from: '2026-01-01T00:00:00.000Z', to: '2027-01-01T00:00:00.000Z' },
      { from: '2026-10-03T05:30:00.000Z', to: '2026-11-20T11:00:00.000Z', teamIds: ['north'] },
      { from: '2026-09-30T16:00:00.000Z', to: '2026-10-31T16:00:00.000Z', teamIds: ['south', 'north'], scenarioId: 'lead-to-cash' },
      { from: '2026-10-12T04:00:00.000Z', to: '2026-11-29T07:00:00.000Z', teamIds: ['north'], scenarioId: 'funnel-hygiene' },
    ];

    it('finds the streaks retrainingStreaks finds in the attempts, for every rule, watch set, span, team choice and scenario, saved out of time order', async () => {
      const store = await saved(seededRandom(9).shuffle(attempts));
      let found = 0;
      for (const scope of scopes)
        for (const watches of watchSets)
          for (const threshold of [0, 0.1, 0.2, 1 / 3])
            for (const minCommands of [0, 25])
              for (const inARow of [1, 3]) found += await expectReference(store, { ...scope, watches, threshold, minCommands, inARow });
      expect(found).toBeGreaterThan(100);
      // The streak at one instant, after the clean attempt in JavaScript's order of ids.
      const streaks = await store.retrainingStreaks({ ...scopes[0], watches: watchSets[0], threshold: 0.4, minCommands: 0, inARow: 3 });
      expect(streaks.find((streak) => streak.userId === 'p3' && streak.code === format)?.attempts.map((attempt) => attempt.id)).toEqual(['q-b', 'q-d', 'q-e']);
    });

    it('finds a streak made or broken by attempts saved after a list was drawn', async () => {
      const store = await saved(attempts.slice(80, 200));
      const query = { ...scopes[0], watches: watchSets[0], threshold: 0.1, minCommands: 0, inARow: 3 };
      await expectReference(store, query);
      for (const attempt of [...attempts.slice(0, 80), ...attempts.slice(200)]) await store.saveAttempt(attempt, []);
      await expectReference(store, query);
    });

    it('gives the route the list needsRetraining draws from the attempts, for every period and team choice', async () => {
      const store = await saved(attempts);
      const scenarios = loadScenarios();
      const stored = await store.attempts();
      let listed = 0;
      for (const now of ['2026-10-20T03:00:00.000Z', '2026-12-02T08:00:00.000Z'])
        for (const period of periodKinds)
          for (const teamIds of [undefined, ['south']]) {
            const question = { users: company.users, teams: await store.teams(), now, filters: { period, teamIds } };
            const query = { threshold: 0.1, minCommands: 20, scenarios };
            const entries = await storeNeedsRetraining(store, question, query);
            expect(entries).toEqual(needsRetraining({ ...question, attempts: stored }, query));
            listed += entries.length;
          }
      expect(listed).toBeGreaterThan(0);
    });

    it('refuses a negative threshold, a streak of none and a malformed instant', async () => {
      const store = subject();
      const query = { ...scopes[0], watches: [], threshold: 0.1, minCommands: 0, inARow: 3 };
      for (const [wrong, field] of [
        [{ threshold: -0.1 }, 'threshold'],
        [{ inARow: 0 }, 'inARow'],
        [{ from: 'yesterday' }, 'from'],
      ] as const) {
        const refusal = await store.retrainingStreaks({ ...query, ...wrong }).then(
          () => undefined,
          (error: unknown) => error,
        );
        expect(refusal).toBeInstanceOf(StoreError);
        expect({ code: (refusal as StoreError).code, field: (refusal as StoreError).field }).toEqual({ code: 'invalid', field });
      }
    });
  });
}
