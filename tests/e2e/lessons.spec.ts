import { readdirSync, readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { mistakeCodes } from '../../engine/mistakes.ts';
import { guideTopics } from '../../site/lib/guides.ts';
import { mistakeAnchor } from '../../site/lib/lesson-index.ts';
import { howToHeadings } from '../../site/lib/lesson-sections.ts';
import { languages, screenshot } from './drive.ts';

/** Which scenario files watch each mistake, read straight from scenarios/, as the glossary should list them. */
const scenariosWatching = (code: string) =>
  readdirSync('scenarios')
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => parse(readFileSync(`scenarios/${name}`, 'utf8')) as { id: string; steps: { watches?: { mistake: string }[] }[] })
    .filter((scenario) => scenario.steps.some((step) => step.watches?.some((watch) => watch.mistake === code)))
    .map((scenario) => scenario.id)
    .sort();

async function noSidewaysScroll(page: Page, what: string) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${what} scrolls sideways`).toBeLessThanOrEqual(0);
}

for (const language of languages) {
  const m = language.messages;
  const at = (path: string) => `/${language.path}/${path}`;

  test(`the lessons index in ${language.path} lists lessons by topic and every mistake code`, async ({ page }) => {
    await page.goto(at(''));
    await page.getByRole('navigation', { name: m['site.nav.label'] }).getByRole('link', { name: m['lessons.nav'], exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(m['lessons.title']);

    const byTopic = page.getByRole('region', { name: m['lessons.byTopic'] });
    await expect(byTopic.getByRole('heading', { level: 3, name: m['topic.base-data'] })).toBeVisible();
    await expect(byTopic.getByRole('region', { name: m['topic.sales'] }).getByRole('listitem').first()).toBeVisible();

    const byMistake = page.getByRole('region', { name: m['lessons.byMistake'] });
    await expect(byMistake.locator('code')).toHaveText([...mistakeCodes]);
    await byMistake.getByRole('link', { name: m['mistake.duplicate.created'], exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/${language.path}/mistakes/#duplicate-created$`));
    await expect(page.locator('#duplicate-created')).toBeInViewport();
  });

  test(`the glossary in ${language.path} explains each code and lists the scenarios that train it`, async ({ page }) => {
    await page.goto(at('mistakes/'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(m['mistakes.title']);
    for (const code of mistakeCodes) {
      const entry = page.locator(`[id="${mistakeAnchor(code)}"]`);
      await expect(entry.getByRole('heading', { level: 2 })).toHaveText(m[`mistake.${code}`]);
      await expect(entry).toContainText(m[`mistakes.explain.${code}`]);
      const expected = scenariosWatching(code).map((id) => `/${language.path}/scenarios/${id}/`);
      const hrefs = (await entry.locator('a[href*="/scenarios/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).sort();
      expect(hrefs, code).toEqual(expected);
      if (expected.length === 0) await expect(entry).toContainText(m['mistakes.scenarios.none']);
    }
    const duplicates = page.locator('#duplicate-created');
    await duplicates.locator('a[href$="/lessons/search-before-create/"]').click();
    await expect(page).toHaveURL(new RegExp(`/${language.path}/lessons/search-before-create/$`));
  });

  test(`a lesson page in ${language.path} names its topic and links its mistake to the glossary`, async ({ page }) => {
    await page.goto(at('lessons/search-before-create/'));
    await expect(page.getByRole('link', { name: m['topic.base-data'], exact: true })).toHaveAttribute('href', `/${language.path}/lessons/#topic-base-data`);
    await page.getByRole('link', { name: m['mistake.duplicate.created'], exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/${language.path}/mistakes/#duplicate-created$`));
    await page.goBack();
    await page.getByRole('main').getByRole('link', { name: m['lessons.back'] }).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(m['lessons.title']);
  });

  test(`the service guide in ${language.path} prints each lesson's how-to section, and prints without the site around it`, async ({ page }) => {
    await page.goto(at(''));
    await page.getByRole('navigation', { name: m['site.nav.label'] }).getByRole('link', { name: m['guides.nav'], exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(m['guides.title']);
    await page.getByRole('link', { name: m['guides.role.service'], exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/${language.path}/guides/service/$`));

    const title = m['guides.page.title'].replace('{role}', m['guides.role.service']);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(guideTopics.service.map((topic) => m[`topic.${topic}`]));
    const lessons = page.locator('.how');
    expect(await lessons.count()).toBeGreaterThan(3);
    for (const lesson of await lessons.all()) {
      await expect(lesson.getByRole('heading', { level: 3 }).getByRole('link')).toHaveAttribute('href', new RegExp(`^/${language.path}/lessons/[a-z0-9-]+/$`));
      await expect(lesson.getByRole('listitem').first()).toBeVisible();
    }
    await expect(page.getByRole('main')).not.toContainText(howToHeadings[language.path]);

    const print = page.getByRole('button', { name: m['guides.print'] });
    await expect(print).toBeVisible();
    await page.evaluate(() => {
      window.print = () => document.body.setAttribute('data-printed', 'yes');
    });
    await print.click();
    await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');

    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: m['site.nav.label'] })).toBeHidden();
    await expect(page.getByRole('contentinfo')).toBeHidden();
    await expect(print).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('.sheet')).toHaveCSS('column-count', '2');
  });
}

test('lessons, glossary and guides at phone and laptop widths, on screen and in print', async ({ page }) => {
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    for (const language of languages) {
      for (const [name, path] of [
        ['lessons', 'lessons/'],
        ['mistakes', 'mistakes/'],
        ['guides', 'guides/'],
        ['guide-sales', 'guides/sales/'],
      ] as const) {
        await page.emulateMedia({ media: 'screen' });
        await page.goto(`/${language.path}/${path}`);
        await noSidewaysScroll(page, `${path} in ${language.path} at ${width} px`);
        await screenshot(page, `${name}-${language.path}-${width}`);
      }
      await page.emulateMedia({ media: 'print' });
      await screenshot(page, `guide-sales-print-${language.path}-${width}`);
    }
  }
});
