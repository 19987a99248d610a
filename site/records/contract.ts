import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AttemptEntry } from '../../engine/scenario/record.ts';
import { seededRandom } from '../../engine/random.ts';
import { boardMetrics } from './board-metrics.ts';
import { boardScopes, rankingOf, type BoardRankingQuery } from './board-ranking.ts';
import { describeReportContract } from './contract-reports.ts';
import { describeRetrainingContract } from './contract-retraining.ts';
import { exampleAttempt, exampleEntries, exampleLesson, examplePublishedScenario, exampleTeam, exampleUser } from './examples.ts';
import { periodKinds } from './periods.ts';
import type { StoredAttempt, Team, User } from './schema.ts';
import { StoreError, type RecordsStore, type StoreErrorCode } from './store.ts';

/**
 * What every RecordsStore must do, as one vitest suite each implementation
 * runs against itself (memory-store.test.ts, lowdb-store.test.ts, and later
 * PostgreSQL): the answers of every method, the refusals with their code and
 * field, and that a refusal changes nothing.
 */

export interface StoreUnderTest {
  /** A store over empty records. */
  readonly store: RecordsStore;
  /** Opens the same records again once `store` is closed, as a restarted server does; absent for a store that keeps nothing. */
  reopen?(): Promise<RecordsStore>;
  /** Closes what is open and removes what the store left behind. */
  cleanup(): Promise<void>;
}

