import { expect, type Page } from '@playwright/test';
import type { Language } from '../drive.ts';
import { advanceClock, say, sayPattern, tab, type Drill } from './drill.ts';

/**
 * The Monday funnel review on the deal pages: the stale deal's call logged
 * with its follow-up and its close date moved, the dead deal lost with its
 * reason, the agreed deal's needs written, its call logged, moved to
 * proposal and shared with its team; then Tuesday's reminder, the email
 * logged and the follow-up done before it falls due.
 */
const huading = '华鼎二期数控车床';
const lanhai = '蓝海包装线自动化改造';
const qiming = '启明手术器械清洗线';
const nextStep = '发送更新后的技术方案并电话过一遍';

/** The sandbox alone, as the trainee sees the screen. */
const sandboxShot = (page: Page, name: string) => page.locator('.sandbox').screenshot({ path: `test-results/screenshots/${name}.png` });

/** The deals as a list, whatever the area showed last. */
async function dealList(page: Page, language: Language) {
  await tab(page, language, 'deals').click();
  const back = page.getByRole('button', { name: language.messages['deals.back'] });
  const list = page.getByRole('button', { name: language.messages['deals.layout.list'], exact: true });
  await expect(back.or(list)).toBeVisible();
  if (await back.isVisible()) await back.click();
  await list.click();
}

async function openDeal(page: Page, language: Language, name: string) {
  await page.getByRole('button', { name: say(language, 'deals.open', { name }) }).click();
  await expect(page.locator('#deal-title')).toHaveText(name);
}

/** My work's tasks, the one follow-up open for the trainee. */
const tasksPart = (page: Page, language: Language) =>
  page.getByRole('button', { name: `${language.messages['work.part.tasks']} ${say(language, 'work.part.tasks.count', { count: 1 })}`, exact: true });

const backToDeals = (page: Page, language: Language) => page.getByRole('button', { name: language.messages['deals.back'] }).click();

async function logActivity(page: Page, language: Language, activity: { kind: string; outcome: string; nextStep?: string; followUp?: string }) {
  await page.locator('#opportunity-activity-kind').selectOption(activity.kind);
  await page.locator('#opportunity-activity-outcome').fill(activity.outcome);
  if (activity.nextStep !== undefined) await page.locator('#opportunity-activity-nextStep').fill(activity.nextStep);
  if (activity.followUp !== undefined) await page.locator('#opportunity-activity-followUp').fill(activity.followUp);
  await page.getByRole('button', { name: language.messages['activity.log.save'] }).click();
  // The engine keeps text with full-width punctuation folded (NFKC), and shows it so.
  await expect(page.locator('.timeline')).toContainText(activity.outcome.normalize('NFKC'));
}

/** The stale deal: the call logged with its next step and follow-up, the close date moved and nothing else. */
async function staleDeal(page: Page, language: Language) {
  await openDeal(page, language, huading);
  await logActivity(page, language, { kind: 'call', outcome: '项目推迟：董事会四月底定预算，预计 9 月底下单；需要更新后的技术方案', nextStep, followUp: '2026-03-10 10:00' });
  await page.locator('#deal-expectedClose').fill('2026-09-30');
  await page.getByRole('button', { name: language.messages['deal.details.save'] }).click();
  await expect(page.locator('.facts')).toContainText('2026-09-30');
  await expect(page.locator('#deal-competitors')).toHaveValue('海天精工');
  await expect(page.locator('.record-header .status')).toHaveText(language.messages['stage.qualification']);
  await expect(page.locator('.steps li.done')).toHaveCount(1);
}

export const funnelHygiene: Drill = {
  scenario: 'funnel-hygiene',
  async perfect(page, language) {
    const m = language.messages;
    const done = page.locator('.steps li.done');
    await dealList(page, language);
    for (const deal of [huading, lanhai, qiming]) await expect(page.locator('.records')).toContainText(deal);
    await sandboxShot(page, `sales-deal-list-${language.path}-1280`);
    await page.getByRole('button', { name: m['deals.new'] }).click();
    await expect(page.locator('#new-deal-accountCode')).toBeFocused();
    await sandboxShot(page, `sales-deal-new-${language.path}-1280`);
    await backToDeals(page, language);

    await staleDeal(page, language);

    // The dead deal: lost, with its reason; amount and date left as they are.
    await backToDeals(page, language);
    await openDeal(page, language, lanhai);
    await page.locator('details.lose summary').click();
    await page.locator('#deal-lose-reason').fill('客户已与达意隆签约，对方报价更低');
    await page.getByRole('button', { name: m['deal.action.lose'] }).click();
    await expect(page.locator('.record-header .status')).toHaveText(m['stage.lost']);
    await expect(page.locator('.facts')).toContainText('2026-03-31');
    await expect(done).toHaveCount(2);

    // The agreed deal: needs written, the call logged, moved to proposal, then the customer's team told.
    await backToDeals(page, language);
    await openDeal(page, language, qiming);
    await page.locator('#deal-needs').fill('3 条手术器械清洗线，含烘干模块，6 月底前投产');
    await page.getByRole('button', { name: m['deal.details.save'] }).click();
    await logActivity(page, language, { kind: 'call', outcome: '周敏确认方案范围，请我们出方案和报价。' });
    await page.locator('#deal-move').selectOption('proposal');
    await page.getByRole('button', { name: m['deals.move'], exact: true }).click();
    await expect(page.locator('.record-header .status')).toHaveText(m['stage.proposal']);
    await expect(done).toHaveCount(2);
    for (const colleague of ['u.xu', 'u.zhao']) {
      await page.locator('details.share summary').click();
      await page.locator('#opportunity-share-with').selectOption(colleague);
      await page.locator('#opportunity-share-note').fill('启明已确认需求，进入方案报价阶段');
      await page.getByRole('button', { name: m['share.save'] }).click();
      await expect(page.getByRole('status')).toHaveText(m['share.done']);
      await page.locator('details.share summary').click();
    }
    await expect(done).toHaveCount(3);
    await expect(page.locator('.lesson')).toHaveCount(0);

    // Tuesday 09:00: the reminder of the 10:00 call with 孙建国.
    await advanceClock(page, language, 1440);
    await tab(page, language, 'work').click();
    await expect(page.locator('.inbox li').filter({ hasText: nextStep })).toContainText(sayPattern(language, 'notification.task.reminder'));
    await tasksPart(page, language).click();
    const followUp = page.locator('.task').filter({ hasText: nextStep });
    await expect(followUp).toContainText(sayPattern(language, 'work.task.reminded'));
    await expect(followUp).toContainText(m['work.task.state.soon']);

    // The updated proposal emailed and logged on the deal, then the task done before it falls due.
    await dealList(page, language);
    await openDeal(page, language, huading);
    await logActivity(page, language, { kind: 'email', outcome: '已发送更新后的技术方案' });
    await expect(done).toHaveCount(3);
    await tab(page, language, 'work').click();
    await tasksPart(page, language).click();
    await followUp.getByRole('button', { name: m['work.task.complete'] }).click();
  },
  mistake: {
    code: 'data.lost',
    lesson: 'keep-deal-numbers',
    async play(page, language) {
      await dealList(page, language);
      await staleDeal(page, language);
      // The dead deal's close date cleared to get it out of March's forecast, instead of marking it lost.
      await backToDeals(page, language);
      await openDeal(page, language, lanhai);
      await page.locator('#deal-expectedClose').fill('');
      await page.getByRole('button', { name: language.messages['deal.details.save'] }).click();
    },
  },
};
