import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import en from '../../site/i18n/en.json' with { type: 'json' };
import zhCN from '../../site/i18n/zh-CN.json' with { type: 'json' };

/** The catalogue of each URL language, so tests find controls by the text a trainee reads. */
export const languages = [
  { path: 'en', messages: en },
  { path: 'zh-cn', messages: zhCN },
] as const;
export type Language = (typeof languages)[number];

export const scenarioUrl = (language: Language) => `/${language.path}/scenarios/master-data-basics/`;

export interface Card {
  account?: { code: string; nameZh: string; nameEn: string; industry: string; phone: string };
  /** Code of an existing customer, when the card's company is already in the CRM. */
  existing?: string;
  contact: { name: string; title: string; phone: string; email: string };
}

/** The four business cards of master-data-basics, entered the right way. */
export const perfectRun: Card[] = [
  {
    account: { code: 'C-SU-00901', nameZh: '苏州明德包装材料有限公司', nameEn: 'Suzhou Mingde Packaging Materials Co., Ltd.', industry: 'manufacturing', phone: '0512-6552 3180' },
    contact: { name: '刘洋', title: '采购经理', phone: '139 1234 5678', email: 'liu.yang@mingde-pack.com' },
  },
  {
    account: { code: 'C-HZ-00901', nameZh: '杭州启航跨境电商有限公司', nameEn: 'Hangzhou Qihang Cross-border E-commerce Co., Ltd.', industry: 'trading', phone: '0571-8517 2260' },
    contact: { name: '周雯', title: '运营总监', phone: '+86 186-0571-3322', email: 'zhouwen@qihang-ec.com' },
  },
  {
    account: { code: 'C-NJ-00901', nameZh: '南京锦程冷链物流有限公司', nameEn: 'Nanjing Jincheng Cold Chain Logistics Co., Ltd.', industry: 'logistics', phone: '025-5268 7710' },
    contact: { name: '孙立', title: '仓储经理', phone: '158 5190 2046', email: '' },
  },
  {
    existing: 'C-SH-00612',
    contact: { name: '陈静', title: '采购主管', phone: '137 6120 8854', email: 'chenjing@hengtong-sh.com' },
  },
];

/** Opens the player on a fresh attempt and waits until the island has taken over. */
export async function openPlayer(page: Page, language: Language) {
  await page.goto(scenarioUrl(language));
  await expect(page.locator('.player[data-ready="true"]')).toBeVisible();
}

export async function fillAccount(page: Page, language: Language, account: NonNullable<Card['account']>) {
  await page.getByRole('button', { name: language.messages['accounts.new'] }).click();
  await page.locator('#account-code').fill(account.code);
  await page.locator('#account-industry').selectOption(account.industry);
  await page.locator('#account-nameZh').fill(account.nameZh);
  await page.locator('#account-nameEn').fill(account.nameEn);
  await page.locator('#account-phone').fill(account.phone);
  await page.getByRole('button', { name: language.messages['account.save'] }).click();
}

export async function addContact(page: Page, language: Language, contact: Card['contact']) {
  await page.locator('#contact-name').fill(contact.name);
  await page.locator('#contact-title').fill(contact.title);
  await page.locator('#contact-phone').fill(contact.phone);
  await page.locator('#contact-email').fill(contact.email);
  await page.getByRole('button', { name: language.messages['contact.save'] }).click();
  // The last contact of the scenario completes it: the finish screen replaces the sandbox.
  await expect(page.locator('.contacts').filter({ hasText: contact.name }).or(page.locator('.finish'))).toBeVisible();
}

export async function openExisting(page: Page, language: Language, code: string) {
  await page.getByLabel(language.messages['list.search']).fill(code);
  await page.locator('.records tbody tr').filter({ hasText: code }).getByRole('button').click();
}

export async function playCard(page: Page, language: Language, card: Card) {
  if (card.account) {
    await fillAccount(page, language, card.account);
    await expect(page.locator('#account-title')).toBeVisible();
  } else {
    await openExisting(page, language, card.existing!);
  }
  await addContact(page, language, card.contact);
  if (card !== perfectRun.at(-1)) await page.getByRole('button', { name: language.messages['accounts.back'] }).click();
}

export async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });
}

/** Signs in through the sign-in page (with the demo company's password unless told), and waits to be sent on to `next`. */
export async function signIn(page: Page, language: Language, username: string, next: string, password = 'drill-demo') {
  const m = language.messages;
  await page.goto(`/${language.path}/sign-in/?next=${encodeURIComponent(next)}`);
  await page.getByLabel(m['signIn.username']).fill(username);
  await page.getByLabel(m['signIn.password']).fill(password);
  await page.getByRole('button', { name: m['signIn.submit'], exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${next.replaceAll('?', '\\?')}$`));
}

/** The page's serious and critical accessibility violations, as `rule: targets`. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}
