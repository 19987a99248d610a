import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { verifyAttempt } from '../../../engine/scenario/verify.ts';
import { createPasswordHasher, verifyPassword } from '../../auth/password.ts';
import { loadScenarios, loadScenarioVersion } from '../../lib/scenarios.ts';
import { defaultThreshold } from '../../server/threshold.ts';
import { openLowdbStore } from '../lowdb-store.ts';
import { needsRetraining, retrainingMinCommands } from '../needs-retraining.ts';
import { createMemoryStore } from '../memory-store.ts';
import type { StoredAttempt } from '../schema.ts';
import type { RecordsStore } from '../store.ts';
import { demoCompany } from './company.ts';
import type { DemoProfile } from './profiles.ts';
import { defaultDemoPassword, DemoPasswordError, seedDemoCompany, type Seeding } from './seed.ts';

const now = new Date('2026-11-23T08:00:00Z');
/** Far cheaper than the production cost; what the seed does with the hash is the same. */
const hash = createPasswordHasher({ log2N: 10, r: 8, p: 1 });

async function seeded(options: { password?: string; seed?: number } = {}) {
  const store = createMemoryStore();
  const lines: string[] = [];
  const seeding = await seedDemoCompany(store, { now, hash, log: (line) => lines.push(line), ...options });
  return { store, lines, seeding };
}

/** Everything stored, but the password hashes: their salt is random, as it must be. */
async function contents(store: RecordsStore) {
  const users = (await store.users()).map(({ passwordHash: _, ...user }) => user);
  return { teams: await store.teams(), users, attempts: await store.attempts() };
}

const errorRate = (attempts: readonly StoredAttempt[]) => attempts.reduce((sum, attempt) => sum + attempt.mistakes.length, 0) / attempts.reduce((sum, attempt) => sum + attempt.commands, 0);

let demo: Awaited<ReturnType<typeof seeded>>;
beforeAll(async () => {
  demo = await seeded();
});

