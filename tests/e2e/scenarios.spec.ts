import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { languages, screenshot } from './drive.ts';
import { lessonTitle } from './drills/drill.ts';
import { drills } from './drills/index.ts';

/**
 * Scenarios played through the sandbox's screens in each language: once
 * perfectly to full marks, once with a mistake it watches, whose lesson must
 * appear at once. One drill per area of the sandbox; every scenario, drilled
 * here or not, is opened in the browser from its walkthrough by
 * walkthroughs.spec.ts.
 */
test('each drill plays a scenario of scenarios/', () => {
  const scenarios = readdirSync(new URL('../../scenarios/', import.meta.url)).filter((name) => name.endsWith('.yaml')).map((name) => name.replace(/\.yaml$/, ''));
  for (const drill of drills) expect(scenarios).toContain(drill.scenario);
});

const readYaml = (path: string) => parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));
const learningPaths: { id: string; scenarios: string[] }[] = readYaml('scenarios/paths/learning-paths.yaml').paths;

/** The scenarios that come after this one on each learning path it is on. */
const nextOnPaths = (scenario: string) =>
  learningPaths.flatMap((path) => {
    const next = path.scenarios[path.scenarios.indexOf(scenario) + 1];
    return path.scenarios.includes(scenario) && next !== undefined ? [next] : [];
  });

for (const drill of drills) {
  for (const language of languages) {
    test.describe(`${drill.scenario} in ${language.path}`, () => {
      test.beforeEach(async ({ page }) => {
        await page.goto(`/${language.path}/scenarios/${drill.scenario}/`);
        await expect(page.locator('.player[data-ready="true"]')).toBeVisible();
      });

      test('a perfect run reaches full marks with no mistake', async ({ page }) => {
        await drill.perfect(page, language);
        await expect(page.getByRole('heading', { name: language.messages['finish.title'] })).toBeVisible();
        await expect(page.getByTestId('score')).toHaveText('100');
        await expect(page.getByText(language.messages['finish.mistakes.none'])).toBeVisible();
        for (const next of nextOnPaths(drill.scenario)) {
          const title: string = readYaml(`scenarios/${next}.yaml`).title[language.path === 'en' ? 'en' : 'zh-CN'];
          const link = page.getByRole('link', { name: language.messages['finish.next.scenario'].replace('{title}', title) });
          await expect(link.first()).toHaveAttribute('href', `/${language.path}/scenarios/${next}/`);
        }
        await screenshot(page, `finish-${drill.scenario}-${language.path}-1280`);
      });

      test(`${drill.mistake.code} shows its lesson at once`, async ({ page }) => {
        await drill.mistake.play(page, language);
        const lesson = page.locator('.lesson');
        await expect(lesson).toBeVisible();
        await expect(lesson).toContainText(language.messages[`mistake.${drill.mistake.code}` as keyof typeof language.messages]);
        await expect(lesson.locator('#lesson-title')).toContainText(lessonTitle(language, drill.mistake.lesson));
        await screenshot(page, `lesson-${drill.scenario}-${language.path}-1280`);
      });
    });
  }
}
