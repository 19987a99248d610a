import { expect, type Page } from '@playwright/test';
import { addContact, type Card, type Language } from '../drive.ts';
import { openCustomer, say, tab, type Drill } from './drill.ts';

/**
 * 老周's spreadsheet through the import wizard (contacts, repeats merged,
 * mapped from the headings, dry-run, committed), then the people of the
 * refused rows put in by hand: 马骏 and 陶明 at the customers the 公司
 * column names, 何平 and 孙立 with their cells fixed, and 郑晓燕 found
 * already there from row 11 rather than entered twice.
 */
const sheetName = '老周的客户通讯录.xlsx';

/** Imports the sheet with repeats merged, checking the dry run's count of every row first. */
async function importSheet(page: Page, language: Language) {
  const m = language.messages;
  await tab(page, language, 'import').click();
  await page.getByRole('button', { name: m['import.new'] }).click();
  await page.getByRole('radio', { name: new RegExp(sheetName) }).check();
  await page.getByRole('radio', { name: m['import.entity.contact'] }).check();
  await page.getByRole('radio', { name: m['import.duplicates.merge'] }).check();
  await page.getByRole('button', { name: m['import.next.map'] }).click();
  await expect(page.locator('#import-step-title')).toContainText(m['import.step.map']);

  // The mapping guessed from the headings is the one the step asks for; 序号, 公司 and 备注 stay out.
  for (const [field, column] of Object.entries({ accountCode: '客户编号', name: '姓名', title: '职务', phone: '手机', email: '邮箱' }))
    await expect(page.locator(`#import-map-${field}`)).toHaveValue(column);
  await expect(page.getByText(say(language, 'import.map.unmapped', { columns: ['序号', '公司', '备注'].join(m['import.list.separator']) }))).toBeVisible();

  await page.getByRole('button', { name: m['import.dryRun'] }).click();
  await expect(page.locator('#import-step-title')).toContainText(m['import.step.check']);
  const counts = page.locator('.import-counts');
  await expect(counts).toContainText(say(language, 'import.will.imported', { count: 3 }));
  await expect(counts).toContainText(say(language, 'import.will.merged', { count: 4 }));
  await expect(counts).toContainText(say(language, 'import.will.rejected', { count: 5 }));
  await expect(counts).toContainText(say(language, 'import.total', { total: 12 }));
  await expect(page.locator('.steps li.done'), 'a dry run changes nothing').toHaveCount(0);

  await page.getByRole('button', { name: m['import.commit'] }).click();
  await expect(page.locator('#import-step-title')).toContainText(m['import.step.commit']);
  await expect(page.locator('.import-counts')).toContainText(say(language, 'import.did.merged', { count: 4 }));
  await expect(page.locator('.steps li.done')).toHaveCount(1);
}

/** A person of a refused row, added at the customer found by searching as the 公司 column reads. */
async function addAt(page: Page, language: Language, search: string, code: string, contact: Card['contact']) {
  await openCustomer(page, language, search, code);
  await addContact(page, language, contact);
}

export const movingFromExcel: Drill = {
  scenario: 'moving-from-excel',
  async perfect(page, language) {
    const done = page.locator('.steps li.done');
    await importSheet(page, language);

    // find-the-customer: rows 7 and 10 named no code of ours; 公司 says 华鼎 and 蓝海.
    await addAt(page, language, '华鼎', 'C-SU-00311', { name: '马骏', title: '技术总监', phone: '158 6215 3307', email: 'majun@huading-jx.com' });
    const sun = page.locator('.contacts li').filter({ hasText: '孙建国' });
    await expect(sun, 'the merge filled his empty title').toContainText('采购经理');
    await expect(sun, 'the merge kept the CRM’s newer mobile').toContainText('+86 135 0621 3388');
    await expect(done).toHaveCount(1);
    await addAt(page, language, '蓝海', 'C-HZ-00207', { name: '陶明', title: '仓储主管', phone: '137 5812 9034', email: '' });
    await expect(done).toHaveCount(2);

    // fix-the-cells: 郑晓燕 came in from row 11 already, so she is not entered again.
    const contacts = page.locator('.contacts li');
    await expect(contacts.filter({ hasText: '郑晓燕' })).toHaveCount(1);
    await addContact(page, language, { name: '何平', title: '生产经理', phone: '139 5718 6603', email: 'heping@lanhai-pack.com' });
    await expect(contacts.filter({ hasText: '何平' })).toHaveCount(1);
    await expect(done).toHaveCount(2);
    await addAt(page, language, '锦程', 'C-NJ-00105', { name: '孙立', title: '仓储经理', phone: '158 5190 2046', email: 'sunli@jincheng-cold.com' });
  },
  mistake: {
    code: 'validation.format',
    lesson: 'unified-formats',
    async play(page, language) {
      await importSheet(page, language);
      // 何平's email typed as the file has it, with a comma for the dot.
      await openCustomer(page, language, '蓝海', 'C-HZ-00207');
      await page.locator('#contact-name').fill('何平');
      await page.locator('#contact-title').fill('生产经理');
      await page.locator('#contact-phone').fill('139 5718 6603');
      await page.locator('#contact-email').fill('heping@lanhai-pack,com');
      await page.getByRole('button', { name: language.messages['contact.save'] }).click();
      await expect(page.locator('#contact-email-error')).toBeVisible();
    },
  },
};
