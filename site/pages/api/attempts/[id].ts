import type { APIRoute } from 'astro';
import { errorResponse } from '../../../auth/http-errors.ts';
import { json } from '../../../server/json.ts';
import { readableAttempt } from '../../../server/readable-attempt.ts';

export const prerender = false;

/** One stored attempt: its owner's, their leads', or an admin's to read. */
export const GET: APIRoute = async ({ request, params }) => {
  const readable = await readableAttempt(request, params.id ?? '');
  return readable.ok ? json({ attempt: readable.attempt }) : errorResponse(readable.error);
};
