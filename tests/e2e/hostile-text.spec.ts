import { expect, test, type APIRequestContext, type Page, type PlaywrightWorkerArgs } from '@playwright/test';
import { longAttempt } from '../../bench/submission-bodies.ts';
import { sealAttempt, startAttempt, submit } from '../../engine/index.ts';
import { perfectCommands } from '../../engine/scenario/walkthrough.ts';
import { loadScenario } from '../../site/lib/scenarios.ts';
import { languages, signIn } from './drive.ts';

/**
 * Nothing a person typed is ever rendered as HTML. Names are free text, so a
 * team, a person and a display name may legitimately hold markup: they are
 * created through the API (with the run's own suffix, as the test server's
 * records outlive a run), the person makes attempts, a consultant saves a
 * lesson whose Markdown holds raw HTML and a javascript: link; then every
 * page that shows them is opened. Each must show the text as typed, and
 * nothing in it may run: every payload sets window.__pwned if it does.
 */

const en = languages[0];
const run = Date.now().toString(36);
const typed = {
  team: `<img src=x onerror="window.__pwned='team'"> ${run}`,
  name: `<script>window.__pwned='name'</script><b onmouseover="window.__pwned='name'">${run}</b>`,
  displayName: `<img src=x onerror=__pwned=1>${run}`,
  lessonTitle: `<svg onload="window.__pwned='title'"> ${run}`,
};
const username = `x-${run}`;
/** The lead of the team the hostile person trains on. */
const lead = 'huang.liqun';
const password = 'hostile-names-2026';
const lessonId = `hostile-${run}`;
const lessonBody = [
  'Before <script>window.__pwned = "script"</script> after.',
  '',
  '<img src=x onerror="window.__pwned = \'img\'"> <svg onload="window.__pwned = \'svg\'"></svg>',
  '',
  '[click me](javascript:window.__pwned=1) and <a href="JaVaScRiPt:window.__pwned=1" onclick="window.__pwned=1">raw</a>',
].join('\n');

/** A client of the API signed in as `user`, with the Origin and CSRF token every change needs. */
async function apiAs(playwright: PlaywrightWorkerArgs['playwright'], baseURL: string, user: string, secret = 'drill-demo'): Promise<{ api: APIRequestContext; headers: Record<string, string> }> {
  const api = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { Origin: baseURL } });
  const signedIn = await api.post('/api/session', { data: { username: user, password: secret } });
  expect(signedIn.status(), await signedIn.text()).toBe(200);
  const { csrfToken } = (await signedIn.json()) as { csrfToken: string };
  return { api, headers: { 'X-CSRF-Token': csrfToken } };
}

/** Nothing typed ran: no payload set the flag, and none of them became an element with a handler, a script or a javascript: link. */
async function expectInert(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  expect(await page.evaluate(() => (window as Window & { __pwned?: unknown }).__pwned)).toBeUndefined();
  const planted = await page.evaluate(() =>
    [...document.querySelectorAll('*')].flatMap((element) => {
      const attributes = [...element.attributes].filter((attribute) => (/^on/i.test(attribute.name) || /^\s*javascript:/i.test(attribute.value)) && attribute.value.includes('__pwned'));
      const script = element.tagName === 'SCRIPT' && element.textContent?.includes('__pwned');
      return [...attributes.map((attribute) => `<${element.tagName} ${attribute.name}="${attribute.value}">`), ...(script ? [`<script>${element.textContent}</script>`] : [])];
    }),
  );
  expect(planted).toEqual([]);
}

