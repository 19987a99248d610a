import type { Scenario } from '../../engine/scenario/schema.ts';
import { locales, type Locale } from '../i18n/locales.ts';

/**
 * A watched mistake shows its lesson in the trainee's language, so every
 * lesson a scenario links to must exist in every language. One check for
 * every place a scenario comes from: `crm-drill scenarios check` and the
 * player page at build time (Markdown files in content/lessons/), and an
 * upload (those files, or lessons consultants saved in the browser).
 */
export interface MissingLesson {
  /** Where the link is written: `['steps', 3, 'watches', 0, 'lesson']`. */
  readonly path: readonly (string | number)[];
  readonly lesson: string;
  /** The languages it is missing in, in the site's order. */
  readonly locales: readonly Locale[];
}

/** Each link to a lesson that `exists` does not find in some language. */
export function missingLessons(scenario: Scenario, exists: (locale: Locale, lesson: string) => boolean, among: readonly Locale[] = locales): MissingLesson[] {
  return scenario.steps.flatMap((step, stepIndex) =>
    step.watches.flatMap((watch, watchIndex) => {
      const missing = among.filter((locale) => !exists(locale, watch.lesson));
      return missing.length === 0 ? [] : [{ path: ['steps', stepIndex, 'watches', watchIndex, 'lesson'], lesson: watch.lesson, locales: missing }];
    }),
  );
}

/** The Markdown file of a built-in lesson, from the project folder. */
export const lessonFile = (locale: Locale, lesson: string) => `content/lessons/${locale.path}/${lesson}.md`;
