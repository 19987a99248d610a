import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locales } from './i18n/locales.ts';
import { guideFor, guideRoles } from './lib/guides.ts';
import { splitLessonFile } from './lib/lesson-files.ts';
import { howToHeadings } from './lib/lesson-sections.ts';
import { lessonSchema, type LessonData } from './lib/lesson-schema.ts';

/** Every lesson file of a language, its front matter read and held to the collection's schema. */
function lessonsOf(folder: string) {
  const base = join(process.cwd(), 'content', 'lessons', folder);
  return readdirSync(base)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => {
      const text = readFileSync(join(base, name), 'utf8');
      const { frontMatter, body } = splitLessonFile(text);
      const checked = lessonSchema.safeParse(frontMatter);
      return { file: `content/lessons/${folder}/${name}`, id: name.slice(0, -'.md'.length), body, checked };
    });
}

const byLocale = locales.map((locale) => ({ locale, lessons: lessonsOf(locale.path) }));
const [english, ...translations] = byLocale;
const data = (lesson: { checked: { success: boolean; data?: LessonData } }) => lesson.checked.data!;

describe('lesson files', () => {
  it.each(byLocale.flatMap(({ lessons }) => lessons.map((lesson) => [lesson.file, lesson] as const)))('%s has valid front matter', (_file, lesson) => {
    expect(lesson.checked.error?.issues ?? []).toEqual([]);
  });

  it.each(translations.map((translation) => [translation.locale.path, translation] as const))(
    'en and %s pair up by file name, with the same mistake and topic',
    (_path, translation) => {
      expect(translation.lessons.map((lesson) => lesson.id)).toEqual(english!.lessons.map((lesson) => lesson.id));
      const facts = (lessons: typeof english.lessons) => lessons.map((lesson) => ({ id: lesson.id, mistake: data(lesson).mistake, topic: data(lesson).topic }));
      expect(facts(translation.lessons)).toEqual(facts(english!.lessons));
    },
  );

  it.each(byLocale.map(({ locale, lessons }) => [locale.path, lessons] as const))(
    'every %s lesson has its how-to-do-it-right section, which the role guides print',
    (path, lessons) => {
      const heading = `## ${howToHeadings[path]}`;
      const without = lessons.filter((lesson) => lesson.body.split('\n').filter((line) => line.trim() === heading).length !== 1);
      expect(without.map((lesson) => lesson.file)).toEqual([]);
    },
  );

  it.each(guideRoles)('give the %s guide something to print', (role) => {
    const lessons = english!.lessons.map((lesson) => ({ id: lesson.id, ...data(lesson) }));
    expect(guideFor(role, lessons).length).toBeGreaterThan(0);
  });
});
