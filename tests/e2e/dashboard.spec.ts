import { expect, test, type Page } from '@playwright/test';
import { languages, screenshot, seriousViolations, signIn } from './drive.ts';

/**
 * The lead dashboard against the demo company the test server seeds
 * (password drill-demo; `lead` leads both sales teams): the charts and their
 * tables, a filter kept in the URL, the needs-retraining list under a
 * threshold, the CSV export, the printable report, and a trainee turned away.
 */

/** The canvas drew something: chart.js sized it and put non-transparent pixels on it. */
async function expectDrawn(page: Page, selector: string) {
  const canvas = page.locator(selector);
  await expect(canvas).toBeVisible();
  await expect
    .poll(() =>
      canvas.evaluate((element: HTMLCanvasElement) => {
        if (element.width === 0 || element.height === 0) return 0;
        const pixels = element.getContext('2d')!.getImageData(0, 0, element.width, element.height).data;
        let painted = 0;
        for (let index = 3; index < pixels.length; index += 4) if (pixels[index] !== 0) painted++;
        return painted;
      }),
    )
    .toBeGreaterThan(100);
}

for (const language of languages) {
  test(`in ${language.path}, a lead reads the dashboard, filters it, sets a threshold, exports and prints`, async ({ page }) => {
    const m = language.messages;
    const dashboard = `/${language.path}/dashboard/`;
    await page.goto(dashboard);
    await expect(page.locator('main').getByRole('link', { name: m['dashboard.signIn'] })).toHaveAttribute('href', `/${language.path}/sign-in/?next=${encodeURIComponent(dashboard)}`);

    await signIn(page, language, 'lead', dashboard);
    await expect(page.getByRole('heading', { name: m['dashboard.totals.title'] })).toBeVisible();
    await expectDrawn(page, '.trend-chart canvas');
    await expectDrawn(page, '.code-chart canvas');
    await expect(page.locator('#codes-title ~ .data-table tbody tr')).toHaveCount(10);
    await expect(page.locator('.code-chart ~ .data-table tbody tr').first()).toContainText(m['mistake.validation.incomplete']);
    expect(await page.locator('.trend-chart ~ .data-table tbody tr').count()).toBeGreaterThan(0);
    expect(await page.locator('.heat-map tbody tr').count()).toBeGreaterThan(0);
    expect(await page.locator('.recurring li').count()).toBeGreaterThan(0);
    // The data tables are there for whoever does not see the canvas.
    await page.locator('.trend-chart ~ .data-table summary').click();
    await expect(page.locator('.trend-chart ~ .data-table table')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 900 });
    await screenshot(page, `dashboard-${language.path}-1280`);
    await page.setViewportSize({ width: 375, height: 800 });
    await screenshot(page, `dashboard-${language.path}-375`);
    await page.setViewportSize({ width: 1280, height: 900 });

    // A filter changes the URL and asks the report again; the lines by code, too.
    const asked = page.waitForResponse((response) => response.url().includes('/api/reports/errors?') && response.url().includes('period=all'));
    await page.getByLabel(m['dashboard.filter.period']).selectOption('all');
    await asked;
    await expect(page).toHaveURL(/\?period=all$/);
    await page.getByRole('button', { name: m['dashboard.dimension.code'], exact: true }).click();
    await expect(page).toHaveURL(/\?period=all&lines=code$/);
    await expect(page.locator('.trend-chart ~ .data-table tbody th').first()).toHaveText(/\S/);
    const firstTeam = page.getByLabel(m['dashboard.filter.team']).locator('option').nth(1);
    const teamId = await firstTeam.getAttribute('value');
    await page.getByLabel(m['dashboard.filter.team']).selectOption(teamId!);
    await expect(page).toHaveURL(new RegExp(`team=${teamId}`));
    await page.getByLabel(m['dashboard.filter.team']).selectOption('');

    // The demo company's stuck trainees keep making format mistakes, so over all time the list names them at the
    // default threshold, each with the scenarios that train it. The threshold goes to the URL and the API: at 50%
    // no one is listed.
    const retraining = page.locator('table.retraining tbody tr');
    await expect(retraining.first()).toContainText(m['mistake.validation.format']);
    await expect(retraining.first().locator(`a[href="/${language.path}/scenarios/master-data-basics/"]`)).toHaveCount(1);
    expect(await seriousViolations(page)).toEqual([]);
    const asked50 = page.waitForResponse((response) => response.url().includes('/api/reports/retraining') && response.url().includes('threshold=0.5'));
    await page.getByLabel(m['dashboard.retraining.threshold']).fill('50');
    expect((await asked50).status()).toBe(200);
    await expect(page).toHaveURL(/threshold=50/);
    await expect(page.getByText(m['dashboard.retraining.none'].split('{')[0].trim())).toBeVisible();

    // The CSV link carries the filters and the language; the file starts with a byte-order mark and the header.
    const csvLink = page.getByRole('link', { name: m['dashboard.export.csv'] });
    const href = await csvLink.getAttribute('href');
    expect(href).toContain('period=all');
    expect(href).toContain(`lang=${language.path === 'en' ? 'en' : 'zh-CN'}`);
    const download = page.waitForEvent('download');
    await csvLink.click();
    expect((await download).suggestedFilename()).toMatch(/^crm-drill-errors-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await page.request.get(href!);
    const bytes = await csv.body();
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8').split('\r\n')[0]).toContain(m['report.csv.operator']);

    // The printable report: same filters, the summary, no controls in print.
    await page.getByRole('link', { name: m['dashboard.export.print'] }).click();
    await expect(page).toHaveURL(new RegExp(`/${language.path}/dashboard/report/\\?period=all&lines=code&threshold=50$`));
    await expect(page.locator('.printable-report[data-ready="true"]')).toBeVisible();
    await expect(page.getByRole('heading', { name: m['dashboard.print.worst'] })).toBeVisible();
    await expect(page.getByRole('heading', { name: m['dashboard.recurring.title'] })).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('button', { name: m['dashboard.print.print'] })).toBeHidden();
    await expect(page.locator('.site-header')).toBeHidden();
    await screenshot(page, `dashboard-report-${language.path}-print`);
  });
}

test('a trainee is told the dashboard is for leads', async ({ page }) => {
  const [language] = languages;
  await page.setViewportSize({ width: 375, height: 800 });
  await signIn(page, language, 'trainee', `/${language.path}/dashboard/`);
  await expect(page.getByText(language.messages['dashboard.forLeads'])).toBeVisible();
  await expect(page.locator('.filters')).toHaveCount(0);
  await screenshot(page, 'dashboard-trainee-en-375');
});
