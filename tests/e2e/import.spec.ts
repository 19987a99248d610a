import { expect, test, type Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { languages, type Language } from './drive.ts';

/**
 * The import wizard on moving-from-excel: 老周's spreadsheet mapped, dry-run
 * and committed with every row accounted for, uploads of a CSV and an XLSX
 * (tests/e2e/fixtures/, the XLSX written by make-xlsx.mjs), and a file that
 * is neither.
 */
const [en, zh] = languages;
const sheetName = '老周的客户通讯录.xlsx';
const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
const fill = (text: string, params: Record<string, string | number>) => text.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name]));

async function openWizard(page: Page, language: Language) {
  await page.goto(`/${language.path}/scenarios/moving-from-excel/`);
  await expect(page.locator('.player[data-ready="true"]')).toBeVisible();
  await page.locator('.crm-tabs').getByRole('button', { name: language.messages['area.import'], exact: true }).click();
  await expect(page.getByText(language.messages['import.none'])).toBeVisible();
  await page.getByRole('button', { name: language.messages['import.new'] }).click();
  await expect(page.locator('.wizard-steps li[aria-current="step"]')).toContainText(language.messages['import.step.file']);
}

/** Step 1 for a file already chosen: its rows become contacts, repeats are merged. */
async function asContactsMerged(page: Page, language: Language) {
  await page.getByRole('radio', { name: language.messages['import.entity.contact'] }).check();
  await page.getByRole('radio', { name: language.messages['import.duplicates.merge'] }).check();
  await page.getByRole('button', { name: language.messages['import.next.map'] }).click();
  await expect(page.locator('#import-step-title')).toContainText(language.messages['import.step.map']);
  await expect(page.locator('#import-step-title')).toBeFocused();
}

async function chooseScenarioSheet(page: Page, language: Language) {
  await page.getByRole('radio', { name: new RegExp(sheetName) }).check();
  await asContactsMerged(page, language);
}

async function dryRun(page: Page, language: Language) {
  await page.getByRole('button', { name: language.messages['import.dryRun'] }).click();
  await expect(page.locator('#import-step-title')).toContainText(language.messages['import.step.check']);
}

