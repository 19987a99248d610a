import type { APIRoute } from 'astro';
import { guard } from '../../../auth/guard.ts';
import { errorResponse } from '../../../auth/http-errors.ts';
import { readJsonAs } from '../../../auth/request-body.ts';
import { previewSchema } from '../../../lib/lesson-edit.ts';
import { renderLessonMarkdown } from '../../../lib/lesson-markdown.ts';
import { serverContext } from '../../../server/context.ts';
import { json } from '../../../server/json.ts';

export const prerender = false;

/** `{ body }` (Markdown) → `{ html }`: the editor's preview, by the very renderer and sanitiser trainees' lessons go through. */
export const POST: APIRoute = async ({ request }) => {
  const { store, sessions } = await serverContext();
  const guarded = await guard({ sessions, users: store }, request, 'lesson.edit');
  if (!guarded.ok) return errorResponse(guarded.error);
  const body = await readJsonAs(request, previewSchema);
  return body.ok ? json({ html: renderLessonMarkdown(body.value.body) }) : errorResponse(body.error);
};
