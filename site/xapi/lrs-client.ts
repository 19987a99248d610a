import type { Statement } from './statements.ts';
import type { XapiConfig } from './xapi-config.ts';

/**
 * Sends statements to a Learning Record Store as xAPI 1.0.3 asks: one POST
 * of a batch to `<endpoint>/statements`, with the version header and Basic
 * credentials. Answers what happened as a value, never throws: the caller
 * decides what to retry (see delivery.ts).
 */

export type LrsAnswer =
  | { readonly ok: true }
  /** `status` is undefined when no answer came (refused connection, DNS, timeout). */
  | { readonly ok: false; readonly status: number | undefined; readonly reason: string };

export interface LrsClient {
  /** `signal` abandons the request, as a server stopping does. */
  send(statements: readonly Statement[], signal?: AbortSignal): Promise<LrsAnswer>;
}

export interface LrsClientOptions {
  /** How long one request may take before it counts as failed; 30 s unless told. */
  readonly timeoutMs?: number;
}

/** How much of an LRS's refusal is kept in the reason: enough for its message, not a whole error page. */
const reasonLength = 300;

export function lrsClient({ endpoint, key, secret }: Pick<XapiConfig, 'endpoint' | 'key' | 'secret'>, { timeoutMs = 30_000 }: LrsClientOptions = {}): LrsClient {
  const url = new URL('statements', endpoint);
  const authorization = `Basic ${Buffer.from(`${key}:${secret}`).toString('base64')}`;
  return {
    async send(statements, signal) {
      let response: Response;
      try {
        response = await fetch(url, {
          method: 'POST',
          headers: { 'X-Experience-API-Version': '1.0.3', 'Content-Type': 'application/json', Authorization: authorization },
          body: JSON.stringify(statements),
          signal: signal ? AbortSignal.any([signal, AbortSignal.timeout(timeoutMs)]) : AbortSignal.timeout(timeoutMs),
        });
      } catch (error) {
        return { ok: false, status: undefined, reason: `the LRS at ${url} could not be reached (${cause(error)})` };
      }
      const text = await response.text().catch(() => '');
      if (response.ok) return { ok: true };
      const detail = text.trim().slice(0, reasonLength);
      return { ok: false, status: response.status, reason: `the LRS at ${url} answered ${response.status} ${response.statusText}${detail ? `: ${detail}` : ''}` };
    },
  };
}

/** fetch hides the reason in `cause` (ECONNREFUSED, ENOTFOUND); a timeout is a DOMException. */
function cause(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const inner = error.cause;
  if (inner instanceof Error) return 'code' in inner && typeof inner.code === 'string' ? inner.code : inner.message;
  return error.name === 'TimeoutError' ? 'no answer in time' : error.message;
}
