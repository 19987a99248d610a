import { getCollection } from 'astro:content';
import type { LocalePath } from '../i18n/locales.ts';

/** A lesson as the player shows it: rendered at build time, so the browser gets HTML, not a Markdown parser. */
export interface LessonView {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly html: string;
}

/** Lessons in one language, keyed by lesson id (the file name without extension). */
export async function lessonsIn(locale: LocalePath): Promise<Record<string, LessonView>> {
  const entries = await getCollection('lessons', (entry) => entry.id.startsWith(`${locale}/`));
  return Object.fromEntries(
    entries.map((entry) => {
      const id = entry.id.slice(locale.length + 1);
      return [id, { id, title: entry.data.title, summary: entry.data.summary, html: entry.rendered?.html ?? '' }];
    }),
  );
}
