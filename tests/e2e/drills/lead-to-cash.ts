import { expect, type Page } from '@playwright/test';
import { openExisting, type Language } from '../drive.ts';
import type { Drill } from './drill.ts';

/**
 * 精锐模具 from a web inquiry to an invoice, as tests/scenarios/lead-to-cash.test.ts
 * plays it: the lead, 恒通's inquiry passed to 张伟, the call and qualification,
 * the conversion, the virtual team on the customer and the deal, the visit and
 * the deal's facts, the special price left with 李娜, the tooling quote sent and
 * accepted, and the order from confirmation to the invoice.
 */
const jingrui = {
  company: '杭州精锐模具有限公司',
  contactName: '许志强',
  phone: '139 5718 2064',
  email: 'xu.zhiqiang@jingrui-mould.com',
  code: 'C-HZ-00801',
  nameEn: 'Hangzhou Jingrui Mould Co., Ltd.',
  deal: '精锐模具 2026 刀具、校准与测头',
};
const hengtong = 'C-SH-00612';
const team = ['u.qian', 'u.sun'];

type Area = 'customers' | 'leads' | 'deals' | 'quotes' | 'orders';

async function openTab(page: Page, language: Language, area: Area) {
  await page.locator('.crm-tabs').getByRole('button', { name: language.messages[`area.${area}`], exact: true }).click();
}

/** A button of the open screen, by its exact name. */
const button = (page: Page, name: string) => page.locator('.crm-body').getByRole('button', { name, exact: true });

/** How many of the scenario's steps are done: a failure says where the run stopped. */
const stepsDone = (page: Page, count: number) => expect(page.locator('.steps li.done')).toHaveCount(count);

const status = (page: Page) => page.locator('.record-header .status');

async function newLead(page: Page, language: Language, lead: { company: string; contactName: string; phone: string; email?: string }) {
  await openTab(page, language, 'leads');
  await page.getByRole('button', { name: language.messages['leads.new'] }).click();
  await page.locator('#lead-company').fill(lead.company);
  await page.locator('#lead-contactName').fill(lead.contactName);
  await page.locator('#lead-phone').fill(lead.phone);
  await page.locator('#lead-email').fill(lead.email ?? '');
  await page.locator('#lead-source').selectOption('website');
  await page.getByRole('button', { name: language.messages['lead.save'] }).click();
}

async function logActivity(page: Page, language: Language, entity: 'lead' | 'opportunity', kind: string, outcome: string) {
  await page.locator(`#${entity}-activity-kind`).selectOption(kind);
  await page.locator(`#${entity}-activity-outcome`).fill(outcome);
  await page.getByRole('button', { name: language.messages['activity.log.save'] }).click();
  // The engine keeps the text in one form (half-width punctuation), so the entry is counted rather than matched.
  await expect(page.locator('.timeline li')).toHaveCount(1);
}

/** The inquiries: Jingrui as a lead from the website, 恒通's inquiry shared with 张伟, who looks after it. */
async function inquiries(page: Page, language: Language) {
  const m = language.messages;
  await newLead(page, language, jingrui);
  await expect(page.locator('#lead-title')).toHaveText(jingrui.company);

  await openTab(page, language, 'customers');
  await openExisting(page, language, hengtong);
  await expect(page.locator('.facts')).toContainText(hengtong);
  const share = page.locator('.share');
  await share.getByText(m['share.title']).click();
  await page.locator('#account-share-with').selectOption('u.zhangwei');
  await page.locator('#account-share-note').fill('黄建华询两支 12000 转备用电主轴的价格');
  await share.getByRole('button', { name: m['share.save'], exact: true }).click();
  await expect(page.getByRole('status')).toHaveText(m['share.done']);
  await stepsDone(page, 1);
}

/** The call: contacted, logged, qualified. */
async function qualify(page: Page, language: Language) {
  const m = language.messages;
  await openTab(page, language, 'leads');
  await page.getByRole('button', { name: m['leads.open'].replace('{company}', jingrui.company) }).click();
  await button(page, m['lead.action.markContacted']).click();
  await expect(status(page)).toHaveText(m['status.lead.contacted']);
  await logActivity(page, language, 'lead', 'call', '四台加工中心，本季度预算约 8 万（刀具、校准、两套测头），许志强与老板共同决策');
  await button(page, m['lead.action.qualify']).click();
  await expect(status(page)).toHaveText(m['status.lead.qualified']);
  await stepsDone(page, 2);
}

