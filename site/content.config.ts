import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { mistakeCodes } from '../engine/index.ts';

/**
 * Lessons: one Markdown file per lesson and locale, the same file name under
 * content/lessons/en/ and content/lessons/zh-cn/. A trainee sees the lesson
 * the moment they make the mistake a scenario step links to it.
 */
const lessons = defineCollection({
  loader: glob({ pattern: '**/*.md', base: './content/lessons' }),
  schema: z.object({
    /** Shown as the lesson's heading. */
    title: z.string().min(1),
    /** The mistake this lesson teaches about. */
    mistake: z.enum(mistakeCodes),
    /** One sentence shown in lists and as the lesson's first line. */
    summary: z.string().min(1),
  }),
});

export const collections = { lessons };
