import { seededRandom } from '../../../engine/random.ts';
import { hashPassword, type HashOutcome } from '../../auth/password.ts';
import { loadScenarios, loadScenarioVersion } from '../../lib/scenarios.ts';
import type { PlatformRole } from '../schema.ts';
import { StoreError, type RecordsStore } from '../store.ts';
import { submitDemoAttempts } from './attempts.ts';
import { demoCompany } from './company.ts';
import { demoWeeks, schedule } from './schedule.ts';
import { demoLogins } from './staff.ts';

/**
 * The demo company, seeded on the first start so that a fresh install has
 * teams, people of every role and a few weeks of attempts to look at. Only
 * an empty store is seeded: a company's own records are never mixed with
 * invented ones, and a restart does not seed twice.
 */

export const defaultDemoPassword = 'drill-demo';
/** The seed the server uses: every fresh install gets the same demo company, so the README can describe it. */
export const defaultDemoSeed = 2026;

export interface DemoLogin {
  readonly username: string;
  readonly role: PlatformRole;
  readonly password: string;
}

export interface SeedDemoOptions {
  readonly now: Date;
  /** `DEMO_PASSWORD`; the default when unset or empty. */
  readonly password?: string;
  readonly seed?: number;
  /** Where progress and the logins table are written, a line at a time (the server passes console.log). */
  readonly log?: (line: string) => void;
  /** The hasher; tests pass a cheap one. */
  readonly hash?: (plain: string) => Promise<HashOutcome>;
}

export type Seeding =
  | { readonly seeded: false }
  | { readonly seeded: true; readonly logins: readonly DemoLogin[]; readonly teams: number; readonly users: number; readonly attempts: number };

/** A DEMO_PASSWORD the password rules refuse: the server cannot seed a company nobody could sign in to. */
export class DemoPasswordError extends Error {
  constructor(reason: string) {
    super(`DEMO_PASSWORD cannot be used for the demo company: ${reason} Set another, or unset it for the default "${defaultDemoPassword}".`);
    this.name = 'DemoPasswordError';
  }
}

export async function seedDemoCompany(store: RecordsStore, options: SeedDemoOptions): Promise<Seeding> {
  if (!(await store.isEmpty())) return { seeded: false };
  const { now, seed = defaultDemoSeed, log = () => {}, hash = hashPassword } = options;
  const password = options.password || defaultDemoPassword;

  // One hash for everyone: see DemoCompanyInput.passwordHash.
  const hashed = await hash(password);
  if (!hashed.ok) throw new DemoPasswordError(hashed.refusal.message);
  const company = demoCompany({ seed, now, passwordHash: hashed.hash });

  log(`Seeding the demo company: ${company.teams.length} teams, ${company.users.length} people.`);
  const [first, ...others] = company.teams;
  try {
    await store.createTeam(first);
  } catch (error) {
    // Servers started together on one empty database: the one whose team went in first seeds.
    if (error instanceof StoreError && error.code === 'conflict') {
      log('Another server is seeding the demo company.');
      return { seeded: false };
    }
    throw error;
  }
  for (const team of others) await store.createTeam(team);
  await Promise.all(company.users.map((user) => store.createUser(user)));

  // A stream of its own, so that a change to the company's draws does not reshuffle every attempt.
  const random = seededRandom(seed + 1);
  const planned = schedule({ trainees: company.trainees, now, random });
  const scenarios = loadScenarios();
  const stored = await submitDemoAttempts({
    store,
    planned,
    seed,
    scenarios,
    scenarioAt: loadScenarioVersion,
    random,
    progress: (done, of) => log(`seeding attempts ${done}/${of}`),
  });
  // Invented people's practice is no learning record of the company's: marked delivered, it never reaches a Learning Record Store.
  await store.markXapiDelivered(stored.map(({ id }) => id));

  const logins = demoLogins.map((username): DemoLogin => ({ username, role: company.users.find((user) => user.username === username)!.role, password }));
  const shown = password === defaultDemoPassword ? password : '(the DEMO_PASSWORD value)';
  log(`Demo company ready: ${stored.length} attempts over the last ${demoWeeks} weeks. Sign in as:`);
  for (const login of logins) log(`  ${login.username.padEnd(12)} ${login.role.padEnd(12)} ${shown}`);
  log(`  …and ${company.users.length - logins.length} more people with the same password.`);
  return { seeded: true, logins, teams: company.teams.length, users: company.users.length, attempts: stored.length };
}
