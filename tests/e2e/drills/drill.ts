import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { Language } from '../drive.ts';

/**
 * How a scenario is played through the sandbox's screens, as a trainee would:
 * one run that does every step right, and one that makes a mistake the
 * scenario watches. `scenarios.spec.ts` plays both in each language.
 */
export interface Drill {
  scenario: string;
  /** From a fresh attempt to the finish screen, every step done right. */
  perfect: (page: Page, language: Language) => Promise<void>;
  /** A mistake the scenario watches, and the lesson it links to. */
  mistake: {
    code: string;
    lesson: string;
    /** From a fresh attempt to the moment the mistake is recorded. */
    play: (page: Page, language: Language) => Promise<void>;
  };
}

/** A lesson's title in the URL's language, read from its Markdown file. */
export function lessonTitle(language: Language, lesson: string): string {
  const text = readFileSync(new URL(`../../../content/lessons/${language.path}/${lesson}.md`, import.meta.url), 'utf8');
  const title = /^title: (.+)$/m.exec(text)?.[1];
  if (title === undefined) throw new Error(`content/lessons/${language.path}/${lesson}.md has no title`);
  return title.replace(/^(['"])(.*)\1$/, '$2');
}
