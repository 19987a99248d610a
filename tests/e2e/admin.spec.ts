import { expect, test, type Page } from '@playwright/test';
import { languages, screenshot, seriousViolations, signIn, type Language } from './drive.ts';

/**
 * The admin's people page against the demo company the test server seeds
 * (`admin`, password drill-demo): signed out it asks to sign in; the admin
 * creates a team and a person, imports a CSV of people (a file with a bad
 * line first, which stores nobody, then the fixed one), gives the person a
 * new password, and the new people sign in. Names carry the run's own
 * suffix: the test server's records outlive a run.
 */

const adminUrl = (language: Language) => `/${language.path}/admin/`;

async function openAdmin(page: Page, language: Language) {
  await page.goto(adminUrl(language));
  await expect(page.locator('.admin[data-ready="true"]')).toBeVisible();
}

/** Fills the import's text box and runs the check (a dry run). */
async function checkImport(page: Page, language: Language, csv: string) {
  const m = language.messages;
  await page.getByLabel(m['admin.import.paste']).fill(csv);
  await page.getByRole('button', { name: m['admin.import.check'], exact: true }).click();
}

/** Can the person sign in with this password? In a browser of their own, not the admin's. */
async function expectSignIn(page: Page, language: Language, username: string, password: string) {
  const context = await page.context().browser()!.newContext();
  const own = await context.newPage();
  await signIn(own, language, username, `/${language.path}/`, password);
  await context.close();
}

test('signed out, or signed in without being an admin, the page says so', async ({ page }) => {
  const m = languages[0].messages;
  await openAdmin(page, languages[0]);
  const link = page.getByRole('main').getByRole('link', { name: m['admin.signIn'], exact: true });
  await expect(link).toHaveAttribute('href', `/en/sign-in/?next=${encodeURIComponent('/en/admin/')}`);
  await signIn(page, languages[0], 'lead', '/en/admin/');
  await expect(page.getByText(m['admin.forAdmins'])).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);
});

