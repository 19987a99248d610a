import type { ApiError } from '../auth/http-errors.ts';

/** One search parameter of a GET, checked against what it may be: its value, its default when absent, or a 400 naming it. */
export function queryParameter<T extends string>(url: URL, name: string, allowed: readonly T[], fallback?: T): { ok: true; value: T } | { ok: false; error: ApiError } {
  const value = url.searchParams.get(name) ?? fallback;
  if (value !== undefined && (allowed as readonly string[]).includes(value)) return { ok: true, value: value as T };
  const received = value === undefined ? 'nothing' : JSON.stringify(value);
  return { ok: false, error: { code: 'request.invalid', message: `${name}: expected one of ${allowed.join(', ')}, received ${received}.`, field: name } };
}
