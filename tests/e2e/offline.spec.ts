import { expect, test } from '@playwright/test';
import { languages, openPlayer, perfectRun, fillAccount } from './drive.ts';

test('the player reloads and resumes the attempt with the network gone', async ({ page, context }) => {
  const [language] = languages;
  await openPlayer(page, language);
  // The first visit installs the service worker; the second is served through it and kept.
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await expect(page.locator('.player[data-ready="true"]')).toBeVisible();
  await fillAccount(page, language, perfectRun[0].account!);
  await expect(page.locator('#account-title')).toBeVisible();

  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('.player[data-ready="true"]')).toBeVisible();
  await expect(page.getByText(language.messages['player.resumed'])).toBeVisible();
  await expect(page.locator('.steps li.done')).toHaveCount(0);
  await page.locator('#account-search').fill(perfectRun[0].account!.code);
  await expect(page.locator('.records tbody tr')).toHaveCount(1);
  await context.setOffline(false);
});
