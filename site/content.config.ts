import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { lessonSchema } from './lib/lesson-schema.ts';

/**
 * Lessons: one Markdown file per lesson and locale, the same file name under
 * content/lessons/en/ and content/lessons/zh-cn/. A trainee sees the lesson
 * the moment they make the mistake a scenario step links to it.
 */
const lessons = defineCollection({
  loader: glob({ pattern: '**/*.md', base: './content/lessons' }),
  schema: lessonSchema,
});

export const collections = { lessons };