describe('seedDemoCompany', () => {
  it('seeds an empty store with the company, and a few weeks of attempts, ', async () => {
    expect(demo.seeding).toMatchObject({ seeded: true, teams: 4, users: 29 });
    expect(demo.seeding.seeded && demo.seeding.attempts).toBeGreaterThanOrEqual(100);
    expect(await demo.store.teams()).toHaveLength(4);
    expect(await demo.store.users()).toHaveLength(29);
    const attempts = await demo.store.attempts();
    expect(attempts).toHaveLength(demo.seeding.seeded ? demo.seeding.attempts : 0);
    const days = (attempt: StoredAttempt) => (now.getTime() - Date.parse(attempt.submittedAt)) / (24 * 60 * 60 * 1000);
    expect(days(attempts[0])).toBeGreaterThan(21);
    expect(days(attempts.at(-1)!)).toBeGreaterThan(0);
    expect(new Set(attempts.map((attempt) => attempt.scenarioId)).size).toBe(5);
  });

  it('keeps the invented attempts from the company’s Learning Record Store', async () => {
    expect(await demo.store.xapiPending(10)).toEqual([]);
  });

  it('answers the four logins, and prints them with the progress', () => {
    const logins = demo.seeding.seeded ? demo.seeding.logins : [];
    expect(logins).toEqual([
      { username: 'admin', role: 'admin', password: defaultDemoPassword },
      { username: 'lead', role: 'lead', password: defaultDemoPassword },
      { username: 'consultant', role: 'consultant', password: defaultDemoPassword },
      { username: 'trainee', role: 'trainee', password: defaultDemoPassword },
    ]);
    const attempts = demo.seeding.seeded ? demo.seeding.attempts : 0;
    expect(demo.lines).toContain(`seeding attempts 20/${attempts}`);
    expect(demo.lines).toContain(`seeding attempts ${attempts}/${attempts}`);
    expect(demo.lines.join('\n')).toMatch(/admin {8}admin {8}drill-demo\n {2}lead {9}lead {9}drill-demo\n {2}consultant {3}consultant {3}drill-demo\n {2}trainee {6}trainee {6}drill-demo/);
  });

  it('gives everyone the password, hashed once', async () => {
    const users = await demo.store.users();
    expect(new Set(users.map((user) => user.passwordHash)).size).toBe(1);
    expect(await verifyPassword(defaultDemoPassword, users[0].passwordHash)).toEqual({ ok: true, matches: true });
    expect(await verifyPassword('not-the-password', users[0].passwordHash)).toEqual({ ok: true, matches: false });
  });

  it('takes DEMO_PASSWORD when set, without printing it, and the default when it is empty', async () => {
    const chosen = await seeded({ password: 'our-own-demo' });
    const [user] = await chosen.store.users();
    expect(await verifyPassword('our-own-demo', user.passwordHash)).toEqual({ ok: true, matches: true });
    expect(chosen.seeding.seeded && chosen.seeding.logins[0].password).toBe('our-own-demo');
    expect(chosen.lines.join('\n')).not.toContain('our-own-demo');
    const empty = await seeded({ password: '' });
    expect(empty.seeding.seeded && empty.seeding.logins[0].password).toBe(defaultDemoPassword);
  });

  it('refuses a DEMO_PASSWORD the password rules refuse, storing nothing', async () => {
    const store = createMemoryStore();
    await expect(seedDemoCompany(store, { now, hash, password: 'short' })).rejects.toThrow(DemoPasswordError);
    expect(await store.isEmpty()).toBe(true);
  });

  it('is the same company, attempt for attempt, for the same seed', async () => {
    const again = await seeded();
    expect(await contents(again.store)).toEqual(await contents(demo.store));
    const other = await seeded({ seed: 99 });
    expect((await contents(other.store)).attempts).not.toEqual((await contents(demo.store)).attempts);
  });

  it('stores only attempts whose logs replay to what is stored', async () => {
    for (const attempt of await demo.store.attempts()) {
      const entries = (await demo.store.attemptEntries(attempt.id))!;
      const scenario = loadScenarioVersion(attempt.scenarioId, attempt.scenarioVersion)!;
      const verified = verifyAttempt(scenario, { scenarioId: attempt.scenarioId, scenarioVersion: attempt.scenarioVersion, engineVersion: attempt.engineVersion, seed: attempt.seed, entries });
      expect(verified.ok && { score: verified.result.score, mistakes: verified.result.mistakes.length, completed: verified.result.completed }, attempt.id).toEqual({
        score: attempt.score,
        mistakes: attempt.mistakes.length,
        completed: attempt.completed,
      });
    }
  });

  it('shows the profiles: error rates rise from careful to sloppy, and the improving get better', async () => {
    const { trainees } = demoCompany({ seed: 2026, now, passwordHash: 'x' });
    const attempts = await demo.store.attempts();
    const of = (profile: DemoProfile) => {
      const users = new Set(trainees.filter((trainee) => trainee.profile === profile).map((trainee) => trainee.userId));
      return attempts.filter((attempt) => users.has(attempt.userId));
    };
    const [careful, average, sloppy] = (['careful', 'average', 'sloppy'] as const).map((profile) => errorRate(of(profile)));
    expect(careful).toBeLessThan(average);
    expect(average).toBeLessThan(sloppy);
    const improving = of('improving');
    const middle = now.getTime() - 14 * 24 * 60 * 60 * 1000;
    const [early, late] = [improving.filter((attempt) => Date.parse(attempt.submittedAt) < middle), improving.filter((attempt) => Date.parse(attempt.submittedAt) >= middle)];
    expect(errorRate(late)).toBeLessThan(errorRate(early));
    const scores = (list: readonly StoredAttempt[]) => list.reduce((sum, attempt) => sum + attempt.score, 0) / list.length;
    expect(scores(of('careful'))).toBeGreaterThan(scores(of('sloppy')));
  });

  it('gives the lead someone to retrain at the default threshold, the dashboard\'s and the API\'s: the stuck trainees, on the mistake they keep making, and no one else', async () => {
    const { trainees } = demoCompany({ seed: 2026, now, passwordHash: 'x' });
    const stuck = new Set(trainees.filter((trainee) => trainee.profile === 'stuck').map((trainee) => trainee.userId));
    expect(stuck.size).toBeGreaterThan(0);
    const input = { attempts: await demo.store.attempts(), users: await demo.store.users(), teams: await demo.store.teams(), now: now.toISOString(), filters: { period: 'all' as const } };
    const entries = needsRetraining(input, { threshold: defaultThreshold, minCommands: retrainingMinCommands, scenarios: loadScenarios() });
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.every((entry) => stuck.has(entry.userId) && entry.code === 'validation.format')).toBe(true);
  });

  it('changes nothing in a store that holds anything', async () => {
    const store = createMemoryStore();
    await store.createTeam({ id: 'ours', name: '我们的团队' });
    const lines: string[] = [];
    expect(await seedDemoCompany(store, { now, hash, log: (line) => lines.push(line) })).toEqual<Seeding>({ seeded: false });
    expect(await store.teams()).toEqual([{ id: 'ours', name: '我们的团队' }]);
    expect(await store.users()).toEqual([]);
    expect(lines).toEqual([]);
    expect(await seedDemoCompany(demo.store, { now, hash })).toEqual({ seeded: false });
  });

  it('seeds once when two servers start together on one empty store', async () => {
    const store = createMemoryStore();
    const lines: string[] = [];
    const seedings = await Promise.all([seedDemoCompany(store, { now, hash }), seedDemoCompany(store, { now, hash, log: (line) => lines.push(line) })]);
    expect(seedings.map((seeding) => seeding.seeded).sort()).toEqual([false, true]);
    expect(await contents(store)).toEqual(await contents(demo.store));
  });

  it('seeds the lowdb store the server opens, durably', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'crm-drill-demo-'));
    try {
      const store = await openLowdbStore(folder);
      await seedDemoCompany(store, { now, hash });
      await store.close();
      const reopened = await openLowdbStore(folder);
      expect(await contents(reopened)).toEqual(await contents(demo.store));
      await reopened.close();
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
