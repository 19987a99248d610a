import { slug } from '../../engine/scenario/schema.ts';
import type { ApiError } from '../auth/http-errors.ts';
import { parseAs, type BodyOutcome } from '../auth/request-body.ts';
import { locales, type Locale, type LocaleId } from '../i18n/locales.ts';
import type { EditorVersion, LessonEdit } from '../lib/lesson-edit.ts';
import { readLessonFile } from '../lib/lesson-files.ts';
import { renderLessonMarkdown } from '../lib/lesson-markdown.ts';
import type { StoredLessonView } from '../lib/newest-lesson.ts';
import type { LessonVersion } from '../records/schema.ts';
import type { RecordsStore } from '../records/store.ts';
import { queryParameter } from './query.ts';
import { scenarioSource } from './scenario-source.ts';

/**
 * What the lesson routes share: the locale and id they are asked about,
 * lessons as trainees get them (rendered once per version) and as the editor
 * gets them (the Markdown, who saved it), and the check of an edit.
 */

type Checked<T> = BodyOutcome<T>;

/** `?locale=en|zh-CN`, required: a lesson is written in one language at a time. */
export function localeParameter(url: URL): Checked<Locale> {
  const asked = queryParameter<LocaleId>(url, 'locale', locales.map((locale) => locale.id));
  return asked.ok ? { ok: true, value: locales.find((locale) => locale.id === asked.value)! } : asked;
}

/** The `:id` of a lesson route: a slug, as lesson files are named. */
export function lessonIdParameter(id: string | undefined): Checked<string> {
  const checked = parseAs(slug, id);
  return checked.ok ? checked : { ok: false, error: { code: 'request.invalid', field: 'id', message: `id: ${checked.error.message}` } };
}

const rendered = new WeakMap<LessonVersion, string>();

/** The newest version of each lesson in `saved` (oldest first, one language), as the player shows it. */
export function newestViews(saved: readonly LessonVersion[]): StoredLessonView[] {
  const newest = new Map(saved.map((lesson) => [lesson.lessonId, lesson]));
  return [...newest.values()].map((lesson) => {
    // Versions never change once saved, so each is rendered once for the server's life.
    const html = rendered.get(lesson) ?? renderLessonMarkdown(lesson.body);
    rendered.set(lesson, html);
    const { lessonId: id, title, summary, mistake, scenarioIds, version, savedAt } = lesson;
    return { id, title, summary, html, mistake, scenarioIds, version, savedAt };
  });
}

export async function editorVersion(store: Pick<RecordsStore, 'user'>, lesson: LessonVersion): Promise<EditorVersion> {
  const { version, title, summary, mistake, topic, scenarioIds, body, savedAt, authorId } = lesson;
  return { version, title, summary, mistake, topic, scenarioIds, body, savedAt, author: (await store.user(authorId))?.name ?? authorId };
}

/** Every version of one lesson in one language, oldest first, starting from the built-in file (as version 0) when there is one. */
export async function editorVersions(store: Pick<RecordsStore, 'user' | 'lessons'>, locale: Locale, lessonId: string): Promise<EditorVersion[]> {
  const file = readLessonFile(locale, lessonId);
  const saved = await Promise.all((await store.lessons({ lessonId, locale: locale.id })).map((lesson) => editorVersion(store, lesson)));
  if (file === undefined) return saved;
  const { title, summary, mistake, topic, body } = file;
  return [{ version: 0, title, summary, mistake, topic, scenarioIds: [], body }, ...saved];
}

/** A lesson may be tied only to scenarios trainees can play: the built-in ones and those consultants published. */
export async function unknownScenarios(store: Pick<RecordsStore, 'publishedScenarios'>, ids: readonly string[]): Promise<string[]> {
  const source = scenarioSource(store);
  const found = await Promise.all(ids.map((id) => source.newest(id)));
  return ids.filter((_, index) => found[index] === undefined);
}

/** The 409 for an edit started from an older version: who saved since, and when, so the consultant knows whom to ask. */
export async function staleEdit(store: Pick<RecordsStore, 'user' | 'lessons'>, lessonId: string, edit: LessonEdit): Promise<ApiError> {
  const latest = (await store.lessons({ lessonId, locale: edit.locale })).at(-1);
  const who = latest === undefined ? 'nobody' : `${(await store.user(latest.authorId))?.name ?? latest.authorId} at ${latest.savedAt}`;
  return {
    code: 'conflict',
    field: 'baseVersion',
    message: `This edit started from version ${edit.baseVersion}, but version ${latest?.version ?? 0} was saved since by ${who}; reload the lesson, and save again from there.`,
  };
}
