import type { APIRoute } from 'astro';
import { guard } from '../../../auth/guard.ts';
import { errorResponse } from '../../../auth/http-errors.ts';
import { readJsonAs } from '../../../auth/request-body.ts';
import { serverContext } from '../../../server/context.ts';
import { json } from '../../../server/json.ts';
import { lessonEditSchema } from '../../../lib/lesson-edit.ts';
import { editorVersion, editorVersions, lessonIdParameter, localeParameter, staleEdit, unknownScenarios } from '../../../server/lesson-versions.ts';
import { storeRefusal } from '../../../server/store-refusal.ts';

export const prerender = false;

/** `?locale=`: every version of one lesson for the editor, oldest first; a built-in lesson's file comes first as version 0. */
export const GET: APIRoute = async ({ request, url, params }) => {
  const { store, sessions } = await serverContext();
  const guarded = await guard({ sessions, users: store }, request, 'lesson.edit');
  if (!guarded.ok) return errorResponse(guarded.error);
  const id = lessonIdParameter(params.id);
  if (!id.ok) return errorResponse(id.error);
  const locale = localeParameter(url);
  if (!locale.ok) return errorResponse(locale.error);
  return json({ lessonId: id.value, locale: locale.value.id, versions: await editorVersions(store, locale.value, id.value) });
};

/**
 * A new version of the lesson in one language, saved as the version after
 * `baseVersion`: 201 with it, or 409 when someone saved another since the
 * edit began (naming who and when), so nobody's text is overwritten unseen.
 */
export const PUT: APIRoute = async ({ request, params }) => {
  const { store, sessions, now } = await serverContext();
  const guarded = await guard({ sessions, users: store }, request, 'lesson.edit');
  if (!guarded.ok) return errorResponse(guarded.error);
  const id = lessonIdParameter(params.id);
  if (!id.ok) return errorResponse(id.error);
  const body = await readJsonAs(request, lessonEditSchema);
  if (!body.ok) return errorResponse(body.error);
  const { baseVersion, ...edit } = body.value;
  const unknown = await unknownScenarios(store, edit.scenarioIds);
  if (unknown.length > 0) return errorResponse({ code: 'request.invalid', field: 'scenarioIds', message: `scenarioIds: no scenario ${unknown.join(', ')}; tie the lesson to scenarios trainees can play.` });
  try {
    const saved = await store.saveLesson({ lessonId: id.value, ...edit, version: baseVersion + 1, authorId: guarded.user.id, savedAt: now().toISOString() });
    return json({ lesson: await editorVersion(store, saved) }, 201);
  } catch (error) {
    const refusal = storeRefusal(error);
    return errorResponse(refusal.code === 'conflict' ? await staleEdit(store, id.value, body.value) : refusal);
  }
};
