import type { APIRoute } from 'astro';
import { errorResponse } from '../../../auth/http-errors.ts';
import { serverContext } from '../../../server/context.ts';
import { json } from '../../../server/json.ts';
import { localeParameter, newestViews } from '../../../server/lesson-versions.ts';

export const prerender = false;

/**
 * `?locale=en|zh-CN`: the newest version of every lesson written in the
 * browser, rendered and sanitised, for the player and the lesson pages.
 * Open to everyone, signed in or not ('lesson.read' in auth/access.ts): it
 * is training material, like the static pages, so there is no session to ask for.
 */
export const GET: APIRoute = async ({ url }) => {
  const { store } = await serverContext();
  const locale = localeParameter(url);
  if (!locale.ok) return errorResponse(locale.error);
  return json({ lessons: newestViews(await store.lessons({ locale: locale.value.id })) });
};
