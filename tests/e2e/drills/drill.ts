import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
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

type MessageKey = keyof Language['messages'];

/** A message of the URL's language with its `{name}` placeholders filled, as the site's translator does. */
export function say(language: Language, key: MessageKey, params: Readonly<Record<string, string | number>> = {}): string {
  return language.messages[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** A message whose placeholders may hold anything (a time, a name), as a pattern to match the screen's text. */
export function sayPattern(language: Language, key: MessageKey): RegExp {
  const parts = language.messages[key].split(/\{\w+\}/).map((part) => part.replace(/[.*+?^$()|[\]\\]/g, '\\$&'));
  return new RegExp(parts.join('.+'));
}

/** The sandbox tab of an area; its name may end with a count ("My work 5 unread"). */
export const tab = (page: Page, language: Language, area: 'customers' | 'deals' | 'tickets' | 'work' | 'import') =>
  page.locator('.crm-tabs').getByRole('button', { name: new RegExp(`^${language.messages[`area.${area}`]}`) });

/** Moves the simulated clock on by one of the control's steps (15, 60, 240, 1440 or 10080 minutes). */
export async function advanceClock(page: Page, language: Language, minutes: 15 | 60 | 240 | 1440 | 10080) {
  await page.locator('#clock-by').selectOption(String(minutes));
  await page.getByRole('button', { name: language.messages['clock.advance'] }).click();
}

/** Opens a customer from the list, found by what a trainee would search for, on the row with its code. */
export async function openCustomer(page: Page, language: Language, search: string, code: string) {
  await tab(page, language, 'customers').click();
  await page.getByLabel(language.messages['list.search']).fill(search);
  await page.locator('.records tbody tr').filter({ hasText: code }).getByRole('button').click();
  await expect(page.locator('#account-title')).toBeVisible();
}
