import fc from 'fast-check';
import { requestLimits } from '../../site/auth/request-body.ts';

/**
 * What a careless or hostile client sends, as fast-check arbitraries: text
 * that would run if shown as HTML, values of every JSON kind, keys that
 * pollute prototypes, JSON nested past any parser's stack, bodies over the
 * limit, bytes that are not UTF-8 or not JSON, and the wrong media types.
 * The routes' table (api-routes.ts) builds each route's requests from these.
 */

/** What a person could type into a name or a lesson: each would do harm if a page rendered it as HTML, or mislead if shown unescaped. */
const hostileTexts = [
  '<script>window.__pwned = 1</script>',
  '<img src=x onerror="window.__pwned = 1">',
  '"><svg onload="window.__pwned = 1">',
  "'><iframe src=javascript:window.__pwned=1>",
  'javascript:window.__pwned=1',
  '\u202Etxt.exe',
  'a\u0000b',
  '\uD800',
  '../../../../etc/passwd',
  '..%2F..%2Fetc%2Fpasswd',
  '{{constructor.constructor("return process")()}}',
  '${process.exit(1)}',
  "' OR '1'='1",
  '__proto__',
  'constructor',
  'prototype',
  '',
  ' ',
  '\r\n\t',
] as const;

/** Strings of every sort: the hostile ones, any Unicode, lone surrogates and control bytes, and very long ones. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...hostileTexts) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...hostileTexts), fc.integer({ min: 100, max: 100_000 })).map(([text, times]) => text.repeat(Math.ceil(times / Math.max(text.length, 1)))) },
);

/** Keys that reach an object's prototype when a careless reader copies them. */
const pollutingKeys = ['__proto__', 'constructor', 'prototype'] as const;
const anyKey = fc.oneof(fc.constantFrom(...pollutingKeys), hostileString);

/** A JSON value of any kind, small: the wrong type for whatever field it lands in, most of the time. */
const anyJson: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constant(null),
    fc.boolean(),
    fc.integer(),
    fc.constantFrom(-1, 0, 1e308, -0.5, Number.MAX_SAFE_INTEGER + 2),
    hostileString,
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(anyKey, tie('value'), { maxKeys: 3 }),
  ),
})).value;

/** What travels: the bytes and the Content-Type header (null: none sent). */
export interface Body {
  readonly bytes: string | Uint8Array;
  readonly contentType: string | null;
}

const json = (text: string): Body => ({ bytes: text, contentType: 'application/json' });

/** The path of every value inside `value` (objects and arrays), the value itself first. */
function paths(value: unknown, at: readonly (string | number)[] = []): (readonly (string | number)[])[] {
  if (typeof value !== 'object' || value === null) return [at];
  const keys: (string | number)[] = Array.isArray(value) ? value.map((_, index) => index) : Object.keys(value);
  return [at, ...keys.flatMap((key) => paths((value as Record<string | number, unknown>)[key], [...at, key]))];
}

type Change = { readonly kind: 'replace'; readonly value: unknown } | { readonly kind: 'remove' } | { readonly kind: 'add'; readonly key: string; readonly value: unknown };

/** `value` with one change at `path`: a new value there, the field gone, or a key added beside it. */
function changed(value: unknown, path: readonly (string | number)[], change: Change): unknown {
  if (path.length === 0) {
    if (change.kind === 'replace') return change.value;
    if (change.kind === 'add' && typeof value === 'object' && value !== null && !Array.isArray(value))
      return Object.defineProperty({ ...value }, change.key, { value: change.value, enumerable: true });
    return value;
  }
  const [key, ...rest] = path;
  if (Array.isArray(value)) {
    const copy = [...(value as unknown[])];
    if (rest.length === 0 && change.kind === 'remove') copy.splice(Number(key), 1);
    else copy[Number(key)] = changed(copy[Number(key)], rest, change);
    return copy;
  }
  const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  if (rest.length === 0 && change.kind === 'remove') delete copy[key];
  else copy[key] = changed(copy[key], rest, change);
  return copy;
}

const change: fc.Arbitrary<Change> = fc.oneof(
  { weight: 3, arbitrary: anyJson.map((value) => ({ kind: 'replace' as const, value })) },
  { weight: 1, arbitrary: fc.constant({ kind: 'remove' as const }) },
  { weight: 1, arbitrary: fc.record({ key: anyKey, value: anyJson }).map(({ key, value }) => ({ kind: 'add' as const, key, value })) },
);

/** `template` (a valid body) with one to three things wrong, anywhere in it: a value of the wrong kind, a field gone, a key too many. */
function mutated(template: unknown): fc.Arbitrary<unknown> {
  const places = paths(template);
  const one = fc.tuple(fc.constantFrom(...places), change);
  return fc.array(one, { minLength: 1, maxLength: 3 }).map((changes) => changes.reduce((value, [path, how]) => changed(value, path, how), template));
}

/**
 * JSON text with a literal `"__proto__"` key (JSON.stringify of an object
 * never writes one): added to `value` when it is an object, nested when not.
 */
function withProtoKey(value: unknown, polluter: unknown): string {
  const inner = JSON.stringify(polluter) ?? 'null';
  const text = JSON.stringify(value) ?? 'null';
  if (text.startsWith('{') && text !== '{}') return `{"__proto__":${inner},${text.slice(1)}`;
  return `{"__proto__":${inner},"constructor":{"prototype":${inner}},"value":${text}}`;
}