export function describeRecordsStore(name: string, open: () => Promise<StoreUnderTest>): void {
  describe(`RecordsStore contract: ${name}`, () => {
    let subject: StoreUnderTest;
    let store: RecordsStore;

    beforeEach(async () => {
      subject = await open();
      store = subject.store;
    });
    afterEach(async () => {
      await subject.cleanup();
    });

    describe('teams', () => {
      it('keeps teams as the schema reads them, in the order they were created', async () => {
        expect(await store.createTeam(exampleTeam({ id: 'north', name: '  North  ' }))).toEqual({ id: 'north', name: 'North' });
        await store.createTeam(exampleTeam({ id: 'east', name: 'East' }));
        expect(await store.teams()).toEqual([
          { id: 'north', name: 'North' },
          { id: 'east', name: 'East' },
        ]);
      });

      it('refuses a team id already taken, changing nothing', async () => {
        await store.createTeam(exampleTeam({ id: 'north', name: 'North' }));
        await expectRefusal(store.createTeam(exampleTeam({ id: 'north', name: 'Other' })), 'conflict', 'id');
        expect(await store.teams()).toEqual([{ id: 'north', name: 'North' }]);
      });

      it('refuses an invalid team naming the field, storing nothing', async () => {
        await expectRefusal(store.createTeam(exampleTeam({ id: 'north east' })), 'invalid', 'id');
        await expectRefusal(store.createTeam(exampleTeam({ name: '   ' })), 'invalid', 'name');
        expect(await store.isEmpty()).toBe(true);
      });
    });

    describe('users', () => {
      beforeEach(async () => {
        await store.createTeam(exampleTeam({ id: 'north' }));
        await store.createTeam(exampleTeam({ id: 'east' }));
      });

      it('keeps a user with the username lower-cased, found by id and by username in any case', async () => {
        const created = await store.createUser(exampleUser({ id: 'u1', username: ' Li.Wei ', teamIds: ['north'] }));
        expect(created).toEqual(exampleUser({ id: 'u1', username: 'li.wei', teamIds: ['north'] }));
        expect(await store.user('u1')).toEqual(created);
        expect(await store.userByUsername('LI.WEI')).toEqual(created);
        expect(await store.user('u2')).toBeUndefined();
        expect(await store.userByUsername('zhang.min')).toBeUndefined();
      });

      it('lists users narrowed by team and by role', async () => {
        await store.createUser(exampleUser({ id: 'u1', username: 'li.wei', teamIds: ['north'] }));
        await store.createUser(exampleUser({ id: 'u2', username: 'zhang.min', role: 'lead', teamIds: ['north', 'east'] }));
        await store.createUser(exampleUser({ id: 'u3', username: 'admin', role: 'admin' }));
        expect(ids(await store.users())).toEqual(['u1', 'u2', 'u3']);
        expect(ids(await store.users({ teamId: 'east' }))).toEqual(['u2']);
        expect(ids(await store.users({ role: 'trainee' }))).toEqual(['u1']);
        expect(ids(await store.users({ teamId: 'north', role: 'lead' }))).toEqual(['u2']);
      });

      it('refuses a user id already taken, changing nothing', async () => {
        await store.createUser(exampleUser({ id: 'u1', username: 'li.wei' }));
        await expectRefusal(store.createUser(exampleUser({ id: 'u1', username: 'zhang.min' })), 'conflict', 'id');
        expect(ids(await store.users())).toEqual(['u1']);
        expect(await store.userByUsername('zhang.min')).toBeUndefined();
      });

      it('refuses a username already taken, compared lower-cased, naming it before an id also taken', async () => {
        await store.createUser(exampleUser({ id: 'u1', username: 'li.wei' }));
        await expectRefusal(store.createUser(exampleUser({ id: 'u2', username: 'Li.Wei' })), 'conflict', 'username');
        await expectRefusal(store.createUser(exampleUser({ id: 'u1', username: 'li.wei' })), 'conflict', 'username');
        expect(ids(await store.users())).toEqual(['u1']);
      });

      it('refuses a user on a team that does not exist', async () => {
        await expectRefusal(store.createUser(exampleUser({ id: 'u1', teamIds: ['north', 'west'] })), 'invalid', 'teamIds');
        expect(await store.users()).toEqual([]);
      });

      it('refuses an invalid user naming the field, storing nothing', async () => {
        await expectRefusal(store.createUser(invalid<User>({ ...exampleUser(), role: 'boss' })), 'invalid', 'role');
        await expectRefusal(store.createUser(exampleUser({ username: 'li wei' })), 'invalid', 'username');
        await expectRefusal(store.createUser(exampleUser({ createdAt: 'yesterday' })), 'invalid', 'createdAt');
        expect(await store.users()).toEqual([]);
      });
    });

    describe('createUsers', () => {
      beforeEach(async () => {
        await store.createTeam(exampleTeam({ id: 'north' }));
        await store.createUser(exampleUser({ id: 'u1', username: 'li.wei' }));
      });

      it('keeps every user of the list, in its order', async () => {
        const created = await store.createUsers([exampleUser({ id: 'u2', username: 'Zhang.Min', teamIds: ['north'] }), exampleUser({ id: 'u3', username: 'wang.fang' })]);
        expect(ids(created)).toEqual(['u2', 'u3']);
        expect(ids(await store.users())).toEqual(['u1', 'u2', 'u3']);
        expect((await store.userByUsername('zhang.min'))?.id).toBe('u2');
      });

      it('refuses the whole list for one bad user, storing none of it', async () => {
        const fine = exampleUser({ id: 'u2', username: 'zhang.min' });
        await expectRefusal(store.createUsers([fine, exampleUser({ id: 'u3', username: 'LI.WEI' })]), 'conflict', 'username');
        await expectRefusal(store.createUsers([fine, exampleUser({ id: 'u3', username: 'Zhang.Min' })]), 'conflict', 'username');
        await expectRefusal(store.createUsers([fine, exampleUser({ id: 'u2', username: 'wang.fang' })]), 'conflict', 'id');
        await expectRefusal(store.createUsers([fine, exampleUser({ id: 'u3', username: 'wang.fang', teamIds: ['west'] })]), 'invalid', 'teamIds');
        await expectRefusal(store.createUsers([fine, invalid<User>({ ...exampleUser({ id: 'u3', username: 'wang.fang' }), role: 'boss' })]), 'invalid', 'role');
        expect(ids(await store.users())).toEqual(['u1']);
        expect(await store.userByUsername('zhang.min')).toBeUndefined();
      });
    });

    describe('updateUser', () => {
      beforeEach(async () => {
        await store.createTeam(exampleTeam({ id: 'north' }));
        await store.createUser(exampleUser({ id: 'u1', username: 'li.wei' }));
        await store.createUser(exampleUser({ id: 'u2', username: 'zhang.min' }));
      });

      it('changes the given fields and keeps the id', async () => {
        // An id among the changes, as a request body might carry one, is not applied.
        const change: Partial<User> = { role: 'lead', teamIds: ['north'], displayName: 'Wei', id: 'u9' };
        const updated = await store.updateUser('u1', change);
        expect(updated).toEqual(exampleUser({ id: 'u1', username: 'li.wei', role: 'lead', teamIds: ['north'], displayName: 'Wei' }));
        expect(await store.user('u1')).toEqual(updated);
        expect(await store.user('u9')).toBeUndefined();
        expect(ids(await store.users({ teamId: 'north' }))).toEqual(['u1']);
      });

      it('moves the username: the new one finds the user, the old one is free again', async () => {
        await store.updateUser('u1', { username: 'Wei.Li' });
        expect((await store.userByUsername('wei.li'))?.id).toBe('u1');
        expect(await store.userByUsername('li.wei')).toBeUndefined();
        await store.createUser(exampleUser({ id: 'u3', username: 'li.wei' }));
        expect((await store.updateUser('u1', { username: 'WEI.LI' })).username).toBe('wei.li');
      });

      it('refuses an unknown user as not found', async () => {
        await expectRefusal(store.updateUser('u9', { name: 'Nobody' }), 'not-found', 'id');
        expect(await store.user('u9')).toBeUndefined();
      });

      it('refuses a username taken by another user, changing nothing', async () => {
        const before = await store.user('u1');
        await expectRefusal(store.updateUser('u1', { username: 'Zhang.Min', name: 'Someone' }), 'conflict', 'username');
        expect(await store.user('u1')).toEqual(before);
        expect((await store.userByUsername('zhang.min'))?.id).toBe('u2');
      });

      it('refuses an invalid change or an unknown team, changing nothing', async () => {
        const before = await store.user('u1');
        await expectRefusal(store.updateUser('u1', { name: '' }), 'invalid', 'name');
        await expectRefusal(store.updateUser('u1', { teamIds: ['west'] }), 'invalid', 'teamIds');
        expect(await store.user('u1')).toEqual(before);
      });
    });

    describe('attempts', () => {
      it('keeps an attempt and its entries', async () => {
        const attempt = exampleAttempt({ id: 'a1' });
        const entries = exampleEntries(5);
        expect(await store.saveAttempt(attempt, entries)).toEqual({ created: true, attempt });
        expect(await store.attempt('a1')).toEqual(attempt);
        expect(await store.attemptEntries('a1')).toEqual(entries);
        expect(await store.attempt('a2')).toBeUndefined();
        expect(await store.attemptEntries('a2')).toBeUndefined();
      });

      it('keeps the first of two saves with the same id, and its entries only', async () => {
        const first = exampleAttempt({ id: 'a1', score: 82 });
        await store.saveAttempt(first, exampleEntries(5));
        expect(await store.saveAttempt(exampleAttempt({ id: 'a1', score: 100 }), exampleEntries(9))).toEqual({ created: false, attempt: first });
        expect(await store.attempt('a1')).toEqual(first);
        expect(await store.attemptEntries('a1')).toEqual(exampleEntries(5));
        expect(await store.attempts()).toEqual([first]);
      });

      it('creates an attempt saved twice at once only once', async () => {
        const answers = await Promise.all([
          store.saveAttempt(exampleAttempt({ id: 'a1', score: 82 }), exampleEntries(5)),
          store.saveAttempt(exampleAttempt({ id: 'a1', score: 100 }), exampleEntries(9)),
        ]);
        expect(answers.map(({ created }) => created).sort()).toEqual([false, true]);
        expect(answers[1].attempt).toEqual(answers[0].attempt);
        expect(await store.attempts()).toEqual([answers[0].attempt]);
      });

      it('lists attempts oldest submission first, whatever order they were saved in, comparing instants', async () => {
        await store.saveAttempt(exampleAttempt({ id: 'late', submittedAt: '2026-11-02T11:00:00.000Z' }), []);
        await store.saveAttempt(exampleAttempt({ id: 'early', submittedAt: '2026-11-02T09:00:00.000Z' }), []);
        // 17:30 in Shanghai is 09:30 UTC: between the two, although it sorts last as text.
        await store.saveAttempt(exampleAttempt({ id: 'middle', submittedAt: '2026-11-02T17:30:00+08:00' }), []);
        expect(ids(await store.attempts())).toEqual(['early', 'middle', 'late']);
      });

      it('narrows attempts by users, scenario and period, from inclusive and to exclusive', async () => {
        const at = (hour: number) => `2026-11-02T${String(hour).padStart(2, '0')}:00:00.000Z`;
        await store.saveAttempt(exampleAttempt({ id: 'a1', userId: 'u1', scenarioId: 'lead-to-cash', submittedAt: at(9) }), []);
        await store.saveAttempt(exampleAttempt({ id: 'a2', userId: 'u2', scenarioId: 'lead-to-cash', submittedAt: at(10) }), []);
        await store.saveAttempt(exampleAttempt({ id: 'a3', userId: 'u1', scenarioId: 'funnel-hygiene', submittedAt: at(11) }), []);
        await store.saveAttempt(exampleAttempt({ id: 'a4', userId: 'u3', scenarioId: 'lead-to-cash', submittedAt: at(12) }), []);
        expect(ids(await store.attempts({ userIds: ['u1', 'u3'] }))).toEqual(['a1', 'a3', 'a4']);
        expect(ids(await store.attempts({ userIds: [] }))).toEqual([]);
        expect(ids(await store.attempts({ scenarioId: 'lead-to-cash' }))).toEqual(['a1', 'a2', 'a4']);
        expect(ids(await store.attempts({ from: at(10), to: at(12) }))).toEqual(['a2', 'a3']);
        expect(ids(await store.attempts({ userIds: ['u1'], scenarioId: 'funnel-hygiene', from: at(9) }))).toEqual(['a3']);
        await expectRefusal(store.attempts({ from: 'yesterday' }), 'invalid', 'from');
      });

      it('refuses an invalid attempt or entry naming the field, storing nothing', async () => {
        await expectRefusal(store.saveAttempt(exampleAttempt({ score: 130 }), []), 'invalid', 'score');
        await expectRefusal(store.saveAttempt(exampleAttempt({ submittedAt: '2 Nov 2026' }), []), 'invalid', 'submittedAt');
        const entries = exampleEntries(3);
        entries[1] = { kind: 'hint', offsetMs: -5 };
        await expectRefusal(store.saveAttempt(exampleAttempt(), entries), 'invalid', 'entries.1.offsetMs');
        expect(await store.isEmpty()).toBe(true);
        expect(await store.attemptEntries(exampleAttempt().id)).toBeUndefined();
      });
    });

    describe('boardRanking', () => {
      // Eight trainees on three teams (one on two, one on none) and a lead, over three months around the turn of a
      // month, in a week that spans it: several versions, repeats, equal scores and equal times, runs left
      // unfinished, saved out of time order.
      const random = seededRandom(20_261_123);
      const teams = ['t1', 't2', 't3'].map((id) => exampleTeam({ id, name: `Team ${id}` }));
      const teamsOf: Record<string, string[]> = { p1: ['t1'], p2: ['t1'], p3: ['t1', 't3'], p4: ['t2'], p5: ['t2'], p6: ['t3'], p7: ['t3'], p8: [], lead: ['t1'] };
      const people = Object.entries(teamsOf).map(([id, teamIds]) => exampleUser({ id, username: id, role: id === 'lead' ? 'lead' : 'trainee', teamIds }));
      const start = Date.parse('2026-09-20T00:00:00Z');
      const attempts = Array.from({ length: 240 }, (_, index) => {
        const mistakes = random.int(0, 3);
        return exampleAttempt({
          id: `b${String(index).padStart(3, '0')}`,
          userId: random.pick(people).id,
          scenarioId: random.pick(['lead-to-cash', 'funnel-hygiene', 'visit-reminders']),
          scenarioVersion: random.int(1, 2),
          // On the hour, so that some share an instant.
          submittedAt: new Date(start + random.int(0, 24 * 75) * 3_600_000).toISOString(),
          completed: random.int(0, 5) > 0,
          score: random.pick([60, 80, 80, 100]),
          commands: random.int(4, 20),
          mistakes: exampleAttempt().mistakes.slice(0, 1).flatMap((mistake) => Array.from({ length: mistakes }, () => mistake)),
        });
      });
      const nows = ['2026-11-01T03:00:00.000Z', '2026-10-31T15:59:59.999Z', '2026-12-02T08:00:00.000Z', '2026-10-14T08:00:00.000Z'];
      const viewer = { id: 'p3', teamIds: ['t1'] };
      const company = async () => {
        for (const team of teams) await store.createTeam(team);
        await store.createUsers(people);
      };
      /** What board-ranking.ts computes from what the store holds. */
      const expected = async (query: BoardRankingQuery) => rankingOf({ attempts: await store.attempts(), users: await store.users(), teams: await store.teams() }, query);

      it('answers what rankingOf computes from the records, for every scope, metric, period and moment', async () => {
        await company();
        for (const attempt of random.shuffle(attempts)) await store.saveAttempt(attempt, []);
        for (const now of nows)
          for (const period of periodKinds)
            for (const metric of boardMetrics)
              for (const scope of boardScopes)
                for (const minCommands of [0, 30]) {
                  const query = { scope, metric, period, now, minCommands, viewer };
                  expect({ query, ranking: await store.boardRanking(query) }).toEqual({ query, ranking: await expected(query) });
                }
      });

      it('answers a page or the places around the viewer, with the viewer’s own places and the total', async () => {
        await company();
        for (const attempt of attempts) await store.saveAttempt(attempt, []);
        const windows = [{ offset: 2, limit: 3 }, { limit: 1 }, { offset: 40, limit: 5 }, { neighbours: 1 }, { neighbours: 0 }];
        for (const period of periodKinds)
          for (const metric of boardMetrics)
            for (const scope of boardScopes)
              for (const window of windows) {
                const query = { scope, metric, period, now: nows[0], minCommands: 0, viewer, ...window };
                const ranking = await store.boardRanking(query);
                expect({ query, ranking }).toEqual({ query, ranking: await expected(query) });
                if (window.offset === 40) expect(ranking.rows).toEqual([]);
              }
        const whole = await store.boardRanking({ scope: 'individual', metric: 'completed', period: 'all', now: nows[0], minCommands: 0, viewer });
        expect(whole.total).toBe(8);
        expect(whole.own.map((row) => row.id)).toEqual(['p3']);
        expect(whole.rows.map((row) => row.id)).not.toContain('lead');
      });

      it('stays right when an attempt of an earlier month arrives after a board was drawn', async () => {
        await company();
        for (const attempt of attempts.slice(0, 120)) await store.saveAttempt(attempt, []);
        const query = { scope: 'individual' as const, metric: 'improved' as const, period: 'all' as const, now: nows[2], minCommands: 0, viewer };
        await store.boardRanking(query);
        for (const attempt of attempts.slice(120)) await store.saveAttempt(attempt, []);
        for (const metric of boardMetrics)
          for (const period of periodKinds) expect(await store.boardRanking({ ...query, metric, period })).toEqual(await expected({ ...query, metric, period }));
      });

      it('keeps the earliest of equal runs, whichever was saved first', async () => {
        await company();
        const run = (id: string, hour: number, score: number, commands: number) =>
          exampleAttempt({ id, userId: 'p1', submittedAt: `2026-11-02T${String(hour).padStart(2, '0')}:00:00.000Z`, score, commands });
        await store.saveAttempt(run('late', 11, 90, 10), []);
        await store.saveAttempt(run('early', 9, 90, 30), []);
        await store.saveAttempt(run('worse', 8, 70, 50), []);
        await store.saveAttempt(exampleAttempt({ id: 'other', userId: 'lead', score: 100 }), []);
        const query = { scope: 'individual' as const, metric: 'accuracy' as const, period: 'all' as const, now: '2026-11-03T00:00:00.000Z', minCommands: 0, viewer };
        const counts = [{ scenarioId: exampleAttempt().scenarioId, version: exampleAttempt().scenarioVersion }];
        const mistakes = exampleAttempt().mistakes.length;
        const only = (value: number, commands: number) => ({ rows: [{ rank: 1, id: 'p1', value, commands, counts }], own: [], total: 1 });
        expect(await store.boardRanking(query)).toEqual(only(1 - mistakes / 30, 30));
        expect(await store.boardRanking({ ...query, metric: 'completed' })).toEqual(only(1, 50));
        expect(await store.boardRanking({ ...query, metric: 'score' })).toEqual(only(90, 30));
      });

      it('refuses a window that is not whole numbers, naming it', async () => {
        const query = { scope: 'individual' as const, metric: 'score' as const, period: 'all' as const, now: nows[0], minCommands: 0, viewer };
        await expectRefusal(store.boardRanking({ ...query, neighbours: -1 }), 'invalid', 'neighbours');
        await expectRefusal(store.boardRanking({ ...query, offset: 1.5 }), 'invalid', 'offset');
        await expectRefusal(store.boardRanking({ ...query, limit: 0 }), 'invalid', 'limit');
      });
    });

    describeReportContract(() => store);
    describeRetrainingContract(() => store);

    describe('xAPI delivery marks', () => {
      const at = (hour: number) => `2026-11-02T${String(hour).padStart(2, '0')}:00:00.000Z`;
      beforeEach(async () => {
        await store.saveAttempt(exampleAttempt({ id: 'late', submittedAt: at(11) }), []);
        await store.saveAttempt(exampleAttempt({ id: 'early', submittedAt: at(9) }), []);
        await store.saveAttempt(exampleAttempt({ id: 'middle', submittedAt: at(10) }), []);
      });

      it('lists attempts not yet delivered, oldest submission first, at most the limit', async () => {
        expect(await store.xapiPending(10)).toEqual([
          exampleAttempt({ id: 'early', submittedAt: at(9) }),
          exampleAttempt({ id: 'middle', submittedAt: at(10) }),
          exampleAttempt({ id: 'late', submittedAt: at(11) }),
        ]);
        expect(ids(await store.xapiPending(2))).toEqual(['early', 'middle']);
      });

      it('lists an attempt no more once marked, and marking again changes nothing', async () => {
        await store.markXapiDelivered(['middle', 'early']);
        expect(ids(await store.xapiPending(10))).toEqual(['late']);
        await store.markXapiDelivered(['early']);
        await store.markXapiDelivered([]);
        expect(ids(await store.xapiPending(10))).toEqual(['late']);
        await store.saveAttempt(exampleAttempt({ id: 'newest', submittedAt: at(12) }), []);
        expect(ids(await store.xapiPending(10))).toEqual(['late', 'newest']);
        await store.markXapiDelivered(['late', 'newest']);
        expect(await store.xapiPending(10)).toEqual([]);
        expect(ids(await store.attempts())).toEqual(['early', 'middle', 'late', 'newest']);
      });

      it('refuses an unknown attempt, marking none of the list', async () => {
        const refusal = await expectRefusal(store.markXapiDelivered(['early', 'nobody']), 'not-found', 'attemptIds');
        expect(refusal.message).toContain('"nobody"');
        expect(ids(await store.xapiPending(10))).toEqual(['early', 'middle', 'late']);
      });

      it('refuses a limit that is not a whole number from 1', async () => {
        await expectRefusal(store.xapiPending(0), 'invalid', 'limit');
        await expectRefusal(store.xapiPending(2.5), 'invalid', 'limit');
      });
    });

    describe('lessons', () => {
      it('keeps every version, oldest first, narrowed by lesson and language', async () => {
        await store.saveLesson(exampleLesson({ version: 1, title: '  First  ' }));
        await store.saveLesson(exampleLesson({ locale: 'zh-CN', version: 1, title: '统一格式' }));
        await store.saveLesson(exampleLesson({ version: 2, title: 'Second' }));
        await store.saveLesson(exampleLesson({ lessonId: 'search-before-create', version: 1 }));
        expect((await store.lessons()).map(({ lessonId, locale, version }) => `${lessonId} ${locale} ${version}`)).toEqual([
          'unified-formats en 1',
          'unified-formats zh-CN 1',
          'unified-formats en 2',
          'search-before-create en 1',
        ]);
        expect(await store.lessons({ lessonId: 'unified-formats', locale: 'en' })).toEqual([
          exampleLesson({ version: 1, title: 'First' }),
          exampleLesson({ version: 2, title: 'Second' }),
        ]);
        expect(await store.lessons({ locale: 'zh-CN' })).toEqual([exampleLesson({ locale: 'zh-CN', version: 1, title: '统一格式' })]);
        expect(await store.isEmpty()).toBe(false);
      });

      it('refuses a version that is not the next one, so a stale edit overwrites nothing', async () => {
        await expectRefusal(store.saveLesson(exampleLesson({ version: 2 })), 'conflict', 'version');
        await store.saveLesson(exampleLesson({ version: 1 }));
        await store.saveLesson(exampleLesson({ version: 2, title: 'Theirs' }));
        const refusal = await expectRefusal(store.saveLesson(exampleLesson({ version: 2, title: 'Mine' })), 'conflict', 'version');
        expect(refusal.message).toContain('is at version 2, so the next save is version 3');
        expect((await store.lessons()).map(({ title }) => title)).toEqual([exampleLesson().title, 'Theirs']);
      });

      it('refuses an invalid lesson naming the field, storing nothing', async () => {
        await expectRefusal(store.saveLesson(exampleLesson({ lessonId: 'Unified Formats' })), 'invalid', 'lessonId');
        await expectRefusal(store.saveLesson(exampleLesson({ body: '   ' })), 'invalid', 'body');
        await expectRefusal(store.saveLesson(invalid({ ...exampleLesson(), mistake: 'typo.everywhere' })), 'invalid', 'mistake');
        await expectRefusal(store.saveLesson(invalid({ ...exampleLesson(), locale: 'fr' })), 'invalid', 'locale');
        expect(await store.isEmpty()).toBe(true);
      });
    });

    describe('published scenarios', () => {
      it('keeps every published version, oldest first', async () => {
        await store.publishScenario(examplePublishedScenario({ version: 1 }));
        await store.publishScenario(examplePublishedScenario({ scenarioId: 'lost-deal-reasons', version: 3 }));
        await store.publishScenario(examplePublishedScenario({ version: 2, source: 'id: visit-reminders\nversion: 2\n' }));
        expect((await store.publishedScenarios()).map(({ scenarioId, version }) => `${scenarioId} ${version}`)).toEqual([
          'visit-reminders 1',
          'lost-deal-reasons 3',
          'visit-reminders 2',
        ]);
        expect(await store.isEmpty()).toBe(false);
      });

      it('refuses a version already published, keeping the first', async () => {
        await store.publishScenario(examplePublishedScenario());
        await expectRefusal(store.publishScenario(examplePublishedScenario({ source: 'changed' })), 'conflict', 'version');
        await expectRefusal(store.publishScenario(examplePublishedScenario({ scenarioId: '../etc' })), 'invalid', 'scenarioId');
        expect(await store.publishedScenarios()).toEqual([examplePublishedScenario()]);
      });
    });

    describe('isEmpty', () => {
      it('is true until a team or a user is stored', async () => {
        expect(await store.isEmpty()).toBe(true);
        await store.createUser(exampleUser());
        expect(await store.isEmpty()).toBe(false);
      });

      it('is false once an attempt is stored', async () => {
        await store.saveAttempt(exampleAttempt(), exampleEntries(2));
        expect(await store.isEmpty()).toBe(false);
      });
    });

    it('settles after a bulk load changing nothing stored, and refuses once closed', async () => {
      await store.createUser(exampleUser());
      await store.saveAttempt(exampleAttempt(), exampleEntries(2));
      await store.settle();
      expect(await store.attempts()).toEqual([exampleAttempt()]);
      expect(await store.attemptEntries(exampleAttempt().id)).toEqual(exampleEntries(2));
      await store.close();
      await expect(store.settle()).rejects.toThrow();
    });

    it('keeps its own copies: changing what was saved or what was read changes nothing stored', async () => {
      const team: Team = exampleTeam();
      const attempt: StoredAttempt = exampleAttempt();
      const entries: AttemptEntry[] = exampleEntries(2);
      await store.createTeam(team);
      await store.saveAttempt(attempt, entries);
      team.name = 'Changed';
      attempt.perStep[0].commands = 99;
      entries[0].offsetMs = 99;
      expect(await store.teams()).toEqual([exampleTeam()]);
      expect(await store.attempt(attempt.id)).toEqual(exampleAttempt());
      expect(await store.attemptEntries(attempt.id)).toEqual(exampleEntries(2));

      const [read] = await store.teams();
      const readAttempt = await store.attempt(attempt.id);
      const readEntries = await store.attemptEntries(attempt.id);
      tryToChange(() => (read.name = 'Changed'));
      tryToChange(() => readAttempt && (readAttempt.mistakes.length = 0));
      tryToChange(() => readEntries && (readEntries[0].offsetMs = 99));
      expect(await store.teams()).toEqual([exampleTeam()]);
      expect(await store.attempt(attempt.id)).toEqual(exampleAttempt());
      expect(await store.attemptEntries(attempt.id)).toEqual(exampleEntries(2));
    });

    describe('close', () => {
      it('finishes the writes under way before it resolves, then refuses calls', async () => {
        const saving = store.saveAttempt(exampleAttempt(), exampleEntries(2));
        const creating = store.createTeam(exampleTeam());
        await store.close();
        expect((await saving).created).toBe(true);
        expect(await creating).toEqual(exampleTeam());
        await expect(store.teams()).rejects.toThrow(/closed/);
        await expect(store.saveAttempt(exampleAttempt({ id: 'a2' }), [])).rejects.toThrow(/closed/);
      });

      it('keeps everything across close and reopen', async ({ skip }) => {
        if (subject.reopen === undefined) return skip('this store keeps nothing once closed');
        await store.createTeam(exampleTeam({ id: 'north' }));
        await store.createUser(exampleUser({ id: 'u1', username: 'li.wei', teamIds: ['north'] }));
        await store.updateUser('u1', { displayName: 'Wei' });
        await store.saveAttempt(exampleAttempt({ id: 'a2', submittedAt: '2026-12-01T08:00:00.000Z' }), exampleEntries(3));
        await store.saveAttempt(exampleAttempt({ id: 'a1' }), exampleEntries(2));
        await store.saveLesson(exampleLesson());
        await store.publishScenario(examplePublishedScenario());
        await store.markXapiDelivered(['a2']);
        await store.close();

        store = await subject.reopen();
        expect(ids(await store.xapiPending(10))).toEqual(['a1']);
        expect(await store.lessons()).toEqual([exampleLesson()]);
        expect(await store.publishedScenarios()).toEqual([examplePublishedScenario()]);
        expect(await store.isEmpty()).toBe(false);
        expect(await store.teams()).toEqual([exampleTeam({ id: 'north' })]);
        expect(await store.userByUsername('li.wei')).toEqual(exampleUser({ id: 'u1', username: 'li.wei', teamIds: ['north'], displayName: 'Wei' }));
        expect(ids(await store.attempts())).toEqual(['a1', 'a2']);
        expect(await store.attempt('a2')).toEqual(exampleAttempt({ id: 'a2', submittedAt: '2026-12-01T08:00:00.000Z' }));
        expect(await store.attemptEntries('a1')).toEqual(exampleEntries(2));
        expect(await store.attemptEntries('a2')).toEqual(exampleEntries(3));
        expect((await store.saveAttempt(exampleAttempt({ id: 'a1', score: 5 }), [])).created).toBe(false);
      });
    });
  });
}

/** Expects a StoreError with this code, and this field when one is given. */
export async function expectRefusal(action: Promise<unknown>, code: StoreErrorCode, field?: string): Promise<StoreError> {
  const error = await action.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error, `expected a StoreError "${code}"`).toBeInstanceOf(StoreError);
  const refusal = error as StoreError;
  expect({ code: refusal.code, field: refusal.field }).toEqual({ code, field });
  return refusal;
}

function ids(records: readonly { id: string }[]): string[] {
  return records.map(({ id }) => id);
}

/** A value the types forbid, to check that the store refuses it at run time too. */
function invalid<T>(value: unknown): T {
  return value as T;
}

/** A store may hand out frozen records, which throw when changed; either way, the store must not change. */
function tryToChange(change: () => unknown): void {
  try {
    change();
  } catch {
    return;
  }
}
