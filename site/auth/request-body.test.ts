import { describe, expect, it } from 'vitest';
import type { AttemptEntry } from '../../engine/scenario/record.ts';
import { checkLogLength, nestedDeeperThan, readBody, readJson, requestLimits } from './request-body.ts';

const url = 'http://127.0.0.1:4321/api/attempts';

function jsonRequest(body: BodyInit, headers: Record<string, string> = {}): Request {
  return new Request(url, { method: 'POST', body, headers: { 'Content-Type': 'application/json', ...headers }, duplex: 'half' } as RequestInit);
}

/** A body that streams `chunks` chunks of `size` bytes and records how many were pulled. */
function streamedBody(chunks: number, size: number): { stream: ReadableStream<Uint8Array>; pulled: () => number } {
  let pulled = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled === chunks) return controller.close();
      pulled += 1;
      controller.enqueue(new Uint8Array(size).fill(0x20));
    },
  });
  return { stream, pulled: () => pulled };
}

describe('reading a body', () => {
  it('caps it at 1 MB', () => {
    expect(requestLimits).toEqual({ bodyBytes: 1_048_576, logCommands: 5_000, jsonDepth: 64 });
  });

  it('reads a body up to the cap, exactly', async () => {
    const outcome = await readBody(jsonRequest(new Uint8Array(1000)), 1000);
    expect(outcome.ok && outcome.value.byteLength).toBe(1000);
  });

  it('answers 413 from a Content-Length over the cap, without reading the body', async () => {
    const body = streamedBody(100, 1024);
    const outcome = await readBody(jsonRequest(body.stream, { 'Content-Length': String(2 * requestLimits.bodyBytes) }));
    expect(outcome).toEqual({ ok: false, error: { code: 'request.too-large', message: 'The body is over the limit of 1048576 bytes.' } });
    expect(body.pulled()).toBeLessThanOrEqual(1);
  });

  it('answers 413 once a body without Content-Length passes the cap, and stops reading it', async () => {
    const body = streamedBody(100, 64 * 1024);
    const outcome = await readBody(jsonRequest(body.stream));
    expect(outcome.ok).toBe(false);
    expect(body.pulled()).toBeLessThan(20);
  });
});

describe('reading JSON', () => {
  it('parses a JSON body', async () => {
    expect(await readJson(jsonRequest('{"username":"mei"}'))).toEqual({ ok: true, value: { username: 'mei' } });
    expect(await readJson(jsonRequest('[]', { 'Content-Type': 'Application/JSON; charset=utf-8' }))).toEqual({ ok: true, value: [] });
  });

  it('answers 400 for malformed JSON, without quoting it back (it may hold a password)', async () => {
    expect(await readJson(jsonRequest('{"username":"mei","password":"hunter22'))).toEqual({
      ok: false,
      error: { code: 'request.malformed-json', message: 'The body (38 bytes) is not valid JSON.' },
    });
  });

  it('answers 400 for an empty body and for bytes that are not UTF-8', async () => {
    expect(await readJson(jsonRequest(''))).toEqual({ ok: false, error: { code: 'request.malformed-json', message: 'The body is empty; expected a JSON value.' } });
    expect(await readJson(jsonRequest(new Uint8Array([0x22, 0xff, 0x22])))).toEqual({ ok: false, error: { code: 'request.malformed-json', message: 'The body is not valid UTF-8 text.' } });
  });

  it('answers 415 for a body that is not declared JSON, as a cross-site form would send it', async () => {
    const form = new Request(url, { method: 'POST', body: 'username=mei', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
    expect(await readJson(form)).toEqual({ ok: false, error: { code: 'request.unsupported-media-type', message: 'Expected Content-Type application/json, received Content-Type application/x-www-form-urlencoded.' } });
    const bare = new Request(url, { method: 'POST', body: new Uint8Array([0x7b, 0x7d]) });
    expect(await readJson(bare)).toMatchObject({ ok: false, error: { message: 'Expected Content-Type application/json, received no Content-Type.' } });
  });

  it('answers 413 for JSON over the cap', async () => {
    expect(await readJson(jsonRequest(`"${'x'.repeat(100)}"`), 50)).toMatchObject({ ok: false, error: { code: 'request.too-large' } });
  });

  it('answers 400 for JSON nested over 64 deep, which overflowed the replay (found by the API fuzzer); 64 is read', async () => {
    const nested = (levels: number) => `{"data":${'{"a":['.repeat(levels)}1${']}'.repeat(levels)}}`;
    expect(await readJson(jsonRequest(nested(10_000)))).toEqual({
      ok: false,
      error: { code: 'request.invalid', message: 'The body nests arrays and objects more than 64 deep; no request of the API needs more than 10.' },
    });
    expect(await readJson(jsonRequest(`${'['.repeat(64)}${']'.repeat(64)}`))).toMatchObject({ ok: true });
    expect(await readJson(jsonRequest(`${'['.repeat(65)}${']'.repeat(65)}`))).toMatchObject({ ok: false, error: { code: 'request.invalid' } });
  });
});

describe('the depth of JSON', () => {
  it('counts arrays and objects inside one another, up to the limit and one past it', () => {
    expect(nestedDeeperThan('[[[]]]', 3)).toBe(false);
    expect(nestedDeeperThan('[[[[]]]]', 3)).toBe(true);
    expect(nestedDeeperThan('[[],[],{"a":1}]', 2)).toBe(false);
    expect(nestedDeeperThan('[[],[],{"a":[]}]', 2)).toBe(true);
  });

  it('does not count brackets inside strings, escaped quotes included', () => {
    expect(nestedDeeperThan(`{"a":"${'[{'.repeat(100)}"}`, 1)).toBe(false);
    expect(nestedDeeperThan(`["\\"[[[[", "\\\\"]`, 1)).toBe(false);
    expect(nestedDeeperThan(`["\\\\", [[`, 2)).toBe(true);
  });
});

describe('the length of a log', () => {
  const command: AttemptEntry = { kind: 'command', offsetMs: 0, command: { type: 'contact.create', data: {} } };
  const hint: AttemptEntry = { kind: 'hint', offsetMs: 0 };

  it('accepts 5,000 commands, however many hints come with them', () => {
    expect(checkLogLength([...Array<AttemptEntry>(5_000).fill(command), hint, hint])).toBeUndefined();
  });

  it('answers 413 for 5,001', () => {
    expect(checkLogLength(Array<AttemptEntry>(5_001).fill(command))).toEqual({
      code: 'request.too-large',
      message: 'The log has 5001 commands; at most 5000 are accepted.',
      field: 'record.entries',
    });
  });
});
