import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { getJson, post, signIn, type ApiSession } from '../../bench/api-client.ts';
import { notBuilt, startBuiltServer, type BuiltServer } from '../../bench/built-server.ts';
import { submissionBodies } from '../../bench/submission-bodies.ts';
import { sealAttempt, startAttempt } from '../../engine/index.ts';
import { playMoves } from '../../engine/scenario/walkthrough.ts';
import { loadScenario } from '../../site/lib/scenarios.ts';
import { demoCompany } from '../../site/records/demo/company.ts';
import { defaultDemoPassword, defaultDemoSeed } from '../../site/records/demo/seed.ts';
import { demoTeams } from '../../site/records/demo/staff.ts';
import { openPostgresStore } from '../../site/records/postgres-store.ts';
import type { Leaderboard } from '../../site/records/leaderboard.ts';
import type { StoredAttempt } from '../../site/records/schema.ts';
import { createDatabase } from '../postgres-cluster.ts';

/**
 * Two app processes on one PostgreSQL database, as behind a load balancer:
 * started at the same moment on an empty database (the demo company is
 * seeded once), each with its own sessions in memory, and whatever one is
 * told the other answers from the database: attempts, boards, people.
 */

const root = fileURLToPath(new URL('../..', import.meta.url));
const cluster = inject('postgresUrl');
const idPrefix = 'two-servers-';
const scenario = loadScenario('master-data-basics')!;
const body = submissionBodies({ scenario, seed: 2026, commands: 50, variants: 3, idPrefix });
/** A finished run, unlike the bench's long messy ones: only finished runs reach the boards. */
const perfectRun = { id: `${idPrefix}perfect`, record: sealAttempt(playMoves(scenario.walkthrough!.perfect, startAttempt(scenario)).attempt) };
const newcomer = { username: 'two.servers', name: '双服务器', role: 'trainee', teamIds: ['sales-east-1'], password: 'two-servers-pass' } as const;

describe.skipIf(cluster === undefined || notBuilt(root) !== undefined)('two built servers on one PostgreSQL database', () => {
  let url: string;
  let servers: BuiltServer[] = [];
  let admins: ApiSession[];

  beforeAll(async () => {
    url = await createDatabase(cluster!, `two_servers_${randomUUID().replaceAll('-', '')}`);
    // The demo password set, not inherited: a DEMO_PASSWORD in the shell must not lock the test out.
    const env = { RECORDS_URL: url, DEMO_PASSWORD: defaultDemoPassword };
    servers = await Promise.all([startBuiltServer(root, { env }), startBuiltServer(root, { env })]);
    admins = await Promise.all(servers.map((server) => signIn(server.origin, 'admin', defaultDemoPassword)));
  }, 60_000);
  afterAll(() => Promise.all(servers.map((server) => server.stop())));

  // Both answered (the one that lost the race to seed did not stop on the other's records), and the company is there once.
  it('seeds the demo company once when both start together on an empty database', async () => {
    expect(servers.filter((server) => server.output().includes('Demo company ready')), 'servers that seeded').toHaveLength(1);
    const company = demoCompany({ seed: defaultDemoSeed, now: new Date(), passwordHash: '' });
    const store = await openPostgresStore(url);
    try {
      expect((await store.teams()).map((team) => team.id).sort()).toEqual(demoTeams.map((team) => team.id).sort());
      expect((await store.users()).map((user) => user.username).sort()).toEqual(company.users.map((user) => user.username).sort());
      const ids = (await store.attempts()).map((attempt) => attempt.id);
      expect(ids.length).toBeGreaterThan(0);
      expect(ids.length - new Set(ids).size).toBe(0);
    } finally {
      await store.close();
    }
  });

  it('refuses on one server a username the other created', async () => {
    const [first, second] = admins;
    expect((await post(first, '/api/users', newcomer)).status).toBe(201);
    const taken = await post(second, '/api/users', { ...newcomer, username: 'Two.Servers', name: '另一个人' });
    expect(taken.status).toBe(409);
    expect(await taken.json()).toMatchObject({ error: { code: 'conflict' } });
    const listed = await getJson<{ users: { username: string; name: string }[] }>(second, '/api/users');
    expect(listed.users.filter((user) => user.username === newcomer.username)).toEqual([expect.objectContaining({ name: newcomer.name })]);
  });

  it('keeps an attempt sent to both at once only once, and each reads what the other was sent', async () => {
    // The person the first server created signs in on both: sessions are each server's own.
    const trainees = await Promise.all(servers.map((server) => signIn(server.origin, newcomer.username, newcomer.password)));
    const boardBefore = await getJson<Leaderboard>(trainees[0], '/api/leaderboards?scope=individual&period=all');

    expect((await post(trainees[0], '/api/attempts', body(0))).status).toBe(201);
    expect((await post(trainees[1], '/api/attempts', body(1))).status).toBe(201);
    for (const n of [2, 3, 4, 5, 6]) {
      const answers = await Promise.all(trainees.map((trainee) => post(trainee, '/api/attempts', body(n))));
      // One server replays and keeps it; the other answers it is already kept, with what was kept.
      expect(answers.map((answer) => answer.status).sort(), `attempt ${idPrefix}${n}`).toEqual([200, 201]);
      const [first, second] = (await Promise.all(answers.map((answer) => answer.json()))) as { attempt: StoredAttempt }[];
      expect(second.attempt).toEqual(first.attempt);
    }

    expect((await post(trainees[1], '/api/attempts', perfectRun)).status).toBe(201);

    const sent = [...[0, 1, 2, 3, 4, 5, 6].map((n) => `${idPrefix}${n}`), perfectRun.id].sort();
    for (const trainee of trainees) {
      const { attempts } = await getJson<{ attempts: StoredAttempt[] }>(trainee, '/api/attempts');
      expect(attempts.map((attempt) => attempt.id).sort(), `the attempts ${trainee.origin} lists`).toEqual(sent);
    }

    const boards = await Promise.all(trainees.map((trainee) => getJson<Leaderboard>(trainee, '/api/leaderboards?scope=individual&period=all')));
    const rowOf = (board: Leaderboard) => board.rows.find((row) => row.id === `u-${newcomer.username}`);
    expect(rowOf(boardBefore)).toBeUndefined();
    expect(rowOf(boards[0])).toMatchObject({ isViewer: true, counts: [{ scenarioId: scenario.id, version: scenario.version }] });
    expect(boards[1].rows).toEqual(boards[0].rows);

    // The first server's badges count the finished run the second was sent.
    const profiles = await Promise.all(trainees.map((trainee) => getJson<{ user: unknown; badges: unknown[] }>(trainee, '/api/me')));
    expect(profiles[0].badges).toContainEqual(expect.objectContaining({ id: 'first-scenario', done: 1 }));
    expect(profiles[1].user).toEqual(profiles[0].user);
    expect(profiles[1].badges).toEqual(profiles[0].badges);

    const store = await openPostgresStore(url);
    try {
      expect((await store.attempts({ userIds: [`u-${newcomer.username}`] })).map((attempt) => attempt.id).sort()).toEqual(sent);
    } finally {
      await store.close();
    }
  });
});
