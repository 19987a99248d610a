import { expect, test, type Page } from '@playwright/test';
import { languages, screenshot, type Language } from './drive.ts';

/**
 * Service tickets and My work, driven through the sandbox's screens on
 * complaint-within-sla: 博亚's urgent ticket (TK-000006) taken, started and
 * left to breach while the clock moves on, the escalation read in My work.
 * The whole complaint played for full marks is its drill (drills/complaint-within-sla.ts).
 */
const [en, zh] = languages;
const subject = 'VMC850 主轴异响后停机';

async function openScenario(page: Page, language: Language) {
  await page.goto(`/${language.path}/scenarios/complaint-within-sla/`);
  await expect(page.locator('.player[data-ready="true"]')).toBeVisible();
}

/** The sandbox tab of an area; its name may end with a count ("My work 5 unread"). */
const tab = (page: Page, name: string) => page.locator('.crm-tabs').getByRole('button', { name: new RegExp(`^${name}`) });

async function openComplaint(page: Page, language: Language) {
  await tab(page, language.messages['area.tickets']).click();
  await page.getByLabel(language.messages['list.search']).fill('VMC850');
  await page.locator('.records tbody tr').filter({ hasText: subject }).getByRole('button').click();
  await expect(page.locator('#ticket-title')).toHaveText(subject);
}

/** The form of one action on the page, found by one of its controls or its button. */
const formWith = (page: Page, selector: string) => page.locator('form').filter({ has: page.locator(selector) });

