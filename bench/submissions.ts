import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import autocannon, { type Result } from 'autocannon';
import { sessionHeaders, signIn, type ApiSession } from './api-client.ts';
import { notBuilt, startBuiltServer } from './built-server.ts';
import { notAvailable, round, type Figure } from './figures.ts';
import { submissionBodies } from './submission-bodies.ts';
import { loadScenario } from '../site/lib/scenarios.ts';
import { demoCompany } from '../site/records/demo/company.ts';
import { defaultDemoPassword, defaultDemoSeed } from '../site/records/demo/seed.ts';
import { openRecordsStore } from '../site/records/open-store.ts';

/**
 * Attempt submissions under load: 20 trainees, each signed in with their own
 * session, finishing 200-command attempts at once against the built site on
 * its production server, with its real records store on disk. Every POST is
 * a new attempt the server replays, verifies and saves durably (201), so the
 * figures measure the whole path: the guard, the JSON, the replay, the
 * store's fsyncs or commits. Afterwards the store is opened and its attempts
 * counted: each 201 must be one stored attempt, or the bench measured
 * nothing real. Run once per store: lowdb in a folder of its own, and
 * PostgreSQL in a database of its own.
 */

/** The store a run's server keeps its records in: its own lowdb folder, or this PostgreSQL database. */
export type SubmissionStore = { readonly name: 'lowdb' } | { readonly name: 'postgres'; readonly url: string };

const clients = 20;
const commands = 200;
const durationSeconds = 10;
/** Requests sent before measuring: the server's JIT, and its sandbox for the scenario, warm as on a server that has been up a while. */
const warmUpRequests = 2 * clients;
const targets = { p99Ms: 250, maxMs: 1000 } as const;
const scenarioId = 'master-data-basics';
const idPrefix = 'bench-';

interface Load {
  readonly result: Result;
  /** CPU time the server process used during the run, ms; undefined where /proc cannot tell. */
  readonly serverCpuMs?: number;
  /** The first refused answer's status and body, for the note: a failing bench should say why. */
  readonly firstRefusal?: string;
}

export async function measureSubmissions(root: string, store: SubmissionStore): Promise<Figure[]> {
  const prefix = `submissions.${store.name}`;
  const unbuilt = notBuilt(root);
  if (unbuilt !== undefined) return unavailable(prefix, unbuilt);
  const scenario = loadScenario(scenarioId);
  if (scenario === undefined) return unavailable(prefix, `no scenario ${scenarioId}`);

  // Built before the server starts: it takes a moment, and the server seeds its demo company meanwhile anyway.
  const body = submissionBodies({ scenario, seed: 20_260_302, commands, variants: 4, idPrefix });
  let server: Awaited<ReturnType<typeof startBuiltServer>> | undefined;
  try {
    // The demo password set, not inherited: a DEMO_PASSWORD in the shell must not lock the bench out.
    server = await startBuiltServer(root, { env: { DEMO_PASSWORD: defaultDemoPassword, ...(store.name === 'postgres' ? { RECORDS_URL: store.url } : {}) } });
    const { origin } = server;
    // Two at a time on the server (its password gate), a few seconds in all: each is a production-cost scrypt hash.
    const sessions = await Promise.all(trainees().map((username) => signIn(origin, username, defaultDemoPassword)));
    let sent = 0;
    const next = () => sent++;
    const warmUp = await load(server.process, origin, sessions, body, next, { amount: warmUpRequests });
    const measured = await load(server.process, origin, sessions, body, next, { duration: durationSeconds });
    await server.stop({ keepData: true });
    const stored = await storedAttempts(store.name === 'postgres' ? { RECORDS_URL: store.url } : { CRM_DRILL_DATA: server.data });
    return figures(prefix, warmUp, measured, stored);
  } catch (error) {
    return unavailable(prefix, error instanceof Error ? error.message : String(error));
  } finally {
    await server?.stop();
  }
}

/** The first trainees of the company the server seeds on its empty folder: the same seed gives the same people. */
function trainees(): string[] {
  const { users } = demoCompany({ seed: defaultDemoSeed, now: new Date(), passwordHash: '' });
  return users
    .filter((user) => user.role === 'trainee')
    .slice(0, clients)
    .map((user) => user.username);
}

/**
 * 20 connections, each sending its next submission as soon as the last is
 * answered. autocannon's per-connection context is reset between requests,
 * so sessions are dealt out by a counter instead: request n goes as trainee
 * n mod 20, with body n.
 */
