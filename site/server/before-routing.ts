import type { ServerResponse } from 'node:http';
import { apiErrorStatus, errorBody, type ApiError } from '../auth/http-errors.ts';

/**
 * Requests refused before any route sees them, answered with the API's JSON
 * error like every other refusal: without this, Node answers a request line
 * or headers over its 16 KB limit (a huge id, a forged cookie) with a bare
 * 431, and the adapter a URL whose escapes do not decode (`%ZZ`) with a
 * plain-text 400, neither of which says what was wrong.
 */

/**
 * The refusal for a URL no route should see, or undefined: percent-escapes
 * that do not decode, a control character or line break in the path, or a path that climbs (a `..` segment once decoded,
 * `%2e%2e%2f` say), which a browser never sends and the static file server
 * would quietly resolve to another path.
 */
export function unroutableUrl(url: string): ApiError | undefined {
  let path: string;
  try {
    decodeURI(url);
    path = decodeURIComponent(url.split('?')[0]);
  } catch {
    return { code: 'request.invalid', field: 'url', message: 'The URL has a percent-escape that does not decode to UTF-8 text (such as %ZZ or %C0).' };
  }
  // Astro's router does not match a line break in a path (U+2028 and U+2029 are line breaks to a regular expression too), and would answer its HTML page; no browser sends one.
  if (/[\p{Cc}\u2028\u2029]/u.test(path)) return { code: 'request.invalid', field: 'url', message: 'The path holds a control character or a line break (a tab, NUL, U+2028…) once decoded.' };
  if (path.split(/[/\\]/).includes('..'))
    return { code: 'request.invalid', field: 'url', message: 'The path climbs out of itself with a ".." segment (perhaps percent-encoded); send the path it means.' };
  return undefined;
}

/** Writes a refusal on a response no route has touched. */
export function writeRefusal(response: ServerResponse, error: ApiError): void {
  response.writeHead(apiErrorStatus[error.code], { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  response.end(JSON.stringify(errorBody(error)));
}

/** The whole HTTP answer, as bytes for the socket, to a request Node could not parse (its 'clientError'); the connection closes after it. */
export function clientErrorAnswer(error: Error & { readonly code?: string }): string {
  const refusal: ApiError =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? { code: 'request.headers-too-large', message: 'The request line and headers are over 16 KB: a URL, an id or a cookie far too long.' }
      : { code: 'request.invalid', message: `The request is not well-formed HTTP (${error.code ?? error.message}).` };
  const status = apiErrorStatus[refusal.code];
  const body = JSON.stringify(errorBody(refusal));
  const reason = status === 431 ? 'Request Header Fields Too Large' : 'Bad Request';
  return `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n${body}`;
}
