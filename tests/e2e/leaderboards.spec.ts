import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { languages, screenshot, signIn, type Language } from './drive.ts';

/**
 * The leaderboards page against the demo company the test server seeds
 * (password drill-demo): signed out it asks to sign in; a trainee switches
 * boards, reads what each counts, finds their own row, shows only their
 * neighbours and chooses the name colleagues see; their lead still sees the
 * real name.
 */
const boardUrl = (language: Language) => `/${language.path}/leaderboards/`;

async function signInToBoards(page: Page, language: Language, username: string) {
  await signIn(page, language, username, boardUrl(language));
  await expect(page.locator('.boards[data-ready="true"]')).toBeVisible();
}

/** Picks a board and waits for it: the last board stays in view, marked busy, while the next one loads. */
async function choose(page: Page, group: string, option: string) {
  const button = page.getByRole('group', { name: group }).getByRole('button', { name: option, exact: true });
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.table-scroll[aria-busy="true"]')).toHaveCount(0);
}

async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => `${violation.id}: ${violation.help}`);
}

test('signed out, the board asks to sign in and links back to itself', async ({ page }) => {
  const m = languages[0].messages;
  await page.goto(boardUrl(languages[0]));
  await expect(page.getByText(m['boardPage.signedOut'])).toBeVisible();
  const link = page.getByRole('main').getByRole('link', { name: m['boardPage.signIn'], exact: true });
  await expect(link).toHaveAttribute('href', `/en/sign-in/?next=${encodeURIComponent('/en/leaderboards/')}`);
  await page.setViewportSize({ width: 375, height: 700 });
  await screenshot(page, 'leaderboards-signed-out-en-375');
  await link.click();
  await expect(page.getByRole('heading', { name: m['signIn.title'], exact: true })).toBeVisible();
});

for (const language of languages) {
  test(`in ${language.path}, a trainee switches boards, reads the rules, finds their row and shows only their neighbours`, async ({ page }) => {
    const m = language.messages;
    await page.setViewportSize({ width: 1280, height: 900 });
    await signInToBoards(page, language, 'trainee');
    await expect(page.getByRole('heading', { name: m['boardPage.title'], level: 1 })).toBeVisible();
    // A board of this week: it may still be empty early on a Monday; the rules are there either way.
    await expect(page.locator('.rules li').first()).toHaveText(m['board.rule.period.week']);

    await choose(page, m['boardPage.period'], m['board.period.all']);
    const table = page.getByRole('table');
    await expect(table.locator('caption')).toContainText(m['board.period.all']);
    const own = table.locator('tbody tr[aria-current="true"]');
    await expect(own).toHaveCount(1);
    await expect(own).toContainText(m['board.you']);
    await expect(own.locator('.versions')).toContainText(m['boardPage.version'].includes('第') ? '第 1 版' : 'v1');
    await expect(page.locator('.rules')).toContainText(m['board.rule.score']);
    await expect(page.locator('.rules')).toContainText(m['board.rule.ties']);
    await expect(page.locator('.badges li.earned').first()).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, `leaderboards-${language.path}-1280`);

    await choose(page, m['boardPage.metric'], m['board.metric.accuracy']);
    await expect(table.getByRole('columnheader', { name: m['board.metric.accuracy'] })).toBeVisible();
    await expect(table.locator('tbody td.value').first()).toContainText('%');
    await expect(page.locator('.rules')).toContainText(m['board.rule.accuracy'].replace('{minCommands}', '30'));

    await choose(page, m['boardPage.scope'], m['board.scope.team']);
    await expect(table.getByRole('columnheader', { name: m['boardPage.column.team'] })).toBeVisible();
    await expect(table.locator('tbody tr[aria-current="true"]')).toContainText(m['boardPage.yourTeam']);
    await expect(page.locator('.rules')).toContainText(m['board.rule.team.quorum'].replace('{quorum}', '50'));

    await choose(page, m['boardPage.scope'], m['board.scope.individual']);
    await choose(page, m['boardPage.metric'], m['board.metric.score']);
    const total = await table.locator('tbody tr').count();
    const neighbours = page.getByRole('checkbox', { name: m['boardPage.neighbours'].replace('{neighbours}', '2') });
    await neighbours.focus();
    await page.keyboard.press('Space');
    await expect(neighbours).toBeChecked();
    await expect(page.getByRole('status').filter({ hasText: m['boardPage.around'].replace('{total}', String(total)) })).toBeVisible();
    expect(await table.locator('tbody tr').count()).toBeLessThanOrEqual(5);
    await expect(table.locator('tbody tr[aria-current="true"]')).toHaveCount(1);
    await expect(page.locator('.rules')).toContainText(m['board.rule.neighbours'].replace('{neighbours}', '2'));

    await page.setViewportSize({ width: 375, height: 900 });
    await screenshot(page, `leaderboards-neighbours-${language.path}-375`);
  });
}

test('a trainee chooses a display name, marked on their row; their lead still sees the real name', async ({ page, browser }) => {
  const language = languages[0];
  const m = language.messages;
  await signInToBoards(page, language, 'trainee');
  await choose(page, m['boardPage.period'], m['board.period.all']);
  const field = page.getByLabel(m['me.displayName.label']);
  await field.fill('x\u0007y');
  await field.press('Enter');
  await expect(page.getByRole('alert')).toHaveText(m['me.displayName.invalid']);
  await expect(field).toBeFocused();

  await field.fill('Jiayi W');
  await page.getByRole('button', { name: m['me.displayName.save'] }).click();
  await expect(page.getByRole('status').filter({ hasText: m['me.displayName.saved'] })).toBeVisible();
  await expect(page.getByText(m['me.displayName.shown'].replace('{name}', 'Jiayi W'))).toBeVisible();
  const own = page.locator('tbody tr[aria-current="true"]');
  await expect(own).toContainText('Jiayi W');
  await expect(own).toContainText(m['boardPage.chosenName']);
  await page.setViewportSize({ width: 375, height: 900 });
  await screenshot(page, 'leaderboards-display-name-en-375');

  const leadContext = await browser.newContext();
  const lead = await leadContext.newPage();
  await signInToBoards(lead, language, 'lead');
  await choose(lead, m['boardPage.period'], m['board.period.all']);
  const row = lead.locator('tbody tr').filter({ hasText: '吴佳怡' });
  await expect(row).toHaveCount(1);
  await expect(row).not.toContainText(m['boardPage.chosenName']);
  await expect(lead.locator('tbody')).not.toContainText('Jiayi W');
  await expect(lead.getByText(m['me.notRanked'])).toBeVisible();
  await lead.setViewportSize({ width: 1280, height: 900 });
  await screenshot(lead, 'leaderboards-lead-en-1280');
  await leadContext.close();

  await page.getByRole('button', { name: m['me.displayName.clear'] }).click();
  await expect(page.getByText(m['me.displayName.real'].replace('{name}', '吴佳怡'))).toBeVisible();
  await expect(own).toContainText('吴佳怡');
  await expect(own).not.toContainText(m['boardPage.chosenName']);
});
