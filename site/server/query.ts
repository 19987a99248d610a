import type { ApiError } from '../auth/http-errors.ts';

/** One search parameter of a GET, checked against what it may be: its value, its default when absent, or a 400 naming it. */
export function queryParameter<T extends string>(url: URL, name: string, allowed: readonly T[], fallback?: T): { ok: true; value: T } | { ok: false; error: ApiError } {
  const value = url.searchParams.get(name) ?? fallback;
  if (value !== undefined && (allowed as readonly string[]).includes(value)) return { ok: true, value: value as T };
  const received = value === undefined ? 'nothing' : JSON.stringify(value);
  return { ok: false, error: { code: 'request.invalid', message: `${name}: expected one of ${allowed.join(', ')}, received ${received}.`, field: name } };
}

/**
 * A whole-number search parameter, written in digits: undefined when absent,
 * its value when within `min`–`max`, or a 400 naming it. `Number()` alone
 * would also take an empty value (as 0), `0x10`, `1e1` and padded spaces.
 */
export function wholeNumberParameter(url: URL, name: string, min: number, max = Number.MAX_SAFE_INTEGER): { ok: true; value: number | undefined } | { ok: false; error: ApiError } {
  const text = url.searchParams.get(name);
  if (text === null) return { ok: true, value: undefined };
  const value = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (Number.isSafeInteger(value) && value >= min && value <= max) return { ok: true, value };
  const expected = max === Number.MAX_SAFE_INTEGER ? `a whole number from ${min} up` : `a whole number from ${min} to ${max}`;
  return { ok: false, error: { code: 'request.invalid', message: `${name}: expected ${expected}, received ${JSON.stringify(text)}.`, field: name } };
}