/** Stands in the template for the nested text, spliced in once the rest is JSON. */
const deepMark = '\u0000deep\u0000';

/**
 * `template` with `[[[…]]]` or `{"a":{"a":…}}` so many levels deep that a
 * recursive reader would run out of stack, in place of the value at `path`
 * (the whole body, a field, a command's data deep in a log).
 */
function deeplyNested(template: unknown, path: readonly (string | number)[], levels: number, objects: boolean): string {
  const nested = objects ? `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}` : `${'['.repeat(levels)}${']'.repeat(levels)}`;
  return JSON.stringify(changed(template, path, { kind: 'replace', value: deepMark })).replace(JSON.stringify(deepMark), nested);
}

/** How deep a parsed value nests arrays and objects, counted without recursion. */
function depthOf(value: unknown): number {
  let deepest = 0;
  const pending: [unknown, number][] = [[value, 0]];
  while (pending.length > 0) {
    const [next, depth] = pending.pop()!;
    if (typeof next !== 'object' || next === null) continue;
    deepest = Math.max(deepest, depth + 1);
    for (const child of Object.values(next)) pending.push([child, depth + 1]);
  }
  return deepest;
}

/** The first bytes of a body that is not JSON, or not UTF-8 at all. */
const notJson: fc.Arbitrary<Body> = fc.oneof(
  fc.constantFrom('', ' ', '{', '{"a":', 'undefined', "{'a':1}", '{"a":1,}', 'NaN', '\u0000', '<html><script>window.__pwned=1</script></html>').map(json),
  fc.string({ unit: 'binary', maxLength: 60 }).map(json),
  fc.uint8Array({ maxLength: 60 }).map((bytes): Body => ({ bytes, contentType: 'application/json' })),
  fc
    .constantFrom([0xc3, 0x28], [0xff, 0xfe, 0x7b, 0x7d], [0x7b, 0x22, 0xed, 0xa0, 0x80, 0x22, 0x3a, 0x31, 0x7d])
    .map((bytes): Body => ({ bytes: new Uint8Array(bytes), contentType: 'application/json' })),
);

/** Media types the API does not read, including none. */
const wrongMediaType = fc.constantFrom(null, 'text/plain', 'text/html', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/jsonx', 'application/xml', 'json');

/** Over the 1 MB limit, by up to three times. */
const oversized: fc.Arbitrary<Body> = fc.integer({ min: requestLimits.bodyBytes + 1, max: 3 * requestLimits.bodyBytes }).map((size) => json(`{"x":"${'a'.repeat(size)}"}`));

/**
 * Every sort of bad body for a route whose valid body looks like `template`;
 * `accepts` says which parsed bodies the route would take (and so must not
 * be sent: the fuzzer sends nothing valid, so the store must stay as it was).
 */
export function badBodies(template: unknown, accepts: (value: unknown) => boolean): fc.Arbitrary<Body> {
  const wrongJson = mutated(template);
  const candidates = fc.oneof(
    { weight: 8, arbitrary: wrongJson.map((value) => json(JSON.stringify(value) ?? 'null')) },
    { weight: 2, arbitrary: fc.tuple(fc.oneof(wrongJson, fc.constant(template)), anyJson).map(([value, polluter]) => json(withProtoKey(value, polluter))) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.constantFrom(...paths(template)), fc.integer({ min: 65, max: 20_000 }), fc.boolean())
        .map(([path, levels, objects]) => json(deeplyNested(template, path, levels, objects))),
    },
    { weight: 2, arbitrary: notJson },
    { weight: 2, arbitrary: fc.tuple(fc.oneof(wrongJson, fc.constant(template)), wrongMediaType).map(([value, contentType]) => ({ bytes: JSON.stringify(value) ?? '', contentType })) },
    { weight: 1, arbitrary: oversized },
  );
  return candidates.filter((body) => !wouldAccept(body, accepts));
}

/** Whether the route would read the body and take it: JSON, under the limits of size and depth, and a value `accepts` takes. */
function wouldAccept(body: Body, accepts: (value: unknown) => boolean): boolean {
  if (body.contentType !== 'application/json' || typeof body.bytes !== 'string' || body.bytes.length > requestLimits.bodyBytes) return false;
  try {
    const value: unknown = JSON.parse(body.bytes);
    return depthOf(value) <= requestLimits.jsonDepth && accepts(value);
  } catch {
    return false;
  }
}

/** Text percent-encoded as a browser would send it in a URL or a header (a lone surrogate, which has no UTF-8, as U+FFFD). */
export const queryValue = (value: string) => encodeURIComponent(value.toWellFormed());

/** An id for a URL path, percent-encoded: hostile text, and the path tricks a router might fall for (but not `.`, `..` or `%2e%2e` alone, which the client resolves away before sending). */
export const hostileId: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: hostileString.filter((text) => !['', '.', '..'].includes(text)).map(queryValue) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '..%2F..%2F..%2Fetc%2Fpasswd',
      '%2e%2e%2f',
      '%2e%2e%2f%2e%2e%2fapi',
      '..%5C..%5Cwindows',
      '%252e%252e%252f',
      'a%2Fb',
      '%00',
      '%C0%AE%C0%AE',
      '%E2%80%AE',
      'x%3Fy%3Dz%23w',
    ),
  },
  { weight: 1, arbitrary: fc.integer({ min: 2_000, max: 60_000 }).map((length) => '9'.repeat(length)) },
);