for (const language of languages) {
  test(`in ${language.path}, an admin creates a team and a person, imports people from a CSV, resets a password, and the new people sign in`, async ({ page }) => {
    test.setTimeout(120_000);
    const m = language.messages;
    const run = `${Date.now().toString(36)}${language.path === 'en' ? 'e' : 'z'}`;
    const team = { id: `t-${run}`, name: `${m['admin.teams.title']} ${run}` };
    const person = { username: `p-${run}`, name: `Person ${run}` };

    await signIn(page, language, 'admin', adminUrl(language));
    await expect(page.locator('.admin[data-ready="true"]')).toBeVisible();
    await expect(page.locator('#people-title')).toContainText(m['admin.people.title']);
    await expect(page.getByRole('cell', { name: 'huang.liqun' })).toBeVisible();

    // A team, then a person on it.
    await page.getByLabel(m['admin.team.id']).fill(team.id);
    await page.getByLabel(m['admin.team.name']).fill(team.name);
    await page.getByRole('button', { name: m['admin.team.create'], exact: true }).click();
    await expect(page.getByText(m['admin.team.created'].replace('{name}', team.name))).toBeVisible();

    await page.getByLabel(m['admin.people.username'], { exact: true }).fill(person.username);
    await page.getByLabel(m['admin.people.name'], { exact: true }).fill(person.name);
    await page.getByLabel(m['admin.people.role'], { exact: true }).selectOption('trainee');
    await page.getByRole('checkbox', { name: team.name }).check();
    await page.getByLabel(m['admin.user.password'], { exact: true }).fill('first-day-2026');
    await page.getByRole('button', { name: m['admin.user.create'], exact: true }).click();
    await expect(page.getByRole('row', { name: new RegExp(person.username) })).toContainText(team.name);

    // The same username again: the refusal is read with the field it is about.
    await page.getByLabel(m['admin.people.username'], { exact: true }).fill(person.username);
    await page.getByLabel(m['admin.people.name'], { exact: true }).fill(person.name);
    await page.getByLabel(m['admin.user.password'], { exact: true }).fill('first-day-2026');
    await page.getByRole('button', { name: m['admin.user.create'], exact: true }).click();
    const username = page.getByLabel(m['admin.people.username'], { exact: true });
    await expect(username).toHaveAccessibleDescription(new RegExp(m['admin.error.taken']));
    await expect(username).toBeFocused();

    // A file with a bad line: the problem by line and column, and nobody imported.
    const header = 'username,name,role,teams,password';
    const first = `i1-${run},Import One ${run},trainee,${team.id},import-pass-2026`;
    await checkImport(page, language, [header, first, `i2-${run},Import Two ${run},boss,${team.id},`].join('\n'));
    const problems = page.locator('table.problems');
    await expect(problems.locator('tbody tr')).toHaveCount(1);
    await expect(problems.locator('tbody tr')).toContainText(m['admin.import.problem.role.unknown'].replace('{value}', 'boss'));
    await expect(problems.locator('tbody td').first()).toHaveText('3');
    await expect(page.getByLabel(m['admin.import.paste'])).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByRole('button', { name: m['admin.import.run'].replace('{count}', '2') })).toHaveCount(0);
    expect(await seriousViolations(page)).toEqual([]);
    await expect(page.getByRole('cell', { name: `i1-${run}`, exact: true })).toHaveCount(0);

    // The template checks clean as it is.
    const template = await page.getByRole('link', { name: m['admin.import.template'] }).getAttribute('href');
    await checkImport(page, language, decodeURIComponent(template!.replace(/^data:text\/csv;charset=utf-8,/, '')));
    await expect(page.getByText(m['admin.import.ready'].replace('{count}', '2'))).toBeVisible();

    // Fixed, as a file with Chinese headers: checked as it is chosen, then imported, with the one-time password shown once.
    const fixed = ['用户名,姓名,角色,团队,密码', first, `i2-${run},Import Two ${run},主管,${team.name}|${team.id},`].join('\r\n');
    await page.getByLabel(m['admin.import.file'], { exact: true }).setInputFiles({ name: 'people.csv', mimeType: 'text/csv', buffer: Buffer.from(fixed) });
    await expect(page.getByLabel(m['admin.import.paste'])).toHaveValue(fixed.replaceAll('\r\n', '\n'));
    await expect(page.getByText(m['admin.import.ready'].replace('{count}', '2'))).toBeVisible();
    await page.getByRole('button', { name: m['admin.import.run'].replace('{count}', '2'), exact: true }).click();
    await expect(page.getByText(m['admin.import.done'].replace('{count}', '2'))).toBeVisible({ timeout: 30_000 });
    await expect(page.getByText(m['admin.import.oneTime'])).toBeVisible();
    const oneTime = (await page.locator('.one-time').textContent())?.trim() ?? '';
    expect(oneTime).toMatch(/^[A-Za-z2-9]{16}$/);
    await expect(page.getByRole('row', { name: new RegExp(`Import Two ${run}`) }).first()).toContainText(m['user.role.lead']);
    expect(await seriousViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 900 });
    await screenshot(page, `admin-${language.path}-1280`);
    await page.setViewportSize({ width: 375, height: 800 });
    await screenshot(page, `admin-${language.path}-375`);
    await page.setViewportSize({ width: 1280, height: 900 });

    // A new password for the person, typed by the admin.
    await page.getByRole('button', { name: `${m['admin.reset.open']}: ${person.name}` }).click();
    const newPassword = page.getByLabel(m['admin.reset.label'].replace('{name}', person.name));
    await expect(newPassword).toBeFocused();
    await newPassword.fill('short');
    await page.getByRole('button', { name: m['admin.reset.submit'], exact: true }).click();
    await expect(newPassword).toHaveAccessibleDescription(m['admin.error.password']);
    await newPassword.fill('second-day-2026');
    await page.getByRole('button', { name: m['admin.reset.submit'], exact: true }).click();
    await expect(page.getByText(m['admin.reset.done'].replace('{name}', person.name))).toBeVisible();
    await expect(page.getByRole('button', { name: `${m['admin.reset.open']}: ${person.name}` })).toBeFocused();

    await expectSignIn(page, language, person.username, 'second-day-2026');
    await expectSignIn(page, language, `i1-${run}`, 'import-pass-2026');
    await expectSignIn(page, language, `i2-${run}`, oneTime);
  });
}
