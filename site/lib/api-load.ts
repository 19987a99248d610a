/**
 * How an island calls the records API: one request, its answer as a state
 * the page can show. `signed-out` (401) and `forbidden` (403, a role that
 * may not) are states the page explains, not errors. A change sends the
 * session's CSRF token (from GET /api/session) as the API demands.
 */
export type Loaded<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly data: T }
  | { readonly status: 'signed-out' }
  | { readonly status: 'forbidden' }
  /** A refusal (with the API's code, and the field it is about) or no answer at all (no code). */
  | { readonly status: 'error'; readonly message: string; readonly code?: string; readonly field?: string };

/** What a page says while its data is not there, in its own words (components/LoadNotice.svelte shows it). */
export interface LoadNoticeText {
  readonly loading: string;
  readonly signedOut: string;
  readonly signIn: string;
  readonly forbidden: string;
  readonly failed: (message: string) => string;
}

export interface LoadOptions {
  readonly signal?: AbortSignal;
  /** A change: its method, JSON body and the session's CSRF token. */
  readonly send?: { readonly method: 'POST' | 'PUT' | 'PATCH' | 'DELETE'; readonly body: unknown; readonly csrfToken: string };
}

export async function load<T>(url: string, { signal, send }: LoadOptions = {}): Promise<Loaded<T>> {
  const init: RequestInit =
    send === undefined
      ? { cache: 'no-store', signal }
      : { method: send.method, cache: 'no-store', signal, headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': send.csrfToken }, body: JSON.stringify(send.body) };
  try {
    const response = await fetch(url, init);
    if (response.ok) return { status: 'ready', data: (await response.json()) as T };
    if (response.status === 401) return { status: 'signed-out' };
    const body = (await response.json().catch(() => undefined)) as { error?: { code?: string; message?: string; field?: string } } | undefined;
    // A 403 naming a field is a value the viewer may not ask for (a team); without one, the role may not call this at all.
    if (response.status === 403 && body?.error?.field === undefined) return { status: 'forbidden' };
    return { status: 'error', message: body?.error?.message ?? `HTTP ${response.status}`, code: body?.error?.code, field: body?.error?.field };
  } catch (error) {
    if (signal?.aborted) return { status: 'loading' };
    return { status: 'error', message: error instanceof Error ? error.message : String(error) };
  }
}
