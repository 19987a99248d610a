import { expect, test } from '@playwright/test';
import { addContact, fillAccount, languages, openPlayer, perfectRun, playCard, screenshot } from './drive.ts';

for (const language of languages) {
  test.describe(`player in ${language.path}`, () => {
    test('a malformed phone number is refused by the field and its lesson appears', async ({ page }) => {
      await openPlayer(page, language);
      const [first] = perfectRun;
      await fillAccount(page, language, { ...first.account!, phone: '139 1234 567' });
      const error = page.locator('#account-phone-error');
      await expect(error).toBeVisible();
      await expect(error).toContainText('139 1234 567');
      await expect(page.locator('#account-phone')).toHaveAttribute('aria-invalid', 'true');
      await expect(page.locator('#account-phone')).toBeFocused();
      const lesson = page.locator('.lesson');
      await expect(lesson).toBeVisible();
      await expect(lesson).toContainText(language.messages['mistake.validation.format']);
      await screenshot(page, `lesson-${language.path}-1280`);

      await page.locator('#account-phone').fill(first.account!.phone);
      await page.getByRole('button', { name: language.messages['account.save'] }).click();
      await expect(page.locator('#account-title')).toBeVisible();
    });

    test('a reload mid-scenario resumes the attempt', async ({ page }) => {
      await openPlayer(page, language);
      await playCard(page, language, perfectRun[0]);
      await expect(page.locator('.steps li.done')).toHaveCount(1);
      await page.reload();
      await expect(page.locator('.player[data-ready="true"]')).toBeVisible();
      await expect(page.getByText(language.messages['player.resumed'])).toBeVisible();
      await expect(page.locator('.steps li.done')).toHaveCount(1);
      await expect(page.locator('.records')).toContainText('C-SU-00901');
      for (const card of perfectRun.slice(1)) await playCard(page, language, card);
      await expect(page.getByTestId('score')).toHaveText('100');
    });

    test('the existing customer is flagged as a duplicate and can be opened instead', async ({ page }) => {
      await openPlayer(page, language);
      for (const card of perfectRun.slice(0, 3)) await playCard(page, language, card);
      await fillAccount(page, language, {
        code: 'C-SH-00901',
        nameZh: '恒通电子(上海)有限公司',
        nameEn: 'HENGTONG ELECTRONICS (SHANGHAI) CO., LTD',
        industry: 'electronics',
        phone: '021-5048 3399',
      });
      await expect(page.getByRole('alert')).toContainText('C-SH-00612');
      await page.getByRole('button', { name: language.messages['account.duplicate.open'].replace('{code}', 'C-SH-00612') }).click();
      await expect(page.locator('.facts')).toContainText('C-SH-00612');
      await addContact(page, language, perfectRun[3].contact);
      await expect(page.getByTestId('score')).toHaveText('100');
    });
  });
}

test('the contact list finds a contact by phone across customers and opens their customer', async ({ page }) => {
  const [language] = languages;
  const m = language.messages;
  await openPlayer(page, language);
  await playCard(page, language, perfectRun[0]);
  const listing = page.getByRole('group', { name: m['customers.listing'] });
  await listing.getByRole('button', { name: m['customers.listing.contacts'] }).click();
  await expect(listing.getByRole('button', { name: m['customers.listing.contacts'] })).toHaveAttribute('aria-pressed', 'true');
  await page.getByLabel(m['list.search']).fill('13912345678');
  const rows = page.locator('.records tbody tr');
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText('刘洋');
  await expect(rows).toContainText('Suzhou Mingde Packaging Materials Co., Ltd.');
  await page.setViewportSize({ width: 375, height: 900 });
  await screenshot(page, 'contacts-en-375');
  await page.setViewportSize({ width: 1280, height: 900 });
  await screenshot(page, 'contacts-en-1280');
  await rows.getByRole('button', { name: m['contacts.open'].replace('{name}', '刘洋').replace('{customer}', 'Suzhou Mingde Packaging Materials Co., Ltd.') }).click();
  await expect(page.locator('#account-title')).toContainText('Suzhou Mingde');
  await expect(page.locator('.contacts')).toContainText('刘洋');
});

test('screens at phone and laptop widths', async ({ page }) => {
  const [language] = languages;
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    for (const lang of languages) {
      await page.goto(`/${lang.path}/`);
      await screenshot(page, `home-${lang.path}-${width}`);
      await page.goto(`/${lang.path}/scenarios/`);
      await screenshot(page, `catalogue-${lang.path}-${width}`);
      await page.evaluate(() => localStorage.clear());
      await openPlayer(page, lang);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `player in ${lang.path} scrolls sideways at ${width} px`).toBeLessThanOrEqual(0);
      await screenshot(page, `player-${lang.path}-${width}`);
    }
    await page.evaluate(() => localStorage.clear());
    await openPlayer(page, language);
    await fillAccount(page, language, { ...perfectRun[0].account!, code: 'V2024-118' });
    await expect(page.locator('#account-code-error')).toBeVisible();
    await screenshot(page, `mistake-${language.path}-${width}`);
  }
});
