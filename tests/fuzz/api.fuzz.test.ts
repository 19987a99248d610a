import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getJson as apiGetJson, signIn as apiSignIn } from '../../bench/api-client.ts';
import { notBuilt, startBuiltServer, type BuiltServer } from '../../bench/built-server.ts';
import { allowedCallers, callers, type Caller } from '../../site/auth/access.ts';
import { csrfHeader, isStateChanging } from '../../site/auth/csrf.ts';
import { apiErrorStatus } from '../../site/auth/http-errors.ts';
import { defaultDemoPassword } from '../../site/records/demo/seed.ts';
import { demoLogins } from '../../site/records/demo/staff.ts';
import { platformRoles, type PlatformRole } from '../../site/records/schema.ts';
import { apiRoutes, type Probe, type RouteFuzz, type World } from './api-routes.ts';
import { hostileString, queryValue } from './hostile.ts';

/**
 * Bad input against the built site on its production server, with the demo
 * company seeded in a folder of its own: for a bounded time per route
 * (FUZZ_SECONDS in all, 60 unless set), every route and method of the API
 * is sent requests it must refuse — the wrong caller, or a body, query or id
 * its rules refuse (api-routes.ts, hostile.ts). Every answer must be a 4xx
 * with the API's JSON error and a message, never HTML, never a 5xx, never a
 * hang; the server must stay up; and since nothing valid was sent, the
 * store's files must be byte for byte as they were.
 */

const root = fileURLToPath(new URL('../..', import.meta.url));
const seconds = Number(process.env.FUZZ_SECONDS ?? 60);
const routeKeys = Object.keys(apiRoutes);
/** Each route's share of the time, and one more share for the methods no route answers. */
const perRouteMs = (seconds * 1000) / (routeKeys.length + 1);
const requestTimeoutMs = 20_000;

interface Session {
  readonly cookie: string;
  readonly csrfToken: string;
}

/** Who sends a request, and how well: a proper session with its Origin and token, or one thing wrong. */
type Credentials =
  | { readonly kind: 'caller'; readonly caller: Caller }
  | { readonly kind: 'forged-cookie'; readonly cookie: string }
  | { readonly kind: 'origin'; readonly caller: Caller; readonly origin: string | null }
  | { readonly kind: 'csrf'; readonly caller: PlatformRole; readonly token: string | null };

let server: BuiltServer;
let world: World;
const sessions = new Map<PlatformRole, Session>();
let storeBefore: string;
const sent = new Map<string, number>();

/** records.json and every command log, hashed together: what a change to the store would change. */
async function storeDigest(folder: string): Promise<string> {
  const hash = createHash('sha256');
  hash.update(await readFile(join(folder, 'records.json')));
  const logs = join(folder, 'logs');
  for (const name of (await readdir(logs)).sort()) hash.update(name).update(await readFile(join(logs, name)));
  return hash.digest('hex');
}

const signIn = (username: string): Promise<Session> => apiSignIn(server.origin, username, defaultDemoPassword);
const getJson = <T>(path: string, session: Session): Promise<T> => apiGetJson<T>({ origin: server.origin, ...session }, path);

function headersFor(credentials: Credentials, method: string): Headers {
  const headers = new Headers();
  const sessionOf = (caller: Caller) => (caller === 'anonymous' ? undefined : sessions.get(caller));
  const caller = credentials.kind === 'forged-cookie' ? undefined : sessionOf(credentials.caller);
  if (credentials.kind === 'forged-cookie') headers.set('Cookie', credentials.cookie);
  if (caller !== undefined) headers.set('Cookie', caller.cookie);
  const origin = credentials.kind === 'origin' ? credentials.origin : server.origin;
  if (origin !== null && isStateChanging(method)) headers.set('Origin', origin);
  const token = credentials.kind === 'csrf' ? credentials.token : caller?.csrfToken;
  if (token !== null && token !== undefined && isStateChanging(method)) headers.set(csrfHeader, token);
  return headers;
}

