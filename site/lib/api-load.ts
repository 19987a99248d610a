/**
 * The browser's GET of the records API, as the islands show it: the answer,
 * or why there is none. `signed-out` (401) and `forbidden` (403, the role
 * may not) are states a page explains, not errors.
 */
export type Loaded<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly data: T }
  | { readonly status: 'signed-out' }
  | { readonly status: 'forbidden' }
  | { readonly status: 'error'; readonly message: string };

export async function loadJson<T>(url: string, signal?: AbortSignal): Promise<Loaded<T>> {
  try {
    const response = await fetch(url, { cache: 'no-store', signal });
    if (response.ok) return { status: 'ready', data: (await response.json()) as T };
    if (response.status === 401) return { status: 'signed-out' };
    const body = (await response.json().catch(() => undefined)) as { error?: { code?: string; message?: string; field?: string } } | undefined;
    // A 403 naming a field refuses what was asked for (a team the viewer does not lead); without one, the role may not call it at all.
    if (response.status === 403 && body?.error?.field === undefined) return { status: 'forbidden' };
    return { status: 'error', message: body?.error?.message ?? `HTTP ${response.status}` };
  } catch (error) {
    if (signal?.aborted) return { status: 'loading' };
    return { status: 'error', message: error instanceof Error ? error.message : String(error) };
  }
}
