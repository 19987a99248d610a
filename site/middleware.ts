import { defineMiddleware } from 'astro:middleware';
import { errorResponse } from './auth/http-errors.ts';

/**
 * The API answers in JSON, refusals included. Astro answers a method an API
 * route does not export with its HTML 404 page, which a tool calling the API
 * cannot read: that becomes the API's own 405, with a message. (An API path
 * no route serves is answered by pages/api/[...path].ts.)
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  // A body means the route itself answered 404 (an unknown record): that stands.
  if (!context.routePattern.startsWith('/api/') || response.status !== 404 || response.body !== null) return response;
  const { method } = context.request;
  return errorResponse({ code: 'request.method-not-allowed', message: `${context.routePattern} does not answer ${method}; the README's API table lists what each route answers.` });
});
