import { expect, test, type Page } from '@playwright/test';
import { languages, screenshot, type Language } from './drive.ts';

/**
 * Products, quotes and orders in the browser sandbox, on lead-to-cash's
 * fixture: 恒通 (C-SH-00612, a C customer with 50,000 of credit), quote
 * QT-000008 waiting for 李娜, draft order SO-000001 far beyond 银升's credit.
 */
const [en, zh] = languages;
const customer = 'C-SH-00612';

async function openScenario(page: Page, language: Language) {
  await page.goto(`/${language.path}/scenarios/lead-to-cash/`);
  await expect(page.locator('.player[data-ready="true"]')).toBeVisible();
}

async function openTab(page: Page, language: Language, area: 'products' | 'quotes' | 'orders') {
  await page.locator('.crm-tabs').getByRole('button', { name: language.messages[`area.${area}`], exact: true }).click();
}

async function newQuote(page: Page, language: Language) {
  await openTab(page, language, 'quotes');
  await page.getByRole('button', { name: language.messages['quotes.new'] }).click();
  await page.locator('#quote-account').selectOption(customer);
  await page.getByRole('button', { name: language.messages['quote.save'] }).click();
  await expect(page.locator('#quote-title')).toHaveText(language.messages['quote.title'].replace('{id}', 'QT-000009'));
}

async function addLine(page: Page, language: Language, line: { product: string; quantity: string; unitPrice?: string; discount?: string }) {
  await page.locator('#quote-line-product').selectOption(line.product);
  await page.locator('#quote-line-quantity').fill(line.quantity);
  await page.locator('#quote-line-unit-price').fill(line.unitPrice ?? '');
  await page.locator('#quote-line-discount').fill(line.discount ?? '');
  await page.getByRole('button', { name: language.messages['quote.addLine.save'] }).click();
}

/** How far the open screen runs past the sandbox's body (a wide table scrolls in its own box instead). */
const sideways = (page: Page) => page.locator('.crm-body').evaluate((body) => body.scrollWidth - body.clientWidth);

const button = (page: Page, name: string) => page.locator('.crm-body').getByRole('button', { name, exact: true });

test('a quote with a big discount says it needs approval, waits for 李娜 when submitted, and cannot be sent', async ({ page }) => {
  const m = en.messages;
  await openScenario(page, en);
  await newQuote(page, en);

  await addLine(page, en, { product: 'P-200701', quantity: 'twenty' });
  await expect(page.locator('#quote-line-quantity-error')).toContainText('twenty');
  await expect(page.locator('#quote-line-quantity')).toBeFocused();

  await addLine(page, en, { product: 'P-200701', quantity: '20' });
  const lines = page.locator('table.lines tbody tr');
  await expect(lines).toHaveCount(1);
  await expect(lines.first()).toContainText(m['quote.line.within']);
  await expect(page.getByTestId('quote-verdict')).toContainText('approved the moment you submit');

  await addLine(page, en, { product: 'P-200101', quantity: '2', discount: '15' });
  await expect(lines).toHaveCount(2);
  await expect(lines.nth(1)).toContainText(m['quote.line.needsApproval']);
  await expect(lines.nth(1)).toContainText('Discount 15% (limit 10%)');
  await expect(page.locator('table.lines tfoot')).toContainText('CN¥72,160');
  await expect(page.getByTestId('quote-verdict')).toContainText('Lines beyond your pricing limits: 2.');
  await expect(page.getByTestId('quote-verdict')).toContainText('李娜');

  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 900 });
    expect(await sideways(page), `the quote editor scrolls sideways at ${width} px`).toBeLessThanOrEqual(0);
    await screenshot(page, `quotes-editor-${width}`);
  }
  await page.setViewportSize({ width: 1280, height: 900 });

  await button(page, m['quote.action.submit']).click();
  await expect(page.locator('.record-header .status')).toHaveText(m['status.quote.pendingApproval']);
  await expect(page.locator('#quote-title')).toBeFocused();
  await expect(page.locator('.approval')).toContainText('Waiting for 李娜 (team lead)');

  await button(page, m['quote.action.send']).click();
  const refusal = page.locator('.quote-actions .form-error');
  await expect(refusal).toBeVisible();
  await expect(refusal).toContainText('QT-000009 is pendingApproval and has not been approved');
  await expect(page.locator('.lesson')).toBeVisible();
  await screenshot(page, 'quotes-send-refused-1280');

  await openTab(page, en, 'quotes');
  await expect(page.locator('.records tbody tr').filter({ hasText: 'QT-000009' })).toContainText('Waiting for 李娜');
});

