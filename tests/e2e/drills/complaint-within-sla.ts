import { expect, type Page } from '@playwright/test';
import type { Language } from '../drive.ts';
import { advanceClock, say, sayPattern, tab, type Drill } from './drill.ts';

/**
 * 博亚's stopped VMC850: the urgent ticket taken, started, the call logged
 * and the supervisor added as a contact, 赵磊 asked for an engineer, the
 * clock moved on two hours, the check call logged and the ticket resolved
 * before the 12:00 promise, the virtual team told, and the ticket closed.
 */
const subject = 'VMC850 主轴异响后停机';
const boya = 'C-SU-00236';

async function openComplaint(page: Page, language: Language) {
  await tab(page, language, 'tickets').click();
  await page.getByLabel(language.messages['list.search']).fill('VMC850');
  await page.locator('.records tbody tr').filter({ hasText: subject }).getByRole('button').click();
  await expect(page.locator('#ticket-title')).toHaveText(subject);
}

/** The form of one action on the page, found by one of its controls. */
const formWith = (page: Page, selector: string) => page.locator('form').filter({ has: page.locator(selector) });

async function assignTo(page: Page, language: Language, user: string) {
  await page.locator('#ticket-assign-assignee').selectOption(user);
  await formWith(page, '#ticket-assign-assignee').getByRole('button', { name: language.messages['ticket.assign.save'] }).click();
}

async function logCall(page: Page, language: Language, outcome: string) {
  await page.locator('#ticket-activity-kind').selectOption('call');
  await page.locator('#ticket-activity-outcome').fill(outcome);
  await page.getByRole('button', { name: language.messages['activity.log.save'] }).click();
  // The engine keeps text with full-width punctuation folded (NFKC), and shows it so.
  await expect(page.locator('.timeline')).toContainText(outcome.normalize('NFKC'));
}

async function shareWith(page: Page, language: Language, user: string, note: string) {
  if ((await page.locator('details.share').getAttribute('open')) === null) await page.locator('details.share summary').click();
  await page.locator('#ticket-share-with').selectOption(user);
  await page.locator('#ticket-share-note').fill(note);
  await formWith(page, '#ticket-share-with').getByRole('button', { name: language.messages['share.save'] }).click();
}

/** "Due in 2 h" in the URL's language. */
const dueInHours = (language: Language, hours: number) => say(language, 'ticket.sla.left', { time: say(language, 'work.span.hours', { n: hours }) });

export const complaintWithinSla: Drill = {
  scenario: 'complaint-within-sla',
  async perfect(page, language) {
    const m = language.messages;
    const done = page.locator('.steps li.done');
    await openComplaint(page, language);
    await expect(page.locator('.sla .countdown')).toHaveText(dueInHours(language, 4));

    // take: the ticket is the account manager's own.
    await assignTo(page, language, 'trainee');
    await expect(page.locator('.record-header .status').first()).toHaveText(m['status.ticket.assigned']);
    await expect(done).toHaveCount(1);

    // call: started, 陈敏's call logged, 周建国 added as a contact of his own.
    await page.getByRole('button', { name: m['ticket.start.save'] }).click();
    await expect(page.locator('.record-header .status').first()).toHaveText(m['status.ticket.inProgress']);
    await logCall(page, language, '陈敏：08:30 粗加工时主轴异响，报警 SP9001 停机；设备主管周建国在现场配合工程师');
    await page.locator('.facts dd').filter({ hasText: boya }).getByRole('button').click();
    await expect(page.locator('.facts')).toContainText(boya);
    await page.locator('#contact-name').fill('周建国');
    await page.locator('#contact-title').fill('设备主管');
    await page.locator('#contact-phone').fill('138 1624 7709');
    await page.getByRole('button', { name: m['contact.save'] }).click();
    await expect(page.locator('.contacts')).toContainText('周建国');
    await expect(page.locator('.contacts')).toContainText('陈敏');
    await expect(done).toHaveCount(2);

    // dispatch: 赵磊 asked for the engineer; the ticket stays with the trainee.
    await openComplaint(page, language);
    await shareWith(page, language, 'u.zhao', '请今天派工程师上门，带一套主轴轴承备件');
    await expect(page.locator('.team li').filter({ hasText: '赵磊' })).toContainText(sayPattern(language, 'ticket.team.told'));
    await expect(page.locator('.team li').filter({ hasText: '钱晓红' })).toContainText(m['ticket.team.notTold']);
    await expect(done).toHaveCount(3);

    // resolve: two hours for the bearing, the check call, the resolution before 12:00.
    await advanceClock(page, language, 60);
    await expect(page.locator('.sla .countdown')).toHaveText(dueInHours(language, 3));
    await advanceClock(page, language, 60);
    await expect(page.locator('.sla .countdown')).toHaveText(dueInHours(language, 2));
    await logCall(page, language, '周建国确认：更换前轴承后试机一小时，无异响，已恢复生产');
    await page.locator('#ticket-resolve-resolution').fill('更换主轴前轴承，试机一小时无异响，设备恢复生产；保修期内免费');
    await page.getByRole('button', { name: m['ticket.resolve.save'] }).click();
    await expect(page.locator('.sla .countdown')).toHaveText(m['ticket.sla.met']);
    await expect(page.locator('.record-header .status').first()).toHaveText(m['status.ticket.resolved']);
    await expect(done).toHaveCount(4);

    // inform: the virtual team hears that it is resolved.
    await shareWith(page, language, 'u.zhao', '博亚主轴故障已解决');
    await shareWith(page, language, 'u.qian', '博亚主轴故障已解决，可以跟进 10% 尾款');
    await expect(page.locator('.team li').filter({ hasText: '钱晓红' })).toContainText(sayPattern(language, 'ticket.team.told'));
    await expect(done).toHaveCount(5);

    // close: 陈敏 is satisfied.
    await page.getByRole('button', { name: m['ticket.close.save'] }).click();
  },
  mistake: {
    code: 'assignment.wrong-owner',
    lesson: 'own-the-complaint',
    async play(page, language) {
      // Handing the complaint to service: it looks helpful, but nobody who knows the customer owns it.
      await openComplaint(page, language);
      await assignTo(page, language, 'u.zhao');
      await expect(page.locator('.facts')).toContainText('赵磊');
    },
  },
};
