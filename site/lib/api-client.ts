import type { ApiErrorBody } from '../auth/http-errors.ts';

/**
 * How the islands speak to the records API: a read that comes back as the
 * state a page shows, and a change sent with the session's CSRF token (from
 * GET /api/session) that comes back as the data or the API's refusal.
 */

/** Where one read stands; `signed-out` (401) and `forbidden` (403, the role may not) are states a page explains, not errors. */
export type Loaded<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly data: T }
  | { readonly status: 'signed-out' }
  | { readonly status: 'forbidden' }
  | { readonly status: 'error'; readonly message: string };

export type ApiRefusal = ApiErrorBody['error'];

/** What a page says while its read is not ready, in its own words (components/LoadNotice.svelte shows it). */
export interface LoadNoticeText {
  readonly loading: string;
  readonly signedOut: string;
  readonly signIn: string;
  readonly forbidden: string;
  readonly failed: (message: string) => string;
}

export async function loadJson<T>(url: string, signal?: AbortSignal): Promise<Loaded<T>> {
  try {
    const response = await fetch(url, { cache: 'no-store', signal });
    if (response.ok) return { status: 'ready', data: (await response.json()) as T };
    if (response.status === 401) return { status: 'signed-out' };
    const body = (await response.json().catch(() => undefined)) as { error?: ApiRefusal } | undefined;
    // A 403 naming a field is about what was asked (a team the viewer may not filter by); without one, the role may not read this at all.
    if (response.status === 403 && body?.error?.field === undefined) return { status: 'forbidden' };
    return { status: 'error', message: body?.error?.message ?? `HTTP ${response.status}` };
  } catch (error) {
    if (signal?.aborted) return { status: 'loading' };
    return { status: 'error', message: error instanceof Error ? error.message : String(error) };
  }
}

/** A change's answer: the data (undefined for 204), or the refusal with its status; status 0 when the server was not reached. */
export type Sent<T> = { readonly ok: true; readonly data: T } | { readonly ok: false; readonly status: number; readonly error?: ApiRefusal };

export async function send<T>(method: 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, body: unknown, csrfToken: string): Promise<Sent<T>> {
  let response: Response;
  try {
    response = await fetch(url, { method, headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrfToken }, body: JSON.stringify(body) });
  } catch {
    return { ok: false, status: 0 };
  }
  if (response.ok) return { ok: true, data: (response.status === 204 ? undefined : await response.json()) as T };
  const refusal = (await response.json().catch(() => undefined)) as { error?: ApiRefusal } | undefined;
  return { ok: false, status: response.status, error: refusal?.error };
}
