import type { APIRoute } from 'astro';
import { guard } from '../../../auth/guard.ts';
import { errorResponse } from '../../../auth/http-errors.ts';
import { locales } from '../../../i18n/locales.ts';
import { lessonFileIds } from '../../../lib/lesson-files.ts';
import { loadScenarios } from '../../../lib/scenarios.ts';
import { storeLessonsWanted } from '../../../records/lessons-wanted.ts';
import { serverContext } from '../../../server/context.ts';
import { json } from '../../../server/json.ts';
import { scenarioSource } from '../../../server/scenario-source.ts';

export const prerender = false;

/**
 * The consultant's lessons-wanted list (records/lessons-wanted.ts) over every
 * attempt on record, from the store's tallies. A lesson counts as written when it has a file or a
 * version saved in the browser, in either language; the scenarios are the
 * built-in and the published ones. It names no one.
 */
export const GET: APIRoute = async ({ request }) => {
  const { store, sessions } = await serverContext();
  const guarded = await guard({ sessions, users: store }, request, 'lesson.edit');
  if (!guarded.ok) return errorResponse(guarded.error);
  const lessonIds = new Set([...locales.flatMap((locale) => lessonFileIds(locale)), ...(await store.lessons()).map((lesson) => lesson.lessonId)]);
  const scenarios = [...loadScenarios(), ...(await scenarioSource(store).published()).map((entry) => entry.scenario)];
  return json({ entries: await storeLessonsWanted(store, { lessonIds, scenarios }) });
};
