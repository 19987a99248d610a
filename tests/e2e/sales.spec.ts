import { expect, test, type Page } from '@playwright/test';
import { languages, type Language } from './drive.ts';

const [en, zh] = languages;

/** Opens a scenario's player on a fresh attempt and waits until the island has taken over. */
async function openScenario(page: Page, language: Language, scenario: string) {
  await page.goto(`/${language.path}/scenarios/${scenario}/`);
  await expect(page.locator('.player[data-ready="true"]')).toBeVisible();
}

/** The sandbox alone, as the trainee sees the screen, at the page's current width. */
async function screenshot(page: Page, name: string) {
  await page.locator('.sandbox').screenshot({ path: `test-results/screenshots/${name}.png` });
}

async function openTab(page: Page, language: Language, area: 'customers' | 'leads' | 'deals') {
  await page.locator('.crm-tabs').getByRole('button', { name: language.messages[`area.${area}`] }).click();
}

const jingrui = {
  company: '杭州精锐模具有限公司',
  contactName: '许志强',
  phone: '139 5718 2064',
  email: 'xu.zhiqiang@jingrui-mould.com',
};

test('a web inquiry becomes a lead, is qualified and converted, and its deal moves on the board by keyboard', async ({ page }) => {
  const m = en.messages;
  await openScenario(page, en, 'lead-to-cash');
  await openTab(page, en, 'leads');
  await expect(page.locator('#lead-search')).toBeFocused();
  await screenshot(page, 'sales-lead-list-en-1280');
  await page.getByRole('button', { name: m['leads.new'] }).click();
  await expect(page.locator('#lead-company')).toBeFocused();

  // A mobile number one digit short is refused beside the phone field.
  await page.locator('#lead-company').fill(jingrui.company);
  await page.locator('#lead-contactName').fill(jingrui.contactName);
  await page.locator('#lead-phone').fill('139 5718 206');
  await page.locator('#lead-email').fill(jingrui.email);
  await page.locator('#lead-source').selectOption('website');
  await page.getByRole('button', { name: m['lead.save'] }).click();
  await expect(page.locator('#lead-phone-error')).toContainText('139 5718 206');
  await expect(page.locator('#lead-phone')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#lead-phone')).toBeFocused();

  await page.locator('#lead-phone').fill(jingrui.phone);
  await page.getByRole('button', { name: m['lead.save'] }).click();
  await expect(page.locator('#lead-title')).toHaveText(jingrui.company);
  await expect(page.locator('.record-header .status')).toHaveText(m['status.lead.new']);
  // A new lead offers the call, not the qualification: the lifecycle goes new → contacted → qualified.
  await expect(page.getByRole('button', { name: m['lead.action.qualify'] })).toHaveCount(0);

  await page.getByRole('button', { name: m['lead.action.markContacted'] }).click();
  await expect(page.locator('.record-header .status')).toHaveText(m['status.lead.contacted']);
  await expect(page.locator('#lead-title')).toBeFocused();
  // Converting is offered, as a CRM's Convert button is; the engine refuses a lead nobody has qualified, in words the trainee reads.
  await page.getByText(m['lead.convert.title']).click();
  await page.getByRole('button', { name: m['lead.action.convert'], exact: true }).click();
  await expect(page.locator('.form-error')).toContainText(`is ${m['status.lead.contacted']}`);
  await page.locator('#lead-activity-kind').selectOption('call');
  await page.locator('#lead-activity-outcome').fill('四台加工中心，本季度约 8 万元预算，许志强和老板一起拍板。');
  await page.getByRole('button', { name: m['activity.log.save'] }).click();
  await expect(page.locator('.timeline')).toContainText('8 万元');
  await page.getByRole('button', { name: m['lead.action.qualify'] }).click();
  await expect(page.locator('.record-header .status')).toHaveText(m['status.lead.qualified']);
  await expect(page.locator('.form-error')).toHaveCount(0);
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 900 });
    await screenshot(page, `sales-lead-en-${width}`);
  }
  await page.setViewportSize({ width: 1280, height: 900 });

  // The customer's own rule refuses a code off the company's format, beside the code field.
  await page.locator('#convert-code').fill('C-HZ-801');
  await page.locator('#convert-industry').selectOption('manufacturing');
  await page.locator('#convert-name-en').fill('Hangzhou Jingrui Mould Co., Ltd.');
  await page.locator('#convert-deal').fill('精锐模具 2026 刀具、校准与测头');
  await page.locator('#convert-amount').fill('8万');
  await page.getByRole('button', { name: m['lead.action.convert'], exact: true }).click();
  await expect(page.locator('#convert-code-error')).toContainText('C-HZ-801');
  await expect(page.locator('#convert-code')).toBeFocused();
  await page.locator('#convert-code').fill('C-HZ-00801');
  await page.getByRole('button', { name: m['lead.action.convert'], exact: true }).click();
  const converted = page.locator('.converted');
  await expect(converted).toBeFocused();
  await expect(converted).toContainText('C-HZ-00801');
  const dealId = (await converted.locator('.code').filter({ hasText: /^OP-/ }).textContent())!;

  await openTab(page, en, 'deals');
  const prospecting = page.locator('section[aria-labelledby="stage-prospecting-title"]');
  await expect(prospecting.locator(`#deal-card-${dealId}`)).toHaveText('精锐模具 2026 刀具、校准与测头');
  await expect(prospecting.locator('.totals')).toContainText('CN¥');

  // Qualification needs an expected close date: the card says so, and takes the trainee to the field.
  const move = page.locator(`#move-${dealId}`);
  await move.focus();
  await page.keyboard.press('ArrowDown');
  await expect(move).toHaveValue('qualification');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator(`#move-${dealId}-error`)).toContainText(m['opportunity.field.expectedClose']);
  await page.getByRole('button', { name: m['deals.fix'].replace('{field}', m['opportunity.field.expectedClose']) }).click();
  await expect(page.locator('#deal-expectedClose-error')).toBeVisible();
  await expect(page.locator('#deal-expectedClose')).toBeFocused();
  await page.keyboard.type('2026-03-31');
  await page.getByRole('button', { name: m['deal.details.save'] }).click();
  await expect(page.locator('.facts')).toContainText('2026-03-31');

  await page.getByRole('button', { name: m['deals.back'] }).click();
  await move.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  const qualification = page.locator('section[aria-labelledby="stage-qualification-title"]');
  await expect(qualification.locator(`#deal-card-${dealId}`)).toBeFocused();
  await expect(page.getByRole('status')).toContainText(m['stage.qualification']);
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 900 });
    const overflow = await page.locator('.crm-body').evaluate((body) => body.scrollWidth - body.clientWidth);
    expect(overflow, `the board runs out of the sandbox at ${width} px`).toBeLessThanOrEqual(0);
    await screenshot(page, `sales-board-en-${width}`);
  }
});