/** The lead becomes the customer and its first deal; returns the deal's id. */
async function convert(page: Page, language: Language): Promise<string> {
  const m = language.messages;
  // A qualified lead opens its conversion form.
  await page.locator('#convert-code').fill(jingrui.code);
  await page.locator('#convert-industry').selectOption('manufacturing');
  await page.locator('#convert-name-en').fill(jingrui.nameEn);
  await page.locator('#convert-deal').fill(jingrui.deal);
  await page.locator('#convert-amount').fill('8万');
  await button(page, m['lead.action.convert']).click();
  const converted = page.locator('.converted');
  await expect(converted).toContainText(jingrui.code);
  await expect(status(page)).toHaveText(m['status.lead.converted']);
  await stepsDone(page, 3);
  return (await converted.locator('.code').filter({ hasText: /^OP-/ }).textContent())!;
}

/** 钱晓红 and 孙浩 on the customer's team, then on the deal's. */
async function virtualTeam(page: Page, language: Language, dealId: string) {
  const m = language.messages;
  await page.locator('.converted li').filter({ hasText: jingrui.code }).getByRole('button').click();
  await expect(page.locator('.facts')).toContainText(jingrui.code);
  await page.getByText(m['account.team.manage']).click();
  const add = page.locator('form[aria-labelledby="account-team-add-heading"]');
  for (const [index, user] of team.entries()) {
    await page.locator('#account-team-add-user').selectOption(user);
    await add.getByRole('button', { name: m['account.team.add.save'], exact: true }).click();
    await expect(page.locator('.team li')).toHaveCount(index + 1);
  }
  await stepsDone(page, 4);

  await openDeal(page, language, dealId);
  for (const user of team) {
    await page.locator('#deal-team-add-user').selectOption(user);
    await page.getByRole('button', { name: m['deal.team.add'] }).click();
    await expect(page.locator(`#deal-team-add-user option[value="${user}"]`)).toHaveCount(0);
  }
  await expect(page.locator('.team li')).toHaveCount(1 + team.length);
}

async function openDeal(page: Page, language: Language, dealId: string) {
  await openTab(page, language, 'deals');
  await page.locator(`#deal-card-${dealId}`).click();
  await expect(page.locator('#deal-title')).toHaveText(jingrui.deal);
}

async function moveDeal(page: Page, language: Language, stage: string) {
  const m = language.messages;
  await page.locator('#deal-move').selectOption(stage);
  await button(page, m['deals.move']).click();
  await expect(status(page)).toHaveText(m[`stage.${stage}` as keyof typeof m]);
}

/** The workshop visit logged, the deal's facts filled in, the deal moved to proposal. */
async function needs(page: Page, language: Language) {
  const m = language.messages;
  await logActivity(page, language, 'opportunity', 'visit', '车间拜访：刀柄、立铣刀和校准现在要，测头看价格，竞品报 27000/套');
  await page.locator('#deal-expectedClose').fill('2026-03-31');
  const xu = await page.locator('#deal-decisionMaker option').filter({ hasText: jingrui.contactName }).getAttribute('value');
  await page.locator('#deal-decisionMaker').selectOption(xu!);
  await page.locator('#deal-needs').fill('20 个 BT40 刀柄、50 支 Φ10 立铣刀、一台设备精度校准；两套工件测头需特价');
  await button(page, m['deal.details.save']).click();
  await expect(page.locator('.facts')).toContainText('2026-03-31');
  await expect(page.locator('.facts')).toContainText(jingrui.contactName);
  await moveDeal(page, language, 'proposal');
  await stepsDone(page, 5);
}

/** A new quote for Jingrui's deal; returns its id. */
async function newQuote(page: Page, language: Language, dealId: string): Promise<string> {
  const m = language.messages;
  await openTab(page, language, 'quotes');
  await page.getByRole('button', { name: m['quotes.new'] }).click();
  await page.locator('#quote-account').selectOption(jingrui.code);
  await page.locator('#quote-opportunity').selectOption(dealId);
  await button(page, m['quote.save']).click();
  const title = page.locator('#quote-title');
  await expect(title).toHaveText(/QT-\d{6}/);
  await expect(page.locator('.facts')).toContainText(jingrui.deal);
  return /QT-\d{6}/.exec((await title.textContent())!)![0];
}

async function addLine(page: Page, language: Language, line: { product: string; quantity: string; unitPrice?: string; discount?: string }) {
  const lines = page.locator('table.lines tbody tr');
  const before = await lines.count();
  await page.locator('#quote-line-product').selectOption(line.product);
  await page.locator('#quote-line-quantity').fill(line.quantity);
  await page.locator('#quote-line-unit-price').fill(line.unitPrice ?? '');
  await page.locator('#quote-line-discount').fill(line.discount ?? '');
  await button(page, `+ ${language.messages['quote.addLine.save']}`).click();
  await expect(lines).toHaveCount(before + 1);
}

