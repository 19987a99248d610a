import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { fillAccount, languages, openPlayer, perfectRun, playCard } from './drive.ts';

/**
 * axe-core over every page type in both languages, and over the player in the
 * states a trainee sees (a fresh attempt, a record page, a lesson beside a
 * mistake, the finish screen): no serious or critical violation.
 */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${new URL(page.url()).pathname} ${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

async function expectNoSeriousViolations(page: Page) {
  expect(await seriousViolations(page)).toEqual([]);
}

const staticPages = ['', 'scenarios/', 'paths/', 'paths/sales/', 'lessons/', 'lessons/unified-formats/', 'mistakes/', 'guides/', 'guides/service/', 'sign-in/'];

for (const language of languages) {
  test(`static pages in ${language.path} have no serious accessibility violation`, async ({ page }) => {
    const found: string[] = [];
    for (const path of staticPages) {
      await page.goto(`/${language.path}/${path}`);
      found.push(...(await seriousViolations(page)));
    }
    expect(found).toEqual([]);
  });

  test(`the player in ${language.path} has no serious accessibility violation, from first screen to finish`, async ({ page }) => {
    await openPlayer(page, language);
    await expectNoSeriousViolations(page);

    await fillAccount(page, language, { ...perfectRun[0].account!, phone: '139 1234 567' });
    await expect(page.locator('.lesson')).toBeVisible();
    await expectNoSeriousViolations(page);

    await page.locator('#account-phone').fill(perfectRun[0].account!.phone);
    await page.getByRole('button', { name: language.messages['account.save'] }).click();
    await expect(page.locator('#account-title')).toBeVisible();
    await expectNoSeriousViolations(page);

    await page.reload();
    await expect(page.locator('.player[data-ready="true"]')).toBeVisible();
    await playCard(page, language, { existing: 'C-SU-00901', contact: perfectRun[0].contact });
    for (const card of perfectRun.slice(1)) await playCard(page, language, card);
    await expect(page.getByTestId('score')).toBeVisible();
    await expectNoSeriousViolations(page);
  });
}

test('every sandbox area and its first record page have no serious accessibility violation', async ({ page }) => {
  // Every scenario shows every area; lead-to-cash has records in each of them.
  await page.goto('/en/scenarios/lead-to-cash/');
  await expect(page.locator('.player[data-ready="true"]')).toBeVisible();
  const found: string[] = [];
  const scanned: string[] = [];
  const scan = async (what: string) => {
    scanned.push(what);
    found.push(...(await seriousViolations(page)).map((violation) => `${what}: ${violation}`));
  };
  const tabs = page.locator('.crm-tabs button');
  for (let index = 0; index < (await tabs.count()); index++) {
    const area = (await tabs.nth(index).textContent()) ?? String(index);
    await tabs.nth(index).click();
    await scan(area);
    const open = page.locator('.records tbody tr button, .board .card button.link').first();
    if ((await open.count()) === 0) continue;
    await open.click();
    await scan(`${area}, a record`);
  }
  expect(scanned.length, scanned.join(' / ')).toBeGreaterThanOrEqual(16);
  expect(found).toEqual([]);
});