test('a ticket is assigned and started, refuses resolving without a resolution, and breaches when the clock passes its SLA', async ({ page }) => {
  const m = en.messages;
  await openScenario(page, en);
  await openComplaint(page, en);
  await expect(page.locator('.sla .countdown')).toHaveText('Due in 4 h');
  await expect(page.locator('.sla')).toContainText('Urgent priority: resolve within 4 h');

  await page.locator('#ticket-assign-assignee').selectOption('trainee');
  await formWith(page, '#ticket-assign-assignee').getByRole('button', { name: m['ticket.assign.save'] }).click();
  await expect(page.locator('.record-header .status').first()).toHaveText(m['status.ticket.assigned']);
  await expect(page.locator('.facts')).toContainText('王芳');
  await expect(page.locator('.steps li.done')).toHaveCount(1);

  await page.getByRole('button', { name: m['ticket.start.save'] }).click();
  await expect(page.locator('.record-header .status').first()).toHaveText(m['status.ticket.inProgress']);
  await expect(page.locator('#ticket-title'), 'focus stays on the ticket once its Start button is gone').toBeFocused();

  await page.getByRole('button', { name: m['ticket.resolve.save'] }).click();
  const error = page.locator('#ticket-resolve-resolution-error');
  await expect(error).toContainText(m['rejection.incomplete']);
  await expect(page.locator('#ticket-resolve-resolution')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#ticket-resolve-resolution')).toBeFocused();

  await page.locator('#clock-by').selectOption('60');
  await page.getByRole('button', { name: m['clock.advance'] }).click();
  await expect(page.locator('.sla .countdown')).toHaveText('Due in 3 h');
  await page.locator('#clock-by').selectOption('240');
  await page.getByRole('button', { name: m['clock.advance'] }).click();
  await expect(page.locator('.sla .countdown')).toHaveText('Breached · 1 h over');
  await expect(page.locator('.sla .breach')).toContainText('Escalated to 李娜.');
  await screenshot(page, 'tickets-record-1280');

  await page.getByRole('button', { name: m['ticket.back'] }).click();
  await expect(page.locator('.records tbody tr').filter({ hasText: subject })).toContainText('Breached · 1 h over');
  await screenshot(page, 'tickets-list-1280');
});

test('My work shows the escalation as unread, and marking it read lowers the count on the tab', async ({ page }) => {
  const m = en.messages;
  await openScenario(page, en);
  await openComplaint(page, en);
  await page.locator('#ticket-assign-assignee').selectOption('trainee');
  await formWith(page, '#ticket-assign-assignee').getByRole('button').click();
  await page.locator('#clock-by').selectOption('240');
  await page.getByRole('button', { name: m['clock.advance'] }).click();
  await expect(page.locator('.sla .countdown')).toHaveText(m['ticket.sla.breachedNow']);

  const work = tab(page, m['area.work']);
  const unread = Number(await work.locator('.tab-badge').textContent());
  await expect(work).toHaveAccessibleName(`${m['area.work']} ${m['area.badge'].replace('{count}', String(unread))}`);
  await work.click();
  const escalation = page.locator('.inbox li').filter({ hasText: 'missed its resolution deadline and was escalated to 李娜' });
  await expect(escalation).toHaveClass(/unread/);
  await expect(escalation).toContainText(m['work.notification.new']);
  await expect(page.locator('.inbox li').first()).toContainText('escalated to 李娜');
  await screenshot(page, 'work-inbox-1280');

  await escalation.getByRole('button', { name: m['work.notification.markRead'] }).click();
  await expect(escalation).not.toHaveClass(/unread/);
  await expect(escalation).toBeFocused();
  await expect(work.locator('.tab-badge')).toHaveText(String(unread - 1));

  await escalation.getByRole('button', { name: `${m['work.entity.ticket']} TK-000006` }).click();
  await expect(page.locator('#ticket-title')).toBeFocused();
});

test('My work: the engine refuses approving one’s own request beside it, and a task is marked done', async ({ page }) => {
  const m = en.messages;
  await openScenario(page, en);
  await tab(page, m['area.work']).click();
  await page.getByRole('button', { name: new RegExp(`^${m['work.part.approvals']}`) }).click();
  await expect(page.getByText(m['work.approvals.waiting.none'])).toBeVisible();
  const own = page.locator('.approval').filter({ hasText: 'AP-000001' });
  await expect(own).toContainText(m['work.approval.status.pending']);
  await own.getByRole('button', { name: m['work.approval.approve'] }).click();
  await expect(own.getByRole('alert')).toContainText(m['rejection.permission.role'].replace('{role}', m['user.role.trainee']).replace('{required}', m['user.role.lead']));
  await own.getByRole('button', { name: m['work.approval.reject'] }).click();
  await expect(own.locator('[id$="-reject-comment-error"]')).toContainText(m['rejection.incomplete']);
  await screenshot(page, 'work-approvals-1280');

  await page.getByRole('button', { name: new RegExp(`^${m['work.part.tasks']}`) }).click();
  const first = page.locator('.task').first();
  const title = (await first.locator('.head strong').textContent()) ?? '';
  await first.getByRole('button', { name: m['work.task.complete'] }).click();
  await expect(page.locator('.task').filter({ hasText: title })).toHaveCount(0);
  await expect(page.locator('.task').first(), 'focus moves to the next task').toBeFocused();
  await page.getByLabel(m['work.tasks.showDone']).check();
  await expect(page.locator('.task').filter({ hasText: title })).toContainText(m['work.task.state.done']);
  await screenshot(page, 'work-tasks-1280');
});

test('a new ticket opens from the form with its deadline set by the priority’s SLA', async ({ page }) => {
  const m = en.messages;
  await openScenario(page, en);
  await tab(page, m['area.tickets']).click();
  await page.getByRole('button', { name: m['tickets.new'] }).click();
  await expect(page.locator('#ticket-account')).toBeFocused();
  await page.getByRole('button', { name: m['ticket.save'] }).click();
  await expect(page.locator('#ticket-account-error')).toContainText(m['rejection.incomplete']);
  await page.locator('#ticket-account').selectOption('C-SU-00236');
  await page.locator('#ticket-contact').selectOption({ label: '陈敏 · 生产经理' });
  await page.locator('#ticket-subject').fill('操作面板按键失灵');
  await page.locator('#ticket-priority').selectOption('high');
  await page.getByRole('button', { name: m['ticket.save'] }).click();
  await expect(page.locator('#ticket-title')).toHaveText('操作面板按键失灵');
  await expect(page.locator('#ticket-title')).toBeFocused();
  await expect(page.locator('.sla .countdown')).toHaveText('Due in 1 d');
  await expect(page.locator('.facts')).toContainText('陈敏');
});

test('in Chinese the ticket counts down in Chinese', async ({ page }) => {
  await openScenario(page, zh);
  await openComplaint(page, zh);
  await expect(page.locator('.sla .countdown')).toHaveText('剩余 4 小时');
  await expect(page.locator('.record-header')).toContainText(zh.messages['priority.urgent']);
  await expect(tab(page, zh.messages['area.work'])).toContainText(zh.messages['area.work']);
});

test('ticket page and My work at phone and laptop widths', async ({ page }) => {
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.evaluate(() => localStorage.clear()).catch(() => undefined);
    await openScenario(page, en);
    await openComplaint(page, en);
    await page.locator('#ticket-assign-assignee').selectOption('trainee');
    await formWith(page, '#ticket-assign-assignee').getByRole('button').click();
    await page.getByRole('button', { name: en.messages['ticket.start.save'] }).click();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `ticket page scrolls sideways at ${width} px`).toBeLessThanOrEqual(0);
    await screenshot(page, `tickets-page-${width}`);
    await tab(page, en.messages['area.tickets']).click();
    await screenshot(page, `tickets-${width}`);
    await tab(page, en.messages['area.work']).click();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), `My work scrolls sideways at ${width} px`).toBeLessThanOrEqual(0);
    await screenshot(page, `work-${width}`);
  }
});
