import { expect, test, type Page } from '@playwright/test';
import { languages, openPlayer, perfectRun, type Card } from './drive.ts';

/** Presses Tab until the focused element matches the selector: how a keyboard user gets there. */
async function tabTo(page: Page, selector: string, limit = 120) {
  for (let presses = 0; presses < limit; presses++) {
    if (await page.evaluate((wanted) => document.activeElement?.matches(wanted) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

async function typeInto(page: Page, selector: string, text: string) {
  await tabTo(page, selector);
  await page.keyboard.type(text);
}

/** Chooses an option of a focused closed <select> with the arrow keys. */
async function choose(page: Page, selector: string, value: string) {
  await tabTo(page, selector);
  for (let presses = 0; presses < 20; presses++) {
    if ((await page.locator(selector).inputValue()) === value) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`No option ${value} in ${selector}`);
}

async function playCard(page: Page, card: Card) {
  if (card.account) {
    await tabTo(page, '.toolbar .button.primary');
    await page.keyboard.press('Enter');
    await expect(page.locator('#account-code')).toBeFocused();
    await page.keyboard.type(card.account.code);
    await choose(page, '#account-industry', card.account.industry);
    await typeInto(page, '#account-nameZh', card.account.nameZh);
    await typeInto(page, '#account-nameEn', card.account.nameEn);
    await typeInto(page, '#account-phone', card.account.phone);
    await page.keyboard.press('Enter');
    await expect(page.locator('#account-title')).toBeFocused();
  } else {
    await tabTo(page, '#account-search');
    await page.keyboard.type(card.existing!);
    await tabTo(page, '.records tbody button');
    await page.keyboard.press('Enter');
  }
  await typeInto(page, '#contact-name', card.contact.name);
  await typeInto(page, '#contact-title', card.contact.title);
  await typeInto(page, '#contact-phone', card.contact.phone);
  await typeInto(page, '#contact-email', card.contact.email);
  await page.keyboard.press('Enter');
  if (card === perfectRun.at(-1)) return;
  await expect(page.locator('.contacts')).toContainText(card.contact.name);
  await tabTo(page, '.back');
  await page.keyboard.press('Enter');
  await expect(page.locator('#account-search')).toBeFocused();
}

for (const language of languages) {
  test(`the whole scenario can be finished with the keyboard alone in ${language.path}`, async ({ page }) => {
    await openPlayer(page, language);
    await page.locator('body').press('Tab');
    for (const card of perfectRun) await playCard(page, card);
    await expect(page.getByRole('heading', { name: language.messages['finish.title'] })).toBeFocused();
    await expect(page.getByTestId('score')).toHaveText('100');
  });
}

test('keyboard focus is visible', async ({ page }) => {
  const [language] = languages;
  await openPlayer(page, language);
  await tabTo(page, '.toolbar .button.primary');
  const outline = await page.locator('.toolbar .button.primary').evaluate((element) => getComputedStyle(element).outlineStyle);
  expect(outline).not.toBe('none');
});
