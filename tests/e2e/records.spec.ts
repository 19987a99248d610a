import { expect, test } from '@playwright/test';
import { languages, openPlayer, perfectRun, playCard, screenshot } from './drive.ts';

/**
 * The records server from the trainee's side, against the demo company the
 * test server seeds on its empty data folder (password drill-demo): an
 * attempt finished signed out waits in the browser, and reaches the records
 * once the trainee signs in and comes back.
 */
for (const language of languages) {
  test(`in ${language.path}, an attempt finished signed out is saved once the trainee signs in`, async ({ page }) => {
    const m = language.messages;
    await openPlayer(page, language);
    for (const card of perfectRun) await playCard(page, language, card);
    const status = page.locator('.records-status');
    await expect(status).toContainText(m['finish.records.waiting-sign-in']);

    await status.getByRole('link', { name: m['finish.records.signIn'] }).click();
    await expect(page.getByRole('heading', { name: m['signIn.title'], exact: true })).toBeVisible();
    await page.getByLabel(m['signIn.username']).fill('trainee');
    await page.getByLabel(m['signIn.password']).fill('not-the-password');
    await page.getByRole('button', { name: m['signIn.submit'], exact: true }).click();
    await expect(page.getByRole('alert')).toHaveText(m['signIn.failed']);
    await expect(page.getByLabel(m['signIn.password'])).toBeFocused();
    await screenshot(page, `sign-in-refused-${language.path}-1280`);

    await page.getByLabel(m['signIn.password']).fill('drill-demo');
    await page.getByLabel(m['signIn.password']).press('Enter');
    await expect(page).toHaveURL(new RegExp(`/${language.path}/scenarios/master-data-basics/$`));
    await expect(status).toHaveText(m['finish.records.saved']);
    await screenshot(page, `finish-saved-${language.path}-1280`);

    // The session is the trainee's; signing out on the sign-in page ends it.
    const session = await (await page.request.get('/api/session')).json();
    expect(session.user.username).toBe('trainee');

    await page.goto(`/${language.path}/sign-in/`);
    await expect(page.getByRole('status')).toContainText(m['signIn.signedIn'].split('{')[0].trim());
    await page.getByRole('button', { name: m['signIn.signOut'] }).click();
    await expect(page.getByLabel(m['signIn.username'])).toBeFocused();
    expect((await page.request.get('/api/session')).status()).toBe(401);
  });
}