async function load(server: ChildProcess, origin: string, sessions: readonly ApiSession[], body: (n: number) => string, next: () => number, run: { amount: number } | { duration: number }): Promise<Load> {
  let firstRefusal: string | undefined;
  const cpuBefore = cpuMs(server);
  const result = await autocannon({
    url: origin,
    connections: clients,
    ...run,
    requests: [
      {
        method: 'POST',
        path: '/api/attempts',
        setupRequest: (request) => {
          const n = next();
          return { ...request, headers: sessionHeaders(sessions[n % sessions.length]), body: body(n) };
        },
        onResponse: (status, answer) => {
          if (status !== 201 && firstRefusal === undefined) firstRefusal = `${status} ${answer.slice(0, 160)}`;
        },
      },
    ],
  });
  const cpuAfter = cpuMs(server);
  return { result, firstRefusal, serverCpuMs: cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore };
}

/**
 * The process's user and system CPU time so far, from Linux's /proc (in
 * clock ticks of 1/100 s). Unlike latency, it hardly moves when other work
 * shares the machine, so it says what a submission costs the server.
 */
function cpuMs({ pid }: ChildProcess): number | undefined {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}

/** How many of the bench's attempts the store kept, read after the server has finished its writes and let go of the folder. */
async function storedAttempts(records: NodeJS.ProcessEnv): Promise<number> {
  const store = await openRecordsStore(records);
  try {
    return (await store.attempts()).filter((attempt) => attempt.id.startsWith(idPrefix)).length;
  } finally {
    await store.close();
  }
}

function figures(prefix: string, warmUp: Load, measured: Load, stored: number): Figure[] {
  const { result } = measured;
  const created = ({ result }: Load) => result.statusCodeStats['201']?.count ?? 0;
  // Requests still on their way when a run ended: the server may have stored them, though no answer was counted.
  const cutOff = ({ result }: Load) => result.requests.sent - result.requests.total - result.errors - result.timeouts;
  const answered = created(warmUp) + created(measured);
  const unanswered = cutOff(warmUp) + cutOff(measured);
  const unaccounted = Math.max(0, answered - stored) + Math.max(0, stored - answered - unanswered);
  const statuses = Object.entries(result.statusCodeStats)
    .map(([status, { count }]) => `${count} × ${status}`)
    .join(', ');
  const refusal = measured.firstRefusal ?? warmUp.firstRefusal;
  return [
    { name: `${prefix}.perSecond`, value: round(created(measured) / result.duration, 0), unit: 'req/s', note: `${clients} clients, ${commands}-command attempts on ${scenarioId}, ${result.duration} s, each replayed and saved` },
    {
      name: `${prefix}.serverCpuMs`,
      value: measured.serverCpuMs === undefined || result.requests.total === 0 ? null : round(measured.serverCpuMs / result.requests.total, 1),
      unit: 'ms',
      note: measured.serverCpuMs === undefined ? 'no /proc on this system' : `server CPU a submission; the ${clients} clients queue on its one event loop, so p50 is near ${clients} × this on a free core`,
    },
    { name: `${prefix}.p50Ms`, value: round(result.latency.p50, 1), unit: 'ms', note: `${result.requests.total} answers: ${statuses}` },
    { name: `${prefix}.p99Ms`, value: round(result.latency.p99, 1), unit: 'ms', target: { atMost: targets.p99Ms } },
    { name: `${prefix}.maxMs`, value: round(result.latency.max, 1), unit: 'ms', target: { atMost: targets.maxMs } },
    { name: `${prefix}.non2xx`, value: result.non2xx, unit: 'requests', target: { atMost: 0 }, ...(refusal === undefined ? {} : { note: `first: ${refusal}` }) },
    { name: `${prefix}.errors`, value: result.errors + result.timeouts, unit: 'requests', target: { atMost: 0 }, note: 'connection errors and timeouts' },
    {
      name: `${prefix}.unaccounted`,
      value: unaccounted,
      unit: 'attempts',
      target: { atMost: 0 },
      note: `${stored} stored for ${answered} answered 201 (warm-up included) and ${unanswered} cut off unanswered when a run ended`,
    },
  ];
}

function unavailable(prefix: string, why: string): Figure[] {
  return [
    notAvailable(`${prefix}.perSecond`, 'req/s', why),
    ...['serverCpuMs', 'p50Ms', 'p99Ms', 'maxMs'].map((metric) => notAvailable(`${prefix}.${metric}`, 'ms', why)),
    ...['non2xx', 'errors'].map((metric) => notAvailable(`${prefix}.${metric}`, 'requests', why)),
    notAvailable(`${prefix}.unaccounted`, 'attempts', why),
  ];
}
