import * as v from 'valibot';
import { lessonVersionSchema, type LessonVersion } from '../records/schema.ts';

/**
 * What the lesson editor and the lesson routes agree on: the body of a save
 * and of a preview, checked by the same schema in the browser (to mark a
 * field before sending) and on the server, and a version as the editor gets it.
 */

const { locale, title, summary, mistake, topic, scenarioIds, body } = lessonVersionSchema.entries;

/** PUT /api/lessons/:id: the fields of a lesson file, the language, and the version the edit started from (0 for a built-in file or a new lesson). */
export const lessonEditSchema = v.strictObject({
  locale,
  baseVersion: v.pipe(v.number(), v.safeInteger(), v.minValue(0)),
  title,
  summary,
  mistake,
  topic,
  scenarioIds,
  body,
});
export type LessonEdit = v.InferOutput<typeof lessonEditSchema>;

/** POST /api/lessons/preview: Markdown as the editor holds it, under the same limit as a saved lesson. */
export const previewSchema = v.strictObject({ body: v.pipe(v.string(), v.maxLength(20_000)) });

/** One version as the editor shows it: version 0 is the built-in file, which has no author or save time. */
export interface EditorVersion extends Pick<LessonVersion, 'version' | 'title' | 'summary' | 'mistake' | 'topic' | 'scenarioIds' | 'body'> {
  readonly savedAt?: string;
  /** The real name of who saved it. */
  readonly author?: string;
}
