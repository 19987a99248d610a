import { expect, test } from '@playwright/test';
import { languages } from './drive.ts';

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

  test(`every scenario of the catalogue in ${language.path} can be started in the browser`, async ({ page }) => {
    await page.goto(`/${language.path}/scenarios/`);
    await expect(page.getByRole('link', { name: new RegExp(`^${language.messages['catalogue.play']}:`) })).toHaveCount(5);
    await expect(page.getByText(language.messages['catalogue.notYet'])).toHaveCount(0);
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
