import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Locale } from '../i18n/locales.ts';
import { lessonSchema, type LessonData } from './lesson-schema.ts';
import { lessonFile } from './scenario-lessons.ts';

/**
 * The lesson files in content/lessons/ read as text, for the server: the
 * editor starts a consultant from a built-in lesson's own Markdown, and the
 * lessons-wanted list counts the files as written. (The static pages get the
 * same files through Astro's content collection, rendered at build time.)
 */

/** A lesson file's parts: its front matter as YAML gave it (unchecked), and the Markdown after it. */
export function splitLessonFile(text: string): { frontMatter: unknown; body: string } {
  const [, frontMatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
  return { frontMatter: parse(frontMatter), body };
}

/** A built-in lesson: its front matter and its Markdown. */
export interface LessonFile extends LessonData {
  readonly id: string;
  readonly body: string;
}

/** The built-in lesson `id` in one language, or undefined when there is no such file. */
export function readLessonFile(locale: Locale, id: string): LessonFile | undefined {
  const path = join(process.cwd(), lessonFile(locale, id));
  // The id is a slug (checked by the route), so it cannot leave the folder.
  if (!existsSync(path)) return undefined;
  const { frontMatter, body } = splitLessonFile(readFileSync(path, 'utf8'));
  return { id, ...lessonSchema.parse(frontMatter), body: body.trim() };
}

/** The ids of the built-in lessons in one language (the file names without `.md`). */
export function lessonFileIds(locale: Locale): string[] {
  return readdirSync(join(process.cwd(), 'content', 'lessons', locale.path))
    .filter((name) => name.endsWith('.md'))
    .map((name) => name.slice(0, -'.md'.length));
}
