import { expect, test } from '@playwright/test';
import { playsInBrowser } from '../../site/lib/playable.ts';
import { topics } from '../../engine/scenario/topics.ts';
import { loadLearningPath, loadLearningPaths } from '../../site/lib/learning-paths.ts';
import { loadScenarios } from '../../site/lib/scenarios.ts';
import { languages, screenshot } from './drive.ts';

const scenarios = loadScenarios();
/** Scenarios whose screens the browser sandbox does not have yet: read in the browser, played in the terminal. */
const notPlayable = scenarios.filter((scenario) => !playsInBrowser(scenario));
// The counts the pages must show, from the files: a new scenario or path changes them, not the tests.
const total = scenarios.length;
const matching = (topic?: string, difficulty?: number) =>
  scenarios.filter((scenario) => (topic === undefined || scenario.topics.includes(topic as never)) && (difficulty === undefined || scenario.difficulty === difficulty)).length;
const pathLength = (id: string) => loadLearningPath(id)!.scenarios.length;
/** A topic with no scenario at difficulty 3, to see the catalogue say so. */
const emptyAtThree = topics.find((topic) => matching(topic, 3) === 0)!;

// These are the built-in scenarios' pages: the catalogue is seen as without a server, so scenarios published in the same records folder (consultant-scenarios.spec.ts) do not join its counts.
test.beforeEach(({ page }) => page.route('/api/scenarios', (route) => route.abort()));

const finished = (id: string, stars: number) => ({ key: `crm-drill.finished.${id}`, value: JSON.stringify({ score: 100, stars }) });

for (const language of languages) {
  test(`home and catalogue in ${language.path} lead to the scenario`, async ({ page }) => {
    await page.goto(`/${language.path}/`);
    await expect(page.locator('html')).toHaveAttribute('lang', language.path === 'en' ? 'en' : 'zh-CN');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(language.messages['home.title']);
    await page.getByRole('navigation').getByRole('link', { name: language.messages['site.nav.scenarios'], exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(language.messages['catalogue.title']);
    await page.getByRole('link', { name: new RegExp(`^${language.messages['catalogue.play']}:`) }).first().click();
    await expect(page).toHaveURL(new RegExp(`/${language.path}/scenarios/master-data-basics/$`));
  });

  test(`the catalogue in ${language.path} says which scenarios the browser cannot play yet`, async ({ page }) => {
    await page.goto(`/${language.path}/scenarios/`);
    await expect(page.getByRole('link', { name: new RegExp(`^${language.messages['catalogue.play']}:`) })).toHaveCount(scenarios.length - notPlayable.length);
    await expect(page.getByText(language.messages['catalogue.notYet'])).toHaveCount(notPlayable.length);
    if (notPlayable.length === 0) return;
    await page.getByRole('link', { name: new RegExp(`^${language.messages['catalogue.preview']}:`) }).first().click();
    await expect(page.getByRole('note')).toContainText('npx crm-drill play scenarios/');
  });
}

for (const language of languages) {
  const m = language.messages;
  const count = (shown: number) => m['catalogue.filter.count'].replace('{shown}', String(shown)).replace('{total}', String(scenarios.length));

  test(`the catalogue in ${language.path} filters by topic and by difficulty, and clears`, async ({ page }) => {
    await page.goto(`/${language.path}/scenarios/`);
    const cards = page.locator('.scenario-card');
    const status = page.getByRole('status');
    await expect(cards).toHaveCount(total);
    await expect(status).toHaveText(count(total));

    await page.getByLabel(m['catalogue.filter.topic'], { exact: true }).selectOption('migration');
    await expect(cards.filter({ visible: true })).toHaveCount(matching('migration'));
    for (const card of await cards.filter({ visible: true }).all()) await expect(card).toHaveAttribute('data-topic', /\bmigration\b/);
    const chosen = m['catalogue.filter.chosen'].replace('{filter}', m['catalogue.filter.topic']).replace('{value}', m['topic.migration']);
    await expect(status).toHaveText(m['catalogue.filter.summary'].replace('{count}', count(matching('migration'))).replace('{filters}', chosen));
    await expect(page).toHaveURL(/\?topic=migration$/);

    await page.getByRole('button', { name: m['catalogue.filter.clear'] }).click();
    await expect(cards.filter({ visible: true })).toHaveCount(total);
    await expect(status).toHaveText(count(total));

    await page.getByLabel(m['catalogue.filter.difficulty'], { exact: true }).selectOption('3');
    await expect(cards.filter({ visible: true })).toHaveCount(matching(undefined, 3));
    await expect(status).toContainText(count(matching(undefined, 3)));
    await page.getByLabel(m['catalogue.filter.topic'], { exact: true }).selectOption(emptyAtThree);
    await expect(cards.filter({ visible: true })).toHaveCount(0);
    await expect(page.getByText(m['catalogue.filter.none'])).toBeVisible();
    await page.getByLabel(m['catalogue.filter.difficulty'], { exact: true }).selectOption('');
    await expect(cards.filter({ visible: true })).toHaveCount(matching(emptyAtThree));
    await expect(page.getByText(m['catalogue.filter.none'])).toBeHidden();
  });

  test(`a learning path in ${language.path} ticks a finished scenario and points to the next`, async ({ page }) => {
    await page.goto(`/${language.path}/paths/new-staff/`);
    const steps = page.locator('.path-step');
    await expect(steps).toHaveCount(pathLength('new-staff'));
    await expect(steps.nth(0)).toHaveAttribute('aria-current', 'step');
    await expect(page.locator('finished-mark[data-finished]')).toHaveCount(0);

    const { key, value } = finished('master-data-basics', 2);
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [key, value]);
    await page.reload();
    await expect(steps.nth(0).locator('finished-mark')).toHaveText(/✓/);
    await expect(steps.nth(0).locator('finished-mark')).toContainText(m['catalogue.finished'].replace('{stars}', '2'));
    await expect(steps.nth(0)).not.toHaveAttribute('aria-current');
    await expect(steps.nth(1)).toHaveAttribute('aria-current', 'step');
    await expect(steps.nth(1).getByText(m['paths.next'], { exact: true })).toBeVisible();
    await expect(page.getByText(m['paths.done'].replace('{done}', '1').replace('{total}', String(pathLength('new-staff'))))).toBeVisible();

    await page.goto(`/${language.path}/scenarios/`);
    await expect(page.locator('.scenario-card').filter({ has: page.locator('finished-mark[data-finished]') })).toHaveCount(1);
  });

  test(`home in ${language.path} has a card per role leading to its path and its first scenario`, async ({ page }) => {
    await page.goto(`/${language.path}/`);
    const roles = page.getByRole('region', { name: m['home.roles.title'] });
    await expect(roles.getByRole('listitem')).toHaveCount(loadLearningPaths().length);
    const sales = roles.getByRole('listitem').nth(1);
    await expect(sales.getByRole('link', { name: m['paths.start'].replace('{title}', '') })).toHaveAttribute('href', `/${language.path}/scenarios/master-data-basics/`);
    await sales.getByRole('heading').getByRole('link').click();
    await expect(page).toHaveURL(new RegExp(`/${language.path}/paths/sales/$`));
    await expect(page.locator('.path-step h2')).toHaveCount(pathLength('sales'));
    await page.getByRole('link', { name: m['paths.catalogue'] }).click();
    await expect(page).toHaveURL(new RegExp(`/${language.path}/scenarios/\\?path=sales$`));
    await expect(page.getByLabel(m['catalogue.filter.path'], { exact: true })).toHaveValue('sales');
    await expect(page.locator('.scenario-card').filter({ visible: true })).toHaveCount(pathLength('sales'));
  });
}

test('the catalogue filter works from the keyboard', async ({ page }) => {
  await page.goto('/en/scenarios/?difficulty=1');
  const cards = page.locator('.scenario-card');
  await expect(cards.filter({ visible: true })).toHaveCount(matching(undefined, 1));
  const topic = page.getByLabel('Topic', { exact: true });
  await topic.focus();
  await page.keyboard.press('ArrowDown');
  await expect(topic).not.toHaveValue('');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Clear filters' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(cards.filter({ visible: true })).toHaveCount(total);
  await expect(page).toHaveURL(/\/en\/scenarios\/$/);
});

test('without JavaScript the catalogue shows every card and offers no filter', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/en/scenarios/?topic=migration');
  await expect(page.locator('.scenario-card').filter({ visible: true })).toHaveCount(total);
  await expect(page.locator('.filters')).toBeHidden();
  await context.close();
});

