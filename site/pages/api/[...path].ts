import type { APIRoute } from 'astro';
import { errorResponse } from '../../auth/http-errors.ts';

export const prerender = false;

/** An API path no route serves, by any method: the API's JSON 404, not the site's HTML page for people. */
export const ALL: APIRoute = ({ url }) => errorResponse({ code: 'not-found', message: `No API route answers ${url.pathname}; the README's API table lists them.` });