async function atWidths(page: Page, name: string) {
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 900 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${name} scrolls sideways at ${width} px`).toBeLessThanOrEqual(0);
    await page.locator('.sandbox').screenshot({ path: `test-results/screenshots/import-${name}-${width}.png` });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

test.describe('import wizard', () => {
  test('the scenario’s spreadsheet: mapped, dry-run with every merged and refused row, committed', async ({ page }) => {
    const { messages } = en;
    await openWizard(page, en);

    // Going on without choosing anything names each missing choice.
    await page.getByRole('button', { name: messages['import.next.map'] }).click();
    await expect(page.getByText(messages['import.file.missing'])).toBeVisible();
    await expect(page.getByText(messages['import.entity.missing'])).toBeVisible();
    await expect(page.getByText(messages['import.duplicates.missing'])).toBeVisible();
    await chooseScenarioSheet(page, en);

    // The guess from the headings; 序号, 公司 and 备注 stay out.
    await expect(page.locator('#import-map-accountCode')).toHaveValue('客户编号');
    await expect(page.locator('#import-map-name')).toHaveValue('姓名');
    await expect(page.locator('#import-map-title')).toHaveValue('职务');
    await expect(page.locator('#import-map-phone')).toHaveValue('手机');
    await expect(page.locator('#import-map-email')).toHaveValue('邮箱');
    await expect(page.locator('#import-map-role')).toHaveValue('');
    await expect(page.getByText(fill(messages['import.map.unmapped'], { columns: '序号, 公司, 备注' }))).toBeVisible();
    await expect(page.locator('.sheet-preview tbody tr')).toHaveCount(5);

    // The engine refuses a mapping that leaves a required field without a column, beside that field.
    await page.locator('#import-map-name').selectOption('');
    await page.getByRole('button', { name: messages['import.dryRun'] }).click();
    await expect(page.locator('#import-map-name-error')).toContainText(fill(messages['rejection.import.mapping-required'], { field: messages['contact.field.name'] }));
    await expect(page.locator('#import-map-name')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#import-map-name')).toBeFocused();
    // Choosing 姓名 for the title moves it there; putting it back on the name frees the title.
    await page.locator('#import-map-title').selectOption('姓名');
    await page.locator('#import-map-name').selectOption('姓名');
    await expect(page.locator('#import-map-title')).toHaveValue('');
    await page.locator('#import-map-title').selectOption('职务');
    await atWidths(page, 'mapping');

    await dryRun(page, en);
    const counts = page.locator('.import-counts');
    await expect(counts).toContainText(fill(messages['import.will.imported'], { count: 3 }));
    await expect(counts).toContainText(fill(messages['import.will.merged'], { count: 4 }));
    await expect(counts).toContainText(fill(messages['import.will.rejected'], { count: 5 }));
    await expect(counts).toContainText(fill(messages['import.total'], { total: 12 }));
    const rows = page.locator('.import-rows tbody tr');
    await expect(rows).toHaveCount(9);
    await expect(rows.filter({ hasText: messages['import.outcome.merged'] })).toHaveCount(4);
    await expect(rows.filter({ hasText: messages['import.outcome.rejected'] })).toHaveCount(5);
    // Row 8: 郑晓燕's ten-digit mobile, refused in its column with the engine's reason.
    const zheng = page.locator('.import-rows tr[data-row="8"]');
    await expect(zheng).toContainText('郑晓燕C-HZ-00207');
    await expect(zheng).toContainText(fill(messages['import.rejected.column'], { column: '手机' }));
    await expect(zheng).toContainText('136-5710-228');
    // Row 2: 陈静 merged, her empty email filled from the row.
    await expect(page.locator('.import-rows tr[data-row="2"]')).toContainText(fill(messages['import.will.fills'], { fields: messages['contact.field.email'] }));
    await atWidths(page, 'dry-run');

    // Nothing has changed before the commit.
    await expect(page.locator('.steps li.done')).toHaveCount(0);
    await page.getByRole('button', { name: messages['import.commit'] }).click();
    await expect(page.locator('#import-step-title')).toContainText(messages['import.step.commit']);
    await expect(page.locator('.import-counts')).toContainText(fill(messages['import.did.imported'], { count: 3 }));
    await expect(page.locator('.steps li.done')).toHaveCount(1);
    await expect(page.locator('.wizard-steps li.done')).toHaveCount(3);
    await page.locator('.sandbox').screenshot({ path: 'test-results/screenshots/import-done-1280.png' });

    // The import is listed, and its report opens from the list.
    await page.getByRole('button', { name: messages['import.back.list'] }).click();
    await expect(page.locator('.records tbody tr')).toHaveCount(1);
    await expect(page.locator('.records')).toContainText(fill(messages['import.summary'], { imported: 3, merged: 4, rejected: 5 }));
    await atWidths(page, 'past-imports');
    await page.getByRole('button', { name: fill(messages['import.open'], { file: sheetName, id: 'IM-000001' }) }).click();
    await expect(page.locator('#import-run-title')).toHaveText(sheetName);
    await expect(page.locator('.import-rows tbody tr')).toHaveCount(9);
    await atWidths(page, 'report');
    // A merged row opens the customer its contact belongs to.
    await page.locator('.import-rows tr[data-row="2"]').getByRole('button').click();
    await expect(page.locator('.facts')).toContainText('C-SH-00612');
  });

  test('an uploaded CSV reaches the mapping, its English headings mapped', async ({ page }) => {
    const { messages } = en;
    await openWizard(page, en);
    await page.getByLabel(messages['import.file.uploadOther']).setInputFiles(fixture('contacts.csv'));
    await expect(page.locator('.notice')).toHaveText(fill(messages['import.file.chosen'], { file: 'contacts.csv', rows: 2, columns: 5 }));
    await asContactsMerged(page, en);
    await expect(page.locator('#import-map-accountCode')).toHaveValue('Customer code');
    await expect(page.locator('#import-map-name')).toHaveValue('Name');
    await expect(page.locator('#import-map-phone')).toHaveValue('Mobile');
    await expect(page.locator('.sheet-preview')).toContainText('158 5190 2046');
  });

  test('an uploaded XLSX reaches the mapping, numbers and dates as the sheet shows them', async ({ page }) => {
    const { messages } = en;
    await openWizard(page, en);
    await page.getByLabel(messages['import.file.uploadOther']).setInputFiles(fixture('contacts.xlsx'));
    await expect(page.locator('.notice')).toHaveText(fill(messages['import.file.chosen'], { file: 'contacts.xlsx', rows: 2, columns: 6 }));
    await asContactsMerged(page, en);
    await expect(page.locator('#import-map-phone')).toHaveValue('手机');
    await expect(page.getByText(fill(messages['import.map.unmapped'], { columns: '首次联系' }))).toBeVisible();
    await expect(page.locator('.sheet-preview')).toContainText('15851902046');
    await expect(page.locator('.sheet-preview')).toContainText('2026-03-02');
  });

  test('a file that is not CSV or XLSX is refused with what to do', async ({ page }) => {
    const { messages } = en;
    await openWizard(page, en);
    await page.getByLabel(messages['import.file.uploadOther']).setInputFiles(fixture('contacts.txt'));
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(fill(messages['import.problem.type'], { file: 'contacts.txt' }));
    await expect(alert).toBeFocused();
    await page.getByRole('radio', { name: messages['import.entity.contact'] }).check();
    await page.getByRole('button', { name: messages['import.next.map'] }).click();
    await expect(page.getByText(messages['import.file.missing'])).toBeVisible();
  });

  test('in Chinese: the dry run of the scenario’s spreadsheet', async ({ page }) => {
    const { messages } = zh;
    await openWizard(page, zh);
    await chooseScenarioSheet(page, zh);
    await expect(page.locator('label[for="import-map-accountCode"]')).toContainText(messages['account.field.code']);
    await dryRun(page, zh);
    await expect(page.locator('.import-counts')).toContainText(fill(messages['import.will.rejected'], { count: 5 }));
    await expect(page.locator('.import-rows tr[data-row="8"]')).toContainText(fill(messages['import.rejected.column'], { column: '手机' }));
    await expect(page.locator('.wizard-steps')).toContainText(messages['import.step.check']);
    await atWidths(page, 'dry-run-zh-cn');
  });
});
