import type { APIContext } from 'astro';
import { beforeEach, describe, expect, it } from 'vitest';
import { createPasswordHasher } from '../auth/password.ts';
import { createRateLimiter, signInPolicies } from '../auth/rate-limit.ts';
import { createSessions } from '../auth/sessions.ts';
import * as retraining from '../pages/api/reports/retraining.ts';
import * as session from '../pages/api/session.ts';
import { createMemoryStore } from '../records/memory-store.ts';
import type { RetrainingEntry } from '../records/needs-retraining.ts';
import type { PlatformRole } from '../records/schema.ts';
import type { RecordsStore } from '../records/store.ts';
import { attempt, mistakes } from '../records/test-records.ts';
import { provideServerContext } from './context.ts';

/**
 * GET /api/reports/retraining called as the server calls it, against a
 * memory store: the list for a lead, the same team rules as the error
 * report, and a bad threshold refused by name.
 */

const origin = 'http://crm-drill.test';
const password = 'drill-demo-password';
const hash = createPasswordHasher({ log2N: 10, r: 8, p: 1 });
const now = new Date('2026-11-23T08:00:00Z');
let store: RecordsStore;

async function person(id: string, role: PlatformRole, teamIds: string[]) {
  const outcome = await hash(password);
  if (!outcome.ok) throw new Error(outcome.refusal.message);
  await store.createUser({ id, username: id, name: `${id} (real)`, role, teamIds, passwordHash: outcome.hash, createdAt: now.toISOString() });
}

const day = (n: number) => `2026-11-${String(n).padStart(2, '0')}T02:00:00.000Z`;
const formats = (n: number) => mistakes(Array.from({ length: n }, () => 'validation.format' as const));

beforeEach(async () => {
  store = createMemoryStore();
  const clock = { now: () => now.getTime() };
  provideServerContext({
    store,
    sessions: createSessions(clock),
    signInLimits: { account: createRateLimiter(signInPolicies.account, clock), address: createRateLimiter(signInPolicies.address, clock) },
    now: () => now,
  });
  await store.createTeam({ id: 'east', name: '华东销售' });
  await store.createTeam({ id: 'service', name: '客服中心' });
  await person('mei', 'trainee', ['east']);
  await person('lead', 'lead', ['east']);
  await person('consultant', 'consultant', []);
  await person('admin', 'admin', []);
  // Mei's format mistakes on lead-to-cash: 4, 5 and 6 in 20 commands (20 %, 25 %, 30 %).
  for (const [index, made] of [4, 5, 6].entries()) await store.saveAttempt(attempt(`m-${index}`, 'mei', day(10 + index), { mistakes: formats(made) }), []);
});

function call(path: string, headers?: Headers): Promise<Response> {
  const url = new URL(path, origin);
  return Promise.resolve(retraining.GET({ request: new Request(url, { headers }), url, params: {}, clientAddress: '10.0.0.7' } as unknown as APIContext));
}

async function signedIn(username: string): Promise<Headers> {
  const url = new URL('/api/session', origin);
  const request = new Request(url, { method: 'POST', headers: { Origin: origin, 'Content-Type': 'application/json' }, body: JSON.stringify({ username, password }) });
  const response = await session.POST({ request, url, params: {}, clientAddress: '10.0.0.7' } as unknown as APIContext);
  expect(response.status).toBe(200);
  return new Headers({ Cookie: response.headers.get('Set-Cookie')!.split(';')[0] });
}

async function errorOf(response: Response) {
  return { status: response.status, ...((await response.json()) as { error: { code: string; field?: string } }).error };
}

describe('GET /api/reports/retraining', () => {
  it('lists the lead’s operators above the threshold on a code, with the scenarios that train it', async () => {
    const response = await call('/api/reports/retraining?threshold=0.15', await signedIn('lead'));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { threshold: number; entries: RetrainingEntry[] };
    expect(body.threshold).toBe(0.15);
    expect(body.entries).toHaveLength(1);
    expect(body.entries[0]).toMatchObject({ userId: 'mei', name: 'mei (real)', code: 'validation.format', errorRate: 15 / 60 });
    expect(body.entries[0].train.map((scenario) => scenario.scenarioId)).toContain('master-data-basics');

    const higher = (await (await call('/api/reports/retraining?threshold=0.25', await signedIn('lead'))).json()) as { entries: unknown[] };
    expect(higher.entries).toEqual([]);
    expect((await call('/api/reports/retraining', await signedIn('admin'))).status).toBe(200);
  });

  it('refuses the signed-out, trainees, consultants and other teams’ leads', async () => {
    expect(await errorOf(await call('/api/reports/retraining?threshold=0.2'))).toMatchObject({ status: 401, code: 'auth.required' });
    expect(await errorOf(await call('/api/reports/retraining?threshold=0.2', await signedIn('mei')))).toMatchObject({ status: 403, code: 'auth.forbidden' });
    expect(await errorOf(await call('/api/reports/retraining?threshold=0.2', await signedIn('consultant')))).toMatchObject({ status: 403, code: 'auth.forbidden' });
    expect(await errorOf(await call('/api/reports/retraining?threshold=0.2&team=service', await signedIn('lead')))).toMatchObject({ status: 403, field: 'team' });
  });

  it('answers 400 naming the field for a bad threshold or period', async () => {
    const headers = await signedIn('lead');
    for (const threshold of ['lots', '20', '0', '1']) expect(await errorOf(await call(`/api/reports/retraining?threshold=${threshold}`, headers)), threshold).toMatchObject({ status: 400, code: 'request.invalid', field: 'threshold' });
    expect(await errorOf(await call('/api/reports/retraining?period=decade', headers))).toMatchObject({ status: 400, field: 'period' });
  });
});
