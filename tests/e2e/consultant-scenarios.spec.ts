import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { languages, screenshot, seriousViolations, signIn } from './drive.ts';
import { masterDataBasics } from './drills/master-data-basics.ts';
import { say } from './drills/drill.ts';

/**
 * A consultant's scenario, from file to a trainee's verified attempt, against
 * the demo company the test server seeds (password drill-demo): a broken file
 * shows its problem at its line, the fixed one is checked and published, it
 * joins the catalogue, and a trainee plays it to the end in the other
 * language and the server stores the attempt it replayed itself.
 */

const [en, zh] = languages;
/** The records folder outlives a run, so each run publishes under an id of its own. */
const id = `trade-fair-cards-${Date.now().toString(36)}`;
const valid = readFileSync(new URL('./fixtures/trade-fair-cards.yaml', import.meta.url), 'utf8').replace(/^id: trade-fair-cards$/m, `id: ${id}`);
const broken = valid.replace(/^difficulty: 1$/m, 'difficulty: easy');
const brokenLine = broken.split('\n').indexOf('difficulty: easy') + 1;
const file = (text: string) => ({ name: `${id}.yaml`, mimeType: 'application/yaml', buffer: Buffer.from(text) });
const uploadUrl = (language: (typeof languages)[number]) => `/${language.path}/scenarios/upload/`;

async function shots(page: Page, name: string) {
  await page.setViewportSize({ width: 1280, height: 900 });
  await screenshot(page, `${name}-1280`);
  await page.setViewportSize({ width: 375, height: 800 });
  await screenshot(page, `${name}-375`);
  await page.setViewportSize({ width: 1280, height: 900 });
}

test('a consultant publishes a scenario file and a trainee plays it to a verified attempt', async ({ page }) => {
  // Signed out, the page says who it is for and links to sign in and back.
  await page.goto(uploadUrl(zh));
  await expect(page.locator('main').getByRole('link', { name: zh.messages['upload.signIn'] })).toHaveAttribute('href', `/zh-cn/sign-in/?next=${encodeURIComponent(uploadUrl(zh))}`);
  expect(await seriousViolations(page)).toEqual([]);

  await signIn(page, en, 'consultant', uploadUrl(en));
  const m = en.messages;
  await expect(page.getByRole('heading', { name: m['upload.list.title'] })).toBeVisible();
  await expect(page.getByRole('link', { name: m['upload.example'] })).toHaveAttribute('href', '/downloads/master-data-basics.yaml');

  // The broken file: its problem listed with its line, and marked in the file; the line is one click away.
  await page.getByLabel(m['upload.file']).setInputFiles(file(broken));
  await expect(page.getByLabel(m['upload.source'])).toHaveValue(broken);
  await page.getByRole('button', { name: m['upload.check'], exact: true }).click();
  await expect(page.getByText(say(en, 'upload.invalid', { count: 1 }))).toBeVisible();
  const problems = page.locator('.problems li');
  await expect(problems).toHaveCount(1);
  await expect(problems).toContainText('difficulty');
  await expect(problems).toContainText('Expected number but received "easy"');
  await expect(page.getByRole('button', { name: m['upload.publish'] })).toHaveCount(0);
  await page.getByRole('button', { name: say(en, 'upload.line', { line: brokenLine }) }).click();
  const marked = page.locator(`#source-line-${brokenLine}`);
  await expect(marked).toBeFocused();
  await expect(marked).toHaveClass(/problem/);
  await expect(marked).toContainText('difficulty: easy');
  expect(await seriousViolations(page)).toEqual([]);
  await shots(page, 'upload-problems-en');

  // The fixed file: checked, then published, with a link to play it.
  await page.getByLabel(m['upload.file']).setInputFiles(file(valid));
  await expect(page.locator('.problems')).toHaveCount(0);
  await page.getByRole('button', { name: m['upload.check'], exact: true }).click();
  await expect(page.getByText(say(en, 'upload.valid', { title: 'Business cards from the trade fair', version: 1, steps: 4 }))).toBeVisible();
  await page.getByRole('button', { name: m['upload.publish'] }).click();
  await expect(page.getByText(say(en, 'upload.published', { title: 'Business cards from the trade fair', version: 1 }))).toBeVisible();
  await expect(page.getByRole('link', { name: m['upload.play'] })).toHaveAttribute('href', `/en/scenarios/play/?id=${id}`);
  await expect(page.locator('table.published tbody tr').filter({ hasText: id })).toContainText(new Date().getFullYear().toString());
  await shots(page, 'upload-published-en');

  // The same version again is refused: it is published already.
  await page.getByRole('button', { name: m['upload.check'], exact: true }).click();
  await expect(page.locator('.verdict .form-error')).toContainText('version 1 is already published');

  // A trainee is told the page is not theirs, finds the scenario in the catalogue, and plays it in Chinese.
  await page.context().clearCookies();
  await signIn(page, zh, 'trainee', uploadUrl(zh));
  await expect(page.getByText(zh.messages['upload.forConsultants'])).toBeVisible();
  await page.goto('/zh-cn/scenarios/');
  const card = page.locator('.scenario-card').filter({ has: page.locator(`h2 a[href="/zh-cn/scenarios/play/?id=${id}"]`) });
  await expect(card).toBeVisible();
  await expect(card.getByRole('heading')).toHaveText('展会带回的名片');
  await expect(card.locator('.uploaded')).toHaveText(/^由 .+ 发布$/);
  expect(await seriousViolations(page)).toEqual([]);
  await shots(page, 'catalogue-published-zh-cn');
  await card.getByRole('link', { name: `${zh.messages['catalogue.play']}: 展会带回的名片` }).click();
  await expect(page).toHaveURL(`/zh-cn/scenarios/play/?id=${id}`);
  await expect(page.locator('.player[data-ready="true"]')).toBeVisible();
  await expect(page).toHaveTitle(/展会带回的名片/);
  expect(await seriousViolations(page)).toEqual([]);

  const submitted = page.waitForResponse((response) => response.url().endsWith('/api/attempts') && response.request().method() === 'POST');
  await masterDataBasics.perfect(page, zh);
  const stored = await submitted;
  expect(stored.status()).toBe(201);
  await expect(page.locator('.records-status')).toHaveText(zh.messages['finish.records.saved']);
  // What the server stored is its own replay's result, read back as the trainee.
  const { id: attemptId } = stored.request().postDataJSON() as { id: string };
  const read = await page.request.get(`/api/attempts/${attemptId}`);
  expect(await read.json()).toMatchObject({ attempt: { scenarioId: id, scenarioVersion: 1, completed: true, score: 100, stars: 3 } });
  await shots(page, 'play-published-finished-zh-cn');
});
