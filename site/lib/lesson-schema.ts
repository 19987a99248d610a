import { z } from 'astro/zod';
import { mistakeCodes } from '../../engine/mistakes.ts';
import { topics } from '../../engine/scenario/topics.ts';

/**
 * A lesson's front matter. Declared here rather than in content.config.ts so
 * that a unit test can hold every lesson file to it without Astro running.
 */
export const lessonSchema = z.object({
  /** Shown as the lesson's heading. */
  title: z.string().min(1),
  /** The mistake this lesson teaches about; the glossary lists the lesson under it. */
  mistake: z.enum(mistakeCodes),
  /** The seed table's row the lesson belongs to: the lessons index groups by it, the role guides pick by it. Same in every language. */
  topic: z.enum(topics),
  /** One sentence shown in lists and as the lesson's first line. */
  summary: z.string().min(1),
});
export type LessonData = z.output<typeof lessonSchema>;