test('an order from an accepted quote is confirmed within credit and followed to payment', async ({ page }) => {
  const m = en.messages;
  await openScenario(page, en);
  await newQuote(page, en);
  await addLine(page, en, { product: 'P-200701', quantity: '20' });
  await button(page, m['quote.action.submit']).click();
  await expect(page.locator('.record-header .status')).toHaveText(m['status.quote.approved']);
  await button(page, m['quote.action.send']).click();
  await button(page, m['quote.action.accept']).click();
  await button(page, m['quote.order.create']).click();

  await expect(page.locator('#order-title')).toHaveText('Order SO-000003');
  const credit = page.getByTestId('credit-check');
  await expect(credit).toContainText('CN¥50,000');
  await expect(credit).toContainText('Within the limit: CN¥40,400 left after confirming');
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 900 });
    expect(await sideways(page), `the order page scrolls sideways at ${width} px`).toBeLessThanOrEqual(0);
    await screenshot(page, `orders-order-${width}`);
  }
  await page.setViewportSize({ width: 1280, height: 900 });

  await button(page, m['order.step.ship']).click();
  await expect(page.locator('.step-actions .form-error')).toContainText('not allowed while the order is draft');

  // Each step's button goes once the step is taken, and focus moves on to the next one: Enter walks the order to payment.
  const status = page.locator('.record-header .status');
  await button(page, m['order.step.confirm']).focus();
  const steps = [
    ['confirm', 'confirmed'],
    ['pick', 'picked'],
    ['ship', 'shipped'],
    ['deliver', 'delivered'],
    ['invoice', 'invoiced'],
    ['markPaid', 'paid'],
  ] as const;
  for (const [index, [step, reaches]] of steps.entries()) {
    await expect(button(page, m[`order.step.${step}`])).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(status).toHaveText(m[`status.order.${reaches}`]);
    if (index === steps.length - 1) await expect(page.locator('#order-title')).toBeFocused();
  }
  await expect(page.locator('.path .step-done')).toHaveCount(6);
  await screenshot(page, 'orders-paid-1280');

  await page.getByRole('button', { name: 'QT-000009' }).click();
  await expect(page.locator('#quote-title')).toHaveText('Quote QT-000009');
  await expect(page.locator('.facts')).toContainText('SO-000003');
});

test('confirming an order beyond the customer’s credit is refused, with the figures beside it', async ({ page }) => {
  const m = en.messages;
  await openScenario(page, en);
  await openTab(page, en, 'orders');
  await page.getByRole('button', { name: m['orders.open'].replace('{id}', 'SO-000001') }).click();
  const credit = page.getByTestId('credit-check');
  await expect(credit).toContainText('CN¥204,000');
  await expect(credit).toContainText('CN¥154,000 over the limit');
  await button(page, m['order.step.confirm']).click();
  await expect(page.locator('.step-actions .form-error')).toContainText('¥154000 over its credit limit of ¥50000');
  await expect(page.locator('.record-header .status')).toHaveText(m['status.order.draft']);
});

test('the price list: a price change waits for approval, a repeated name is flagged', async ({ page }) => {
  const m = en.messages;
  await openScenario(page, en);
  await openTab(page, en, 'products');
  await page.getByLabel(m['list.search']).fill('P-201301');
  await page.getByRole('button', { name: m['products.open'].replace('{name}', 'Workpiece Probe') }).click();
  await expect(page.locator('#product-title')).toHaveText('Workpiece Probe');

  await page.locator('#product-price-listPrice').fill('about 30k');
  await page.locator('#product-price-reason').fill('Match the competitor');
  await button(page, m['product.price.save']).click();
  await expect(page.locator('#product-price-listPrice-error')).toContainText('about 30k');
  await page.locator('#product-price-listPrice').fill('30000');
  await button(page, m['product.price.save']).click();
  await expect(page.locator('.approval')).toContainText('New list price CN¥30,000 (now CN¥32,000)');
  await expect(page.locator('.approval')).toContainText('Waiting for 李娜');

  await page.getByRole('button', { name: m['products.back'] }).click();
  await expect(page.locator('.records tbody tr').filter({ hasText: 'P-201301' })).toContainText('awaiting approval');
  await page.getByRole('button', { name: m['products.new'] }).click();
  await page.locator('#product-code').fill('P-201302');
  await page.locator('#product-nameZh').fill('工件测头');
  await page.locator('#product-unit').fill('套');
  await page.locator('#product-listPrice').fill('31000');
  await page.getByRole('button', { name: m['product.save'] }).click();
  await expect(page.getByRole('alert')).toContainText('P-201301');
  await page.getByRole('button', { name: m['product.duplicate.open'].replace('{code}', 'P-201301') }).click();
  await expect(page.locator('#product-title')).toHaveText('Workpiece Probe');
  await screenshot(page, 'products-product-1280');
});

test('in Chinese: a quote waiting for approval cannot be sent', async ({ page }) => {
  const m = zh.messages;
  await openScenario(page, zh);
  await openTab(page, zh, 'quotes');
  await page.getByRole('button', { name: m['quotes.open'].replace('{id}', 'QT-000008') }).click();
  await expect(page.locator('.approval')).toContainText('等待 李娜（主管）审批');
  await button(page, m['quote.action.send']).click();
  await expect(page.locator('.quote-actions .form-error')).toContainText('尚未审批通过');
  await screenshot(page, 'quotes-zh-cn-1280');
});
