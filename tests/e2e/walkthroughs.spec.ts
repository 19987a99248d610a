import { expect, test, type Page } from '@playwright/test';
import type { AttemptRecord } from '../../engine/scenario/record.ts';
import type { Scenario } from '../../engine/scenario/schema.ts';
import { playWalkthrough, slipped } from '../../engine/scenario/walkthrough.ts';
import { loadScenarios } from '../../site/lib/scenarios.ts';
import { languages, type Language } from './drive.ts';
import { lessonTitle } from './drills/drill.ts';

/**
 * Every scenario in the browser, from its walkthrough (the hand-written
 * drills in drills/ play five of them through the screens): the record of
 * the perfect play, kept in the browser as the player keeps an attempt,
 * opens on the finish screen at full marks; the record of the first slip
 * opens on it listing the mistake with its lesson, titled in the page's
 * language. So a new scenario file is opened, replayed by the browser's
 * engine and shown, in both languages, by being added.
 */
async function openWithRecord(page: Page, language: Language, scenario: Scenario, record: AttemptRecord) {
  const url = `/${language.path}/scenarios/${scenario.id}/`;
  await page.goto(url);
  await page.evaluate(
    ([key, stored]) => localStorage.setItem(key, stored),
    [`crm-drill.attempt.${scenario.id}.v${scenario.version}`, JSON.stringify({ record, startedAt: Date.now(), id: `walkthrough-${scenario.id}` })] as const,
  );
  await page.reload();
  await expect(page.locator('.player[data-ready="true"]')).toBeVisible();
  await expect(page.getByRole('heading', { name: language.messages['finish.title'] })).toBeVisible();
}

for (const scenario of loadScenarios()) {
  const walkthrough = scenario.walkthrough!;
  const [slip] = walkthrough.slips.filter((candidate) => candidate.completes);
  for (const language of languages) {
    test(`${scenario.id} in ${language.path}: its walkthrough opens at 100, and a slip with its lesson`, async ({ page }) => {
      await openWithRecord(page, language, scenario, playWalkthrough(scenario, walkthrough.perfect).attempt.record);
      await expect(page.getByTestId('score')).toHaveText('100');
      await expect(page.getByText(language.messages['finish.mistakes.none'])).toBeVisible();
      if (slip === undefined) return;

      await page.evaluate(() => localStorage.clear());
      await openWithRecord(page, language, scenario, playWalkthrough(scenario, slipped(walkthrough, slip)).attempt.record);
      const lesson = scenario.steps.find((step) => step.id === slip.step)!.watches.find((watch) => watch.mistake === slip.mistake)!.lesson;
      await expect(page.getByRole('link', { name: lessonTitle(language, lesson) }).first()).toBeVisible();
    });
  }
}
