import { expect, test, type Page } from '@playwright/test';
import { languages, screenshot, seriousViolations, signIn, type Language } from './drive.ts';

/**
 * Replaying an attempt, against the demo company the test server seeds
 * (password drill-demo; `lead` leads both sales teams, `trainee` is 吴佳怡 on
 * one of them): the lead finds a trainee's attempt with mistakes, steps
 * through it by button, slider and keyboard, sees each mistake at the action
 * that made it and the sandbox change; a trainee may not open another's.
 */

/** A trainee's attempt at master-data-basics with mistakes, not the `trainee` login's own: opened from the attempts page, its replay's URL. */
async function openAttemptWithMistakes(page: Page, language: Language): Promise<string> {
  const m = language.messages;
  const attempts = `/${language.path}/dashboard/attempts/?scenario=master-data-basics`;
  await page.goto(attempts);
  await expect(page.locator('main').getByRole('link', { name: m['replay.signIn'] })).toBeVisible();
  await signIn(page, language, 'lead', attempts);
  await expect(page.locator('.attempt-list[data-ready] tbody tr').first()).toBeVisible();
  const row = page.locator('.attempt-list tbody tr').filter({ hasNot: page.getByRole('rowheader', { name: '吴佳怡' }) }).filter({ has: page.locator('td:nth-of-type(4)', { hasText: /^[1-9]/ }) }).first();
  await row.getByRole('link', { name: m['attempts.open'] }).click();
  await expect(page).toHaveURL(/\/dashboard\/attempt\/\?id=/);
  await expect(page.locator('.replay[data-ready] .replay-timeline')).toBeVisible();
  return new URL(page.url()).pathname + new URL(page.url()).search;
}

for (const language of languages) {
  test(`in ${language.path}, a lead replays a trainee's attempt step by step, mistakes and sandbox included`, async ({ page }) => {
    const m = language.messages;
    const replayUrl = await openAttemptWithMistakes(page, language);
    const id = new URLSearchParams(replayUrl.split('?')[1]).get('id')!;
    const { attempt } = (await (await page.request.get(`/api/attempts/${id}`)).json()) as { attempt: { commands: number; mistakes: { code: string }[] } };

    const position = page.getByTestId('replay-position');
    const entries = page.locator('.replay-timeline li');
    const total = (await entries.count()) - 1;
    expect(total).toBeGreaterThanOrEqual(attempt.commands);
    await expect(page.getByTestId('replay-mistakes')).toHaveText(String(attempt.mistakes.length));
    await expect(position).toHaveText(m['replay.atStart']);

    // Every mistake the server counted is on the timeline; the first one is the stored first, at the action that made it.
    const marks = await page.locator('.replay-timeline .mistake-mark').evaluateAll((found) => found.map((mark) => Number(mark.getAttribute('data-count'))));
    expect(marks.reduce((sum, count) => sum + count, 0)).toBe(attempt.mistakes.length);
    const mistaken = page.locator('.replay-timeline li.mistaken button').first();
    const at = Number(await mistaken.getAttribute('data-position'));
    await mistaken.click();
    await expect(mistaken).toHaveAttribute('aria-current', 'step');
    await expect(position).toHaveText(m['replay.at'].replace('{current}', String(at)).replace('{total}', String(total)));
    const detail = page.getByTestId('step-detail');
    await expect(detail.locator('.mistakes li').first()).toContainText(m[`mistake.${attempt.mistakes[0].code}` as keyof typeof m]);
    await expect(detail.locator('.mistakes a').first()).toHaveAttribute('href', new RegExp(`^/${language.path}/lessons/`));

    // Previous and next move one action; the keyboard too, from the timeline.
    await page.getByRole('button', { name: m['replay.next'] }).click();
    await expect(position).toHaveText(m['replay.at'].replace('{current}', String(at + 1)).replace('{total}', String(total)));
    await page.getByRole('button', { name: m['replay.previous'] }).click();
    await expect(mistaken).toHaveAttribute('aria-current', 'step');
    await mistaken.focus();
    await page.keyboard.press('Home');
    await expect(position).toHaveText(m['replay.atStart']);
    await expect(page.locator('.replay-timeline [data-position="0"]')).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(position).toHaveText(m['replay.at'].replace('{current}', '1').replace('{total}', String(total)));

    // The sandbox at the start lacks the customers the attempt created; at the end it has them.
    await page.keyboard.press('Home');
    const customers = page.locator('.sandbox .crm-body tbody tr');
    const before = await customers.count();
    await page.keyboard.press('End');
    await expect(position).toHaveText(m['replay.at'].replace('{current}', String(total)).replace('{total}', String(total)));
    await expect(customers).toHaveCount(before + 3);
    await expect(page.locator('.sandbox .crm-body')).toContainText('C-SU-00901');
    // The slider reaches any point.
    await page.getByLabel(m['replay.position']).fill('0');
    await expect(page.locator('.sandbox .crm-body')).not.toContainText('C-SU-00901');

    await page.locator('.replay-timeline li.mistaken button').first().click();
    expect(await seriousViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 900 });
    await screenshot(page, `replay-${language.path}-1280`);
    await page.setViewportSize({ width: 375, height: 800 });
    await screenshot(page, `replay-${language.path}-375`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });
}

test('a trainee may not open another person’s attempt', async ({ page }) => {
  const [language] = languages;
  const m = language.messages;
  const replayUrl = await openAttemptWithMistakes(page, language);
  await page.context().clearCookies();
  await page.goto(replayUrl);
  await expect(page.locator('main').getByRole('link', { name: m['replay.signIn'] })).toBeVisible();
  await signIn(page, language, 'trainee', replayUrl);
  await expect(page.getByText(m['replay.forbidden'])).toBeVisible();
  await expect(page.locator('.replay-timeline')).toHaveCount(0);
  expect(await seriousViolations(page)).toEqual([]);
});