test.beforeAll(async ({ playwright, baseURL }) => {
  const admin = await apiAs(playwright, baseURL!, 'admin');
  const team = await admin.api.post('/api/teams', { headers: admin.headers, data: { id: `hostile-${run}`, name: typed.team } });
  expect(team.status(), await team.text()).toBe(201);
  // On a team of the demo's second lead, whose views no other browser test reads: the lead's dashboard, boards and attempts show them.
  const person = await admin.api.post('/api/users', {
    headers: admin.headers,
    data: { username, name: typed.name, displayName: typed.displayName, role: 'trainee', teamIds: ['implementation', `hostile-${run}`], password },
  });
  expect(person.status(), await person.text()).toBe(201);

  // One played to full marks, for the boards (they count completed scenarios), then three messy ones, for the needs-retraining list (it reads the last three).
  const trainee = await apiAs(playwright, baseURL!, username, password);
  const scenario = loadScenario('master-data-basics')!;
  const perfect = sealAttempt(perfectCommands(scenario).reduce((attempt, command, index) => submit(attempt, command, (index + 1) * 4000).attempt, startAttempt(scenario)));
  const records = [perfect, longAttempt(scenario, 1, 40), longAttempt(scenario, 2, 40), longAttempt(scenario, 3, 40)];
  for (const [index, record] of records.entries()) {
    const attempt = await trainee.api.post('/api/attempts', { headers: trainee.headers, data: { id: `${username}-${index}`, record } });
    expect(attempt.status(), await attempt.text()).toBe(201);
  }

  const consultant = await apiAs(playwright, baseURL!, 'consultant');
  const lesson = await consultant.api.put(`/api/lessons/${lessonId}`, {
    headers: consultant.headers,
    data: { locale: 'en', baseVersion: 0, title: typed.lessonTitle, summary: typed.team, mistake: 'validation.format', topic: 'base-data', scenarioIds: [], body: lessonBody },
  });
  expect(lesson.status(), await lesson.text()).toBe(201);
});

test('the admin’s people page shows hostile team and person names as text', async ({ page }) => {
  await signIn(page, en, 'admin', '/en/admin/');
  await expect(page.locator('.admin[data-ready="true"]')).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(username) })).toContainText(typed.name);
  await expect(page.getByRole('row', { name: new RegExp(username) })).toContainText(typed.team);
  await expectInert(page);
});

test('the boards show the hostile name to the lead, and the hostile display name to a colleague, as text', async ({ page }) => {
  await signIn(page, en, lead, '/en/leaderboards/');
  await expect(page.locator('.boards[data-ready="true"]')).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: run }).first()).toContainText(typed.name);
  await expectInert(page);

  await page.context().clearCookies();
  await signIn(page, en, 'trainee', '/en/leaderboards/');
  await expect(page.locator('.boards[data-ready="true"]')).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: run }).first()).toContainText(typed.displayName);
  await expectInert(page);
});

test('the lead’s dashboard, its needs-retraining list and the attempts list show the hostile name as text', async ({ page }) => {
  await signIn(page, en, lead, '/en/dashboard/');
  await expect(page.getByRole('heading', { name: en.messages['dashboard.totals.title'] })).toBeVisible();
  await expect(page.locator('.heat-map')).toContainText(typed.name);
  await expect(page.locator('table.retraining')).toContainText(typed.name);
  await expectInert(page);

  await page.goto('/en/dashboard/attempts/');
  await expect(page.locator('.attempt-list[data-ready] tbody tr').first()).toBeVisible();
  await expect(page.locator('#attempts-person option').filter({ hasText: run })).toHaveText(typed.name);
  await page.locator('#attempts-person').selectOption({ label: typed.name });
  await expect(page.locator('.attempt-list tbody tr').first()).toContainText(typed.name);
  await expectInert(page);
});

test('a lesson written in the browser shows its title as text and its Markdown without scripts, handlers or javascript: links', async ({ page }) => {
  await page.goto(`/en/lessons/read/?id=${lessonId}`);
  await expect(page.locator('[data-lesson-title]')).toHaveText(typed.lessonTitle);
  const body = page.locator('[data-lesson-body]');
  await expect(body).toContainText('Before');
  await expect(body).toContainText('after.');
  await expect(body.getByText('click me')).toBeVisible();
  await expect(body.locator('script, img, svg, iframe, [onclick], [onerror], [onload]')).toHaveCount(0);
  await expect(body.locator('a[href]')).toHaveCount(0);
  await expectInert(page);
});