test('the site nav leads to the learning paths', async ({ page }) => {
  await page.goto('/zh-cn/');
  await page.getByRole('navigation').getByRole('link', { name: languages[1].messages['paths.nav'] }).click();
  await expect(page).toHaveURL(/\/zh-cn\/paths\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(languages[1].messages['paths.title']);
  await expect(page.locator('.path-cards > li')).toHaveCount(loadLearningPaths().length);
});

for (const width of [1280, 375]) {
  test(`catalogue, path and home screenshots at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    const { key, value } = finished('master-data-basics', 3);
    await page.goto('/en/');
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [key, value]);
    for (const language of languages) {
      await page.goto(`/${language.path}/scenarios/?topic=base-data`);
      await expect(page.locator('.scenario-card').filter({ visible: true })).toHaveCount(matching('base-data'));
      await expect(page.locator('finished-mark[data-finished]')).toHaveCount(1);
      await screenshot(page, `catalogue-filtered-${language.path}-${width}`);
      await page.goto(`/${language.path}/paths/new-staff/`);
      await expect(page.locator('finished-mark[data-finished]')).toHaveCount(1);
      await screenshot(page, `path-${language.path}-${width}`);
      await page.goto(`/${language.path}/paths/`);
      await screenshot(page, `paths-${language.path}-${width}`);
      await page.goto(`/${language.path}/`);
      await screenshot(page, `home-paths-${language.path}-${width}`);
    }
  });
}

test('the language switch keeps the page', async ({ page }) => {
  await page.goto('/en/scenarios/');
  await page.getByRole('link', { name: /中文/ }).click();
  await expect(page).toHaveURL(/\/zh-cn\/scenarios\/$/);
  await page.getByRole('link', { name: /English/ }).click();
  await expect(page).toHaveURL(/\/en\/scenarios\/$/);
});

test('the root sends a Chinese browser to /zh-cn/', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page).toHaveURL(/\/zh-cn\/$/);
  await context.close();
});