/** The callers who may use the route, as `RouteFuzz.as` narrows them, and every way to call it wrongly. */
function credentialsFor(route: RouteFuzz, method: string): { readonly proper?: fc.Arbitrary<Credentials>; readonly wrong?: fc.Arbitrary<Credentials> } {
  const allowed: readonly Caller[] = route.operation === undefined ? callers : allowedCallers[route.operation];
  const proper = route.as ?? allowed;
  const properCallers = fc.constantFrom(...proper).map((caller): Credentials => ({ kind: 'caller', caller }));
  const wrong: fc.Arbitrary<Credentials>[] = [];
  const refused = callers.filter((caller) => !allowed.includes(caller));
  if (refused.length > 0) {
    wrong.push(fc.constantFrom(...refused).map((caller): Credentials => ({ kind: 'caller', caller })));
    wrong.push(hostileString.map((token): Credentials => ({ kind: 'forged-cookie', cookie: `crm-drill-session=${queryValue(token)}` })));
  }
  if (route.operation !== undefined && isStateChanging(method)) {
    const foreign = fc.constantFrom(null, 'https://evil.example', 'null', 'http://127.0.0.1:1', 'not a url', `${server.origin}.evil.example`);
    wrong.push(fc.tuple(fc.constantFrom(...allowed), foreign).map(([caller, origin]): Credentials => ({ kind: 'origin', caller, origin })));
    const signedIn = platformRoles.filter((role) => allowed.includes(role));
    const token = fc.oneof(fc.constant(null), fc.constant(''), hostileString.map(queryValue));
    if (signedIn.length > 0) wrong.push(fc.tuple(fc.constantFrom(...signedIn), token).map(([caller, token]): Credentials => ({ kind: 'csrf', caller, token })));
  }
  return { proper: route.bad === undefined ? undefined : properCallers, wrong: wrong.length === 0 ? undefined : fc.oneof(...wrong) };
}

async function send(method: string, probe: Probe, credentials: Credentials): Promise<{ status: number; contentType: string; text: string }> {
  const verb = probe.method ?? method;
  const headers = headersFor(credentials, verb);
  if (probe.body?.contentType) headers.set('Content-Type', probe.body.contentType);
  const response = await fetch(`${server.origin}${probe.path}`, {
    method: verb,
    headers,
    body: probe.body?.bytes as BodyInit | undefined,
    redirect: 'manual',
    signal: AbortSignal.timeout(requestTimeoutMs),
  });
  return { status: response.status, contentType: response.headers.get('content-type') ?? '', text: await response.text() };
}

/** The API's refusal: a 4xx whose status its code implies, as JSON (never a page), with a message a person can read. */
function expectRefusal(answer: { status: number; contentType: string; text: string }, what: string): void {
  const said = `${what} answered ${answer.status} ${answer.contentType}: ${answer.text.slice(0, 300)}`;
  expect(answer.status, said).toBeGreaterThanOrEqual(400);
  expect(answer.status, said).toBeLessThan(500);
  expect(answer.contentType, said).toMatch(/^application\/json\b/);
  const { error } = JSON.parse(answer.text) as { error: { code: keyof typeof apiErrorStatus; message: unknown } };
  expect(apiErrorStatus[error.code], `${said}: the status of its code`).toBe(answer.status);
  expect(typeof error.message === 'string' && error.message.trim().length > 0, `${said}: a message`).toBe(true);
}

/**
 * fast-check's own report prints the whole counterexample, megabytes for an
 * oversized body: this one gives the seed and path to replay it with, and the
 * failed check, which describes the request in a few hundred characters.
 */
const budget: fc.Parameters<unknown> = {
  numRuns: 1_000_000,
  interruptAfterTimeLimit: perRouteMs,
  markInterruptAsFailure: false,
  asyncReporter: async (details) => {
    if (!details.failed) return;
    const error = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
    throw new Error(`Failed after ${details.numRuns} run(s), shrunk ${details.numShrinks} time(s) (replay with seed ${details.seed}, path "${details.counterexamplePath}"):\n${error.slice(0, 2000)}`);
  },
};

function expectUp(): void {
  expect(server.process.exitCode, 'the server exited').toBeNull();
  expect(server.process.signalCode, 'the server was killed').toBeNull();
}

/** Sends `what` as `who` for the time budget; each answer must be the API's refusal. Answers how many were sent. */
async function refusesEach(method: string, who: fc.Arbitrary<Credentials>, what: fc.Arbitrary<Probe>): Promise<number> {
  let runs = 0;
  const property = fc.asyncProperty(who, what, async (credentials, probe) => {
    runs++;
    const answer = await send(method, probe, credentials);
    const body = probe.body ? `${probe.body.contentType} ${probe.body.bytes.length} bytes: ${String(probe.body.bytes).slice(0, 200)}` : 'no body';
    expectRefusal(answer, `${probe.method ?? method} ${probe.path.slice(0, 200)} as ${JSON.stringify(credentials).slice(0, 200)} with ${body}`);
    expectUp();
  });
  await fc.assert(property, budget);
  return runs;
}

