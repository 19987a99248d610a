import * as v from 'valibot';
import type { AttemptEntry } from '../../engine/scenario/record.ts';
import type { ApiError } from './http-errors.ts';

/**
 * What the API reads from a request, and how much. A body is read under a
 * cap as it streams in, so an oversized upload is refused after at most the
 * cap, not after it has filled the server's memory.
 */
export const requestLimits = {
  /** 1 MB (1,048,576 bytes): a 5,000-command log is about half of it. */
  bodyBytes: 1_048_576,
  /** Commands in one attempt's log; longer logs are not replayed. */
  logCommands: 5_000,
  /**
   * Arrays and objects inside one another: a command's data 2,000 deep
   * overflowed the stack of the engine's replay (a 500). The deepest body
   * the API reads, an attempt's command with a quote's lines, is under 10.
   */
  jsonDepth: 64,
} as const;

export type BodyOutcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ApiError };

function tooLarge(maxBytes: number): ApiError {
  return { code: 'request.too-large', message: `The body is over the limit of ${maxBytes} bytes.` };
}

/** The body's bytes, or 413 as soon as it passes `maxBytes` (by its Content-Length, or while streaming when that lied or was absent). */
export async function readBody(request: Request, maxBytes: number = requestLimits.bodyBytes): Promise<BodyOutcome<Uint8Array>> {
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  if (declared > maxBytes) {
    await request.body?.cancel();
    return { ok: false, error: tooLarge(maxBytes) };
  }
  if (request.body === null) return { ok: true, value: new Uint8Array(0) };

  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      return { ok: false, error: tooLarge(maxBytes) };
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    body.set(chunk, at);
    at += chunk.byteLength;
  }
  return { ok: true, value: body };
}

/**
 * The body parsed as JSON. Only `application/json` is read: besides saying
 * what the API speaks, it is a type an HTML form on another site cannot send.
 */
export async function readJson(request: Request, maxBytes: number = requestLimits.bodyBytes): Promise<BodyOutcome<unknown>> {
  const contentType = request.headers.get('content-type') ?? '';
  const mediaType = contentType.split(';')[0]?.trim().toLowerCase();
  if (mediaType !== 'application/json') {
    await request.body?.cancel();
    const received = contentType === '' ? 'no Content-Type' : `Content-Type ${contentType}`;
    return { ok: false, error: { code: 'request.unsupported-media-type', message: `Expected Content-Type application/json, received ${received}.` } };
  }
  const body = await readBody(request, maxBytes);
  if (!body.ok) return body;
  if (body.value.byteLength === 0) return { ok: false, error: { code: 'request.malformed-json', message: 'The body is empty; expected a JSON value.' } };

  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body.value);
  } catch {
    return { ok: false, error: { code: 'request.malformed-json', message: 'The body is not valid UTF-8 text.' } };
  }
  if (nestedDeeperThan(text, requestLimits.jsonDepth))
    return { ok: false, error: { code: 'request.invalid', message: `The body nests arrays and objects more than ${requestLimits.jsonDepth} deep; no request of the API needs more than 10.` } };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    // Not V8's message: it quotes the body, and a sign-in body holds a password that would then reach logs.
    return { ok: false, error: { code: 'request.malformed-json', message: `The body (${body.value.byteLength} bytes) is not valid JSON.` } };
  }
}

/** Whether JSON text opens more than `limit` arrays or objects inside one another (brackets inside strings aside), counted in one pass without recursion. */
export function nestedDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let at = 0; at < text.length; at++) {
    const char = text[at];
    if (inString) {
      if (char === '\\') at++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{' || char === '[') {
      depth++;
      if (depth > limit) return true;
    } else if (char === '}' || char === ']') depth--;
  }
  return false;
}

/** 413 for a log with more commands than are replayed; hints do not count, they are not commands. */
export function checkLogLength(entries: readonly AttemptEntry[]): ApiError | undefined {
  const commands = entries.reduce((count, entry) => (entry.kind === 'command' ? count + 1 : count), 0);
  if (commands <= requestLimits.logCommands) return undefined;
  return { code: 'request.too-large', message: `The log has ${commands} commands; at most ${requestLimits.logCommands} are accepted.`, field: 'record.entries' };
}

/** A JSON value checked against a schema: its output, or a 400 naming the first field that is wrong and what it expected. */
export function parseAs<TSchema extends v.GenericSchema>(schema: TSchema, value: unknown): BodyOutcome<v.InferOutput<TSchema>> {
  const parsed = v.safeParse(schema, value);
  if (parsed.success) return { ok: true, value: parsed.output };
  const [issue] = parsed.issues;
  const field = v.getDotPath(issue) ?? undefined;
  return { ok: false, error: { code: 'request.invalid', message: field ? `${field}: ${issue.message}` : issue.message, field } };
}

/** A request's JSON body (under the cap) checked against a schema. */
export async function readJsonAs<TSchema extends v.GenericSchema>(request: Request, schema: TSchema): Promise<BodyOutcome<v.InferOutput<TSchema>>> {
  const body = await readJson(request);
  return body.ok ? parseAs(schema, body.value) : body;
}
