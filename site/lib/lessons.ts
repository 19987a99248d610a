import { getCollection } from 'astro:content';
import type { LocalePath } from '../i18n/locales.ts';
import type { LessonCard } from './lesson-index.ts';

/** A lesson as the player shows it: rendered at build time, so the browser gets HTML, not a Markdown parser. */
export interface LessonView {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly html: string;
}

/** A lesson as the lessons index, the glossary and the guides list it: the player's view, with its mistake and topic. */
export interface LessonEntry extends LessonView, LessonCard {}

/** Every lesson in one language, ordered by id (the file name without extension). */
export async function lessonEntriesIn(locale: LocalePath): Promise<LessonEntry[]> {
  const entries = await getCollection('lessons', (entry) => entry.id.startsWith(`${locale}/`));
  return entries
    .map((entry) => ({
      id: entry.id.slice(locale.length + 1),
      title: entry.data.title,
      summary: entry.data.summary,
      mistake: entry.data.mistake,
      topic: entry.data.topic,
      html: entry.rendered?.html ?? '',
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** Lessons in one language, keyed by lesson id. */
export async function lessonsIn(locale: LocalePath): Promise<Record<string, LessonView>> {
  const entries = await lessonEntriesIn(locale);
  return Object.fromEntries(entries.map(({ id, title, summary, html }) => [id, { id, title, summary, html }]));
}
