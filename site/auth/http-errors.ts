import type { Problem } from '../../engine/scenario/file.ts';

/**
 * How the API says no: every refusal is the JSON body
 * `{ error: { code, message, field? } }` with the status its code implies, so
 * a route cannot answer a rate limit with 400 or a bad field with 500. The
 * browser translates by `code` (the message is English, for logs and curl).
 */

/** Each error code with its HTTP status. One list, used everywhere. */
export const apiErrorStatus = {
  /** A field is missing or has the wrong shape; `field` names it. */
  'request.invalid': 400,
  /** The body is not JSON (or not UTF-8). */
  'request.malformed-json': 400,
  /** The route does not answer this method (PUT on a route that only reads, say). */
  'request.method-not-allowed': 405,
  /** The body is not the media type the route reads. */
  'request.unsupported-media-type': 415,
  /** The body, or the command log in it, is over the limit. */
  'request.too-large': 413,
  /** The request line and headers together are over Node's limit (16 KB): a URL or a cookie far too long. */
  'request.headers-too-large': 431,
  /** No live session: not signed in, signed out, or expired. */
  'auth.required': 401,
  /** Unknown username or wrong password; the two are never told apart. */
  'auth.sign-in-failed': 401,
  /** Signed in, but the role or the record does not allow it. */
  'auth.forbidden': 403,
  /** A state-changing request without an Origin or Referer. */
  'csrf.origin-missing': 403,
  /** A state-changing request from another site. */
  'csrf.origin-mismatch': 403,
  /** A state-changing request without the session's X-CSRF-Token. */
  'csrf.token-missing': 403,
  /** An X-CSRF-Token that is not the session's. */
  'csrf.token-mismatch': 403,
  'not-found': 404,
  /** The id or name is taken. */
  conflict: 409,
  /** An attempt made on a scenario version the server has neither current nor archived. */
  'attempt.scenario-unknown': 422,
  /** An attempt whose log the engine will not replay (another engine's, out of order, an unknown command). */
  'attempt.not-replayable': 422,
  /** An uploaded scenario file that is not valid; `problems` says where, by line. */
  'scenario.invalid': 422,
  /** A file of records with bad rows; `rows` lists each, by line and field, and nothing was stored. */
  'import.rows-invalid': 422,
  /** Too many failed sign-ins; comes with Retry-After. */
  'rate-limited': 429,
} as const;
export type ApiErrorCode = keyof typeof apiErrorStatus;

/** One bad row of an imported file: its line (the header is line 1), its field, and what is wrong; a route may add more (a code, the value). */
export interface ApiRowProblem {
  readonly line: number;
  readonly field: string;
  readonly message: string;
}

/** A refusal as the API states it. A 429 always carries how long to wait, an invalid file its problems and a bad import its rows, so the type demands them. */
export type ApiError =
  | { readonly code: Exclude<ApiErrorCode, 'rate-limited' | 'scenario.invalid' | 'import.rows-invalid'>; readonly message: string; readonly field?: string }
  | { readonly code: 'rate-limited'; readonly message: string; readonly retryAfterSeconds: number }
  | { readonly code: 'scenario.invalid'; readonly message: string; readonly problems: readonly Problem[] }
  | { readonly code: 'import.rows-invalid'; readonly message: string; readonly rows: readonly ApiRowProblem[] };

/** The JSON body, exactly: `retryAfterSeconds` travels as a header, not in the body. */
export interface ApiErrorBody {
  readonly error: {
    readonly code: ApiErrorCode;
    readonly message: string;
    readonly field?: string;
    readonly problems?: readonly Problem[];
    readonly rows?: readonly ApiRowProblem[];
  };
}

export function errorBody(error: ApiError): ApiErrorBody {
  const { code, message } = error;
  if (error.code === 'scenario.invalid') return { error: { code, message, problems: error.problems } };
  if (error.code === 'import.rows-invalid') return { error: { code, message, rows: error.rows } };
  return { error: 'field' in error && error.field !== undefined ? { code, message, field: error.field } : { code, message } };
}

/** The Response for a refusal. Never cached: a refusal is about this request, this session. */
export function errorResponse(error: ApiError): Response {
  const headers = new Headers({ 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  if (error.code === 'rate-limited') headers.set('Retry-After', String(Math.max(1, Math.ceil(error.retryAfterSeconds))));
  return new Response(JSON.stringify(errorBody(error)), { status: apiErrorStatus[error.code], headers });
}