test('a deal moved to a stage it lacks a fact for shows the refusal by that field on its page', async ({ page }) => {
  const m = en.messages;
  await openScenario(page, en, 'funnel-hygiene');
  await openTab(page, en, 'deals');
  await page.locator('#deal-card-OP-000003').click();
  await expect(page.locator('#deal-title')).toHaveText('启明手术器械清洗线');
  await page.locator('#deal-move').selectOption('proposal');
  await page.getByRole('button', { name: m['deals.move'], exact: true }).click();
  await expect(page.locator('#deal-needs-error')).toContainText(m['stage.proposal']);
  await expect(page.locator('#deal-needs')).toBeFocused();

  await page.locator('#deal-needs').fill('3 条手术器械清洗线，含烘干模块，6 月底前投产');
  await page.getByRole('button', { name: m['deal.details.save'] }).click();
  await page.locator('#deal-move').selectOption('proposal');
  await page.getByRole('button', { name: m['deals.move'], exact: true }).click();
  await expect(page.locator('.path [aria-current="step"]')).toHaveText(m['stage.proposal']);
  await expect(page.locator('#deal-title')).toBeFocused();

  // 钱晓红 of finance joins the deal team, then leaves it.
  const team = page.locator('.team');
  await page.locator('#deal-team-add-user').selectOption('u.qian');
  await page.getByRole('button', { name: m['deal.team.add'] }).click();
  await expect(team).toContainText('钱晓红');
  await expect(page.locator('#deal-team-add-user option[value="u.qian"]')).toHaveCount(0);
  await screenshot(page, 'sales-deal-en-1280');
  await page.getByRole('button', { name: m['deal.team.remove'].replace('{name}', '钱晓红') }).click();
  await expect(team).not.toContainText('钱晓红');
});

test('in Chinese, an inquiry from an existing customer is shown as that customer, not entered as a lead', async ({ page }) => {
  const m = zh.messages;
  await openScenario(page, zh, 'lead-to-cash');
  await openTab(page, zh, 'leads');
  await page.getByRole('button', { name: m['leads.new'] }).click();
  await page.locator('#lead-company').fill('恒通电子（上海）有限公司');
  await page.locator('#lead-contactName').fill('黄建华');
  await page.locator('#lead-phone').fill('138 1701 6620');
  await page.locator('#lead-source').selectOption('website');
  await page.getByRole('button', { name: m['lead.save'] }).click();
  const warning = page.getByRole('alert');
  await expect(warning).toBeFocused();
  await expect(warning).toContainText(m['lead.duplicate.customer.title']);
  await expect(warning).toContainText('张伟');
  await page.setViewportSize({ width: 375, height: 900 });
  await screenshot(page, 'sales-lead-duplicate-zh-cn-375');
  await page.getByRole('button', { name: m['lead.duplicate.openCustomer'].replace('{code}', 'C-SH-00612') }).click();
  await expect(page.locator('#account-title')).toBeFocused();
  await expect(page.locator('.facts')).toContainText('C-SH-00612');

  await openTab(page, zh, 'deals');
  await expect(page.locator('#stage-needsAnalysis-title')).toHaveText(m['stage.needsAnalysis']);
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await screenshot(page, `sales-board-zh-cn-${width}`);
  }
});
