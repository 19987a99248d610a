import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exampleAttempt } from '../records/examples.ts';
import { lrsClient } from './lrs-client.ts';
import { attemptStatements } from './statements.ts';
import { startTestLrs, type TestLrs } from './test-lrs.ts';

const statements = attemptStatements({ attempt: exampleAttempt(), person: { name: 'Li Wei' }, title: undefined, origin: 'https://drill.example.com' });

describe('lrsClient', () => {
  let lrs: TestLrs;
  beforeEach(async () => {
    lrs = await startTestLrs();
  });
  afterEach(async () => {
    await lrs.close();
  });

  it('posts a batch with the xAPI version header and Basic credentials, which the LRS keeps', async () => {
    expect(await lrsClient(lrs).send(statements)).toEqual({ ok: true });
    expect([...lrs.statements.keys()]).toEqual(statements.map(({ id }) => id));
    expect([...lrs.statements.values()]).toEqual(JSON.parse(JSON.stringify(statements)));
  });

  it('answers a refusal with the status and the LRS’s message, for wrong credentials', async () => {
    expect(await lrsClient({ ...lrs, secret: 'wrong' }).send(statements)).toEqual({
      ok: false,
      status: 401,
      reason: `the LRS at ${lrs.endpoint}statements answered 401 Unauthorized: {"message":"Unauthorised"}`,
    });
    expect(lrs.statements.size).toBe(0);
  });

  it('answers 409 when a statement id is kept with other content', async () => {
    await lrsClient(lrs).send(statements.slice(0, 1));
    const changed = { ...statements[0], timestamp: '2026-11-03T09:30:00.000Z' };
    expect(await lrsClient(lrs).send([changed, statements[1]])).toMatchObject({ ok: false, status: 409 });
    expect(lrs.statements.size).toBe(1);
  });

  it('answers an LRS that is down, or not listening, as a failure without throwing', async () => {
    await lrs.setState('unavailable');
    expect(await lrsClient(lrs).send(statements)).toMatchObject({ ok: false, status: 503, reason: expect.stringContaining('503 Service Unavailable') });
    await lrs.setState('refusing');
    expect(await lrsClient(lrs).send(statements)).toEqual({ ok: false, status: undefined, reason: `the LRS at ${lrs.endpoint}statements could not be reached (ECONNREFUSED)` });
    await lrs.setState('up');
    expect(await lrsClient(lrs).send(statements)).toEqual({ ok: true });
  });

  it('gives up a request when told to, as a stopping server does', async () => {
    expect(await lrsClient(lrs).send(statements, AbortSignal.abort())).toMatchObject({ ok: false, status: undefined });
    expect(lrs.statements.size).toBe(0);
  });

  it('is checked against an LRS that refuses what one refuses: no version header, no credentials, an invalid statement', async () => {
    const url = new URL('statements', lrs.endpoint);
    const headers = { 'X-Experience-API-Version': '1.0.3', 'Content-Type': 'application/json', Authorization: `Basic ${btoa(`${lrs.key}:${lrs.secret}`)}` };
    const post = (sent: Record<string, string>, body: unknown) => fetch(url, { method: 'POST', headers: sent, body: JSON.stringify(body) }).then(({ status }) => status);
    const { 'X-Experience-API-Version': _version, ...withoutVersion } = headers;
    const { Authorization: _authorization, ...withoutCredentials } = headers;
    expect(await post(withoutVersion, statements)).toBe(400);
    expect(await post(withoutCredentials, statements)).toBe(401);
    expect(await post(headers, [{ ...statements[0], verb: { id: 'attempted' } }])).toBe(400);
    expect(lrs.statements.size).toBe(0);
  });
});