/** The probes at 27,000 in a quote of their own, submitted and left waiting for 李娜. */
async function specialPrice(page: Page, language: Language, dealId: string) {
  const m = language.messages;
  await newQuote(page, language, dealId);
  await addLine(page, language, { product: 'P-201301', quantity: '2', unitPrice: '27,000' });
  await expect(page.locator('table.lines tbody tr').first()).toContainText(m['quote.line.needsApproval']);
  await button(page, m['quote.action.submit']).click();
  await expect(status(page)).toHaveText(m['status.quote.pendingApproval']);
  await expect(page.locator('.approval')).toContainText('李娜');
  await stepsDone(page, 6);
}

/** The tooling within the limits: submitted (approved at once), sent; returns its id. */
async function standardQuote(page: Page, language: Language, dealId: string): Promise<string> {
  const m = language.messages;
  const id = await newQuote(page, language, dealId);
  await addLine(page, language, { product: 'P-200701', quantity: '20' });
  await addLine(page, language, { product: 'P-200702', quantity: '50', discount: '8%' });
  await addLine(page, language, { product: 'P-300501', quantity: '1' });
  await expect(page.locator('table.lines tbody tr').filter({ hasText: m['quote.line.needsApproval'] })).toHaveCount(0);
  await expect(page.locator('.facts .total')).toContainText('26,060');
  await button(page, m['quote.action.submit']).click();
  await expect(status(page)).toHaveText(m['status.quote.approved']);
  await button(page, m['quote.action.send']).click();
  await expect(status(page)).toHaveText(m['status.quote.sent']);
  await stepsDone(page, 7);
  return id;
}

/** The signed quote recorded as accepted, the deal moved to negotiation. */
async function accepted(page: Page, language: Language) {
  const m = language.messages;
  await button(page, m['quote.action.accept']).click();
  await expect(status(page)).toHaveText(m['status.quote.accepted']);
  await button(page, jingrui.deal).click();
  await expect(page.locator('#deal-title')).toHaveText(jingrui.deal);
  await moveDeal(page, language, 'negotiation');
  await stepsDone(page, 8);
}

/** The order made from the accepted quote, confirmed within credit, and followed to the invoice. */
async function order(page: Page, language: Language, quoteId: string) {
  const m = language.messages;
  await button(page, quoteId).click();
  await expect(page.locator('#quote-title')).toContainText(quoteId);
  await button(page, m['quote.order.create']).click();
  await expect(page.locator('#order-title')).toHaveText(/SO-\d{6}/);
  await expect(page.getByTestId('credit-check')).toContainText('50,000');
  await button(page, m['order.step.confirm']).click();
  await expect(status(page)).toHaveText(m['status.order.confirmed']);
  await stepsDone(page, 9);
  for (const [step, reaches] of [['pick', 'picked'], ['ship', 'shipped'], ['deliver', 'delivered']] as const) {
    await button(page, m[`order.step.${step}`]).click();
    await expect(status(page)).toHaveText(m[`status.order.${reaches}`]);
  }
  // The invoice completes the scenario: the finish screen replaces the sandbox.
  await button(page, m['order.step.invoice']).click();
}

export const leadToCash: Drill = {
  scenario: 'lead-to-cash',
  async perfect(page, language) {
    await inquiries(page, language);
    await qualify(page, language);
    const dealId = await convert(page, language);
    await virtualTeam(page, language, dealId);
    await needs(page, language);
    await specialPrice(page, language, dealId);
    const tooling = await standardQuote(page, language, dealId);
    await accepted(page, language);
    await order(page, language, tooling);
  },
  mistake: {
    code: 'duplicate.created',
    lesson: 'existing-customer-not-a-lead',
    /** 恒通's inquiry typed in as a lead, past the warning that it is already a customer. */
    async play(page, language) {
      const m = language.messages;
      await newLead(page, language, { company: '恒通电子（上海）有限公司', contactName: '黄建华', phone: '138 1701 6620' });
      const warning = page.getByRole('alert');
      await expect(warning).toContainText(m['lead.duplicate.customer.title']);
      await expect(warning).toContainText(hengtong);
      await warning.getByRole('button', { name: m['lead.duplicate.force'] }).click();
      await expect(page.locator('#lead-title')).toContainText('恒通电子');
    },
  },
};
