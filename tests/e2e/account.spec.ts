import { expect, test } from '@playwright/test';
import { languages, screenshot, signIn } from './drive.ts';

/**
 * The header's account menu: each role finds the pages it works on, from
 * the keyboard too, and signing out returns the header to "Sign in".
 */
const roles = [
  { username: 'trainee', pages: [] },
  { username: 'lead', pages: ['site.nav.dashboard'] },
  { username: 'consultant', pages: ['site.nav.dashboard', 'account.lessonsWanted', 'account.uploadScenario'] },
  { username: 'admin', pages: ['site.nav.dashboard', 'account.lessonsWanted', 'account.uploadScenario', 'account.people'] },
] as const;

for (const language of languages) {
  const m = language.messages;
  const home = `/${language.path}/`;

  for (const role of roles) {
    test(`in ${language.path}, the ${role.username}'s menu lists the pages of the role, and signing out ends the session`, async ({ page }) => {
      const header = page.locator('header');
      await page.goto(home);
      await expect(header.getByRole('link', { name: m['site.nav.signIn'] })).toBeVisible();

      await signIn(page, language, role.username, home);
      await expect(header.getByRole('link', { name: m['site.nav.signIn'] })).toBeHidden();
      const menu = header.getByRole('button', { name: new RegExp(m['account.menu']) });
      await menu.focus();
      await page.keyboard.press('Enter');
      await expect(menu).toHaveAttribute('aria-expanded', 'true');
      const list = header.locator('#account-list');
      await expect(list.getByRole('link')).toHaveText(role.pages.map((key) => m[key]));
      if (role.username === 'admin') await screenshot(page, `account-menu-${language.path}-1280`);

      await page.keyboard.press('Escape');
      await expect(list).toBeHidden();
      await expect(menu).toBeFocused();

      await menu.click();
      await list.getByRole('button', { name: m['signIn.signOut'] }).click();
      await expect(page).toHaveURL(new RegExp(`${home}$`));
      await expect(header.getByRole('link', { name: m['site.nav.signIn'] })).toBeVisible();
      expect((await page.request.get('/api/session')).status()).toBe(401);
    });
  }
}

test('a visitor who never signed in sends no request for the session', async ({ page }) => {
  const asked: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/api/session')) asked.push(request.url());
  });
  await page.goto('/en/');
  await page.goto('/en/scenarios/');
  expect(asked).toEqual([]);
});