/**
 * A route open to everyone that reads nothing from the request: whatever
 * query is added (under Node's 16 KB for the request line), by whoever, the
 * answer is the one it gives bare. Answers how many were sent.
 */
async function answersTheSame(method: string, path: string): Promise<number> {
  let runs = 0;
  const baseline = await send(method, { path }, { kind: 'caller', caller: 'anonymous' });
  // Measured as fetch sends it: the URL parser escapes more than encodeURIComponent does (a ' becomes %27).
  const query = fc.tuple(hostileString, hostileString).filter(([name, value]) => new URL(`${path}?${queryValue(name)}=${queryValue(value)}`, server.origin).search.length < 12_000);
  const property = fc.asyncProperty(query, fc.constantFrom(...callers), async ([name, value], caller) => {
    runs++;
    expect(await send(method, { path: `${path}?${queryValue(name)}=${queryValue(value)}` }, { kind: 'caller', caller })).toEqual(baseline);
    expectUp();
  });
  await fc.assert(property, budget);
  return runs;
}

describe('the API under hostile input', () => {
  beforeAll(async () => {
    if (notBuilt(root) !== undefined) expect(spawnSync('npx', ['astro', 'build'], { cwd: root, stdio: 'inherit' }).status, 'astro build').toBe(0);
    server = await startBuiltServer(root, { env: { DEMO_PASSWORD: defaultDemoPassword } });
    for (const username of demoLogins) sessions.set(username, await signIn(username));
    const admin = sessions.get('admin')!;
    const { users } = await getJson<{ users: World['users'] }>('/api/users', admin);
    const { teams } = await getJson<{ teams: World['teams'] }>('/api/teams', admin);
    const person = (role: PlatformRole) => users.find((user) => user.username === role)!;
    world = { users, teams, password: defaultDemoPassword, as: { admin: person('admin'), lead: person('lead'), consultant: person('consultant'), trainee: person('trainee') } };
    storeBefore = await storeDigest(server.data);
  }, 180_000);

  afterAll(async () => {
    await server?.stop();
    console.log(`fuzz: ${[...sent.values()].reduce((sum, count) => sum + count, 0)} requests in ${seconds} s: ${[...sent].map(([key, count]) => `${key} ${count}`).join(', ')}`);
  });

  for (const key of routeKeys) {
    const [method, path] = key.split(' ');
    it(`${key}: refuses what it must in JSON (or, reading nothing, answers the same), and stays up`, { timeout: perRouteMs + 60_000 }, async () => {
      const route = apiRoutes[key](world);
      const { proper, wrong } = credentialsFor(route, method);
      const who = [...(proper ? [{ weight: 5, arbitrary: proper }] : []), ...(wrong ? [{ weight: 1, arbitrary: wrong }] : [])];
      sent.set(key, who.length === 0 ? await answersTheSame(method, path) : await refusesEach(method, fc.oneof(...who), route.bad ?? fc.constant({ path })));
      expect(sent.get(key), 'requests sent').toBeGreaterThan(0);
      // Still answering after all that.
      expect((await fetch(`${server.origin}/api/scenarios`)).status).toBe(200);
    });
  }

  it('every route refuses a method it does not answer with the JSON 405, and stays up', { timeout: perRouteMs + 60_000 }, async () => {
    const answered = new Map<string, string[]>();
    for (const [method, path] of routeKeys.map((key) => key.split(' '))) answered.set(path, [...(answered.get(path) ?? []), method]);
    // The catch-all answers every method (404); HEAD is answered by GET, and has no body to read a message from.
    const unanswered = [...answered].flatMap(([path, methods]) =>
      methods.includes('ALL')
        ? []
        : ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'PURGE', 'PROPFIND'].filter((method) => !methods.includes(method)).map((method) => ({ method, path: path.replaceAll('[id]', 'x') })),
    );
    const who = fc.constantFrom(...callers).map((caller): Credentials => ({ kind: 'caller', caller }));
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...unanswered), who, async (probe, credentials) => {
        runs++;
        const answer = await send(probe.method, probe, credentials);
        expectRefusal(answer, `${probe.method} ${probe.path}`);
        expect(JSON.parse(answer.text)).toMatchObject({ error: { code: 'request.method-not-allowed' } });
        expectUp();
      }),
      budget,
    );
    sent.set('unanswered methods', runs);
  });

  it('leaves the store byte for byte as it was', async () => {
    expectUp();
    expect(await storeDigest(server.data)).toBe(storeBefore);
  });
});
