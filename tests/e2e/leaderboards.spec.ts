import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { translator } from '../../site/i18n/translate.ts';
import type { BoardRow, Leaderboard } from '../../site/records/leaderboard.ts';
import { languages, screenshot, signIn, type Language } from './drive.ts';

/**
 * The leaderboards page against the demo company the test server seeds
 * (password drill-demo): signed out it asks to sign in; a trainee switches
 * boards, reads what each counts, finds their own row, shows only their
 * neighbours and chooses the name colleagues see; their lead still sees the
 * real name. The demo company fits on one page, so a bigger board is
 * answered in the browser (fakeBoard) to page through it.
 */
const boardUrl = (language: Language) => `/${language.path}/leaderboards/`;

async function signInToBoards(page: Page, language: Language, username: string) {
  await signIn(page, language, username, boardUrl(language));
  await expect(page.locator('.boards[data-ready="true"]')).toBeVisible();
}

/** Picks a board and waits for it: the last board stays in view, marked busy, while the next one loads. */
async function choose(page: Page, group: string, option: string) {
  const button = page.getByRole('group', { name: group }).getByRole('button', { name: option, exact: true });
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.table-scroll[aria-busy="true"]')).toHaveCount(0);
}

async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => `${violation.id}: ${violation.help}`);
}

test('signed out, the board asks to sign in and links back to itself', async ({ page }) => {
  const m = languages[0].messages;
  await page.goto(boardUrl(languages[0]));
  await expect(page.getByText(m['boardPage.signedOut'])).toBeVisible();
  const link = page.getByRole('main').getByRole('link', { name: m['boardPage.signIn'], exact: true });
  await expect(link).toHaveAttribute('href', `/en/sign-in/?next=${encodeURIComponent('/en/leaderboards/')}`);
  await page.setViewportSize({ width: 375, height: 700 });
  await screenshot(page, 'leaderboards-signed-out-en-375');
  await link.click();
  await expect(page.getByRole('heading', { name: m['signIn.title'], exact: true })).toBeVisible();
});

for (const language of languages) {
  test(`in ${language.path}, a trainee switches boards, reads the rules, finds their row and shows only their neighbours`, async ({ page }) => {
    const m = language.messages;
    await page.setViewportSize({ width: 1280, height: 900 });
    await signInToBoards(page, language, 'trainee');
    await expect(page.getByRole('heading', { name: m['boardPage.title'], level: 1 })).toBeVisible();
    // A board of this week: it may still be empty early on a Monday; the rules are there either way.
    await expect(page.locator('.rules li').first()).toHaveText(m['board.rule.period.week']);

    await choose(page, m['boardPage.period'], m['board.period.all']);
    const table = page.getByRole('table');
    await expect(table.locator('caption')).toContainText(m['board.period.all']);
    const own = table.locator('tbody tr[aria-current="true"]');
    await expect(own).toHaveCount(1);
    await expect(own).toContainText(m['board.you']);
    await expect(own.locator('.versions')).toContainText(m['boardPage.version'].includes('第') ? '第 1 版' : 'v1');
    await expect(page.locator('.rules')).toContainText(m['board.rule.score']);
    await expect(page.locator('.rules')).toContainText(m['board.rule.ties']);
    await expect(page.locator('.badges li.earned').first()).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, `leaderboards-${language.path}-1280`);

    await choose(page, m['boardPage.metric'], m['board.metric.accuracy']);
    await expect(table.getByRole('columnheader', { name: m['board.metric.accuracy'] })).toBeVisible();
    await expect(table.locator('tbody td.value').first()).toContainText('%');
    await expect(page.locator('.rules')).toContainText(m['board.rule.accuracy'].replace('{minCommands}', '30'));

    await choose(page, m['boardPage.scope'], m['board.scope.team']);
    await expect(table.getByRole('columnheader', { name: m['boardPage.column.team'] })).toBeVisible();
    await expect(table.locator('tbody tr[aria-current="true"]')).toContainText(m['boardPage.yourTeam']);
    await expect(page.locator('.rules')).toContainText(m['board.rule.team.quorum'].replace('{quorum}', '50'));

    await choose(page, m['boardPage.scope'], m['board.scope.individual']);
    await choose(page, m['boardPage.metric'], m['board.metric.score']);
    const total = await table.locator('tbody tr').count();
    const neighbours = page.getByRole('checkbox', { name: m['boardPage.neighbours'].replace('{neighbours}', '2') });
    await neighbours.focus();
    await page.keyboard.press('Space');
    await expect(neighbours).toBeChecked();
    await expect(page.getByRole('status').filter({ hasText: m['boardPage.around'].replace('{total}', String(total)) })).toBeVisible();
    expect(await table.locator('tbody tr').count()).toBeLessThanOrEqual(5);
    await expect(table.locator('tbody tr[aria-current="true"]')).toHaveCount(1);
    await expect(page.locator('.rules')).toContainText(m['board.rule.neighbours'].replace('{neighbours}', '2'));

    await page.setViewportSize({ width: 375, height: 900 });
    await screenshot(page, `leaderboards-neighbours-${language.path}-375`);
  });
}

test('a trainee chooses a display name, marked on their row; their lead still sees the real name', async ({ page, browser }) => {
  const language = languages[0];
  const m = language.messages;
  await signInToBoards(page, language, 'trainee');
  await choose(page, m['boardPage.period'], m['board.period.all']);
  const field = page.getByLabel(m['me.displayName.label']);
  await field.fill('x\u0007y');
  await field.press('Enter');
  await expect(page.getByRole('alert')).toHaveText(m['me.displayName.invalid']);
  await expect(field).toBeFocused();

  await field.fill('Jiayi W');
  await page.getByRole('button', { name: m['me.displayName.save'] }).click();
  await expect(page.getByRole('status').filter({ hasText: m['me.displayName.saved'] })).toBeVisible();
  await expect(page.getByText(m['me.displayName.shown'].replace('{name}', 'Jiayi W'))).toBeVisible();
  const own = page.locator('tbody tr[aria-current="true"]');
  await expect(own).toContainText('Jiayi W');
  await expect(own).toContainText(m['boardPage.chosenName']);
  await page.setViewportSize({ width: 375, height: 900 });
  await screenshot(page, 'leaderboards-display-name-en-375');

  const leadContext = await browser.newContext();
  const lead = await leadContext.newPage();
  await signInToBoards(lead, language, 'lead');
  await choose(lead, m['boardPage.period'], m['board.period.all']);
  const row = lead.locator('tbody tr').filter({ hasText: '吴佳怡' });
  await expect(row).toHaveCount(1);
  await expect(row).not.toContainText(m['boardPage.chosenName']);
  await expect(lead.locator('tbody')).not.toContainText('Jiayi W');
  await expect(lead.getByText(m['me.notRanked'])).toBeVisible();
  await lead.setViewportSize({ width: 1280, height: 900 });
  await screenshot(lead, 'leaderboards-lead-en-1280');
  await leadContext.close();

  await page.getByRole('button', { name: m['me.displayName.clear'] }).click();
  await expect(page.getByText(m['me.displayName.real'].replace('{name}', '吴佳怡'))).toBeVisible();
  await expect(own).toContainText('吴佳怡');
  await expect(own).not.toContainText(m['boardPage.chosenName']);
});

/** A board of a big company, answered in pages as the API does, in place of the demo company's. */
interface FakeBoard {
  /** Each question the page asked, in order. */
  readonly asked: URLSearchParams[];
  /** Holds back the answer to the next question until the returned function is called: a slow network. */
  holdNext(): () => void;
  /** Answers the next question with a server error. */
  failNext(): void;
  /** Resolves once every question asked so far is answered (or its answer refused, the page having given up on it). */
  answered(): Promise<unknown>;
}

/**
 * Answers `/api/leaderboards` with `total` people, the viewer at `ownPlace`,
 * honouring offset and limit; its range and rules are the real answer's. A
 * person's name carries the metric it was asked for (`score 51`), so a row
 * from an old choice shows.
 */
async function fakeBoard(page: Page, total: number, ownPlace: number): Promise<FakeBoard> {
  const asked: URLSearchParams[] = [];
  const answers: Promise<unknown>[] = [];
  let next: { readonly gate?: Promise<void>; readonly fail?: boolean } = {};
  await page.route('**/api/leaderboards?*', (route) => {
    const query = new URL(route.request().url()).searchParams;
    asked.push(query);
    const { gate, fail } = next;
    next = {};
    if (fail) return route.fulfill({ status: 503, json: { error: { code: 'unavailable', message: 'The records are out of reach.' } } });
    const person = (place: number): BoardRow => ({
      rank: place,
      id: `person-${place}`,
      value: 10_000 - place,
      commands: 40,
      counts: [{ scenarioId: 'master-data-basics', version: 1 }],
      name: `${query.get('metric')} ${place}`,
      nameKind: 'real',
      isViewer: place === ownPlace,
    });
    const answer = (async () => {
      const real = (await (await route.fetch()).json()) as Leaderboard;
      await gate;
      const offset = Number(query.get('offset'));
      const places = Array.from({ length: Math.max(0, Math.min(Number(query.get('limit')), total - offset)) }, (_, index) => offset + index + 1);
      await route.fulfill({ json: { ...real, rows: places.map(person), own: [person(ownPlace)], total } satisfies Leaderboard });
    })().catch(() => 'the page gave up on it');
    answers.push(answer);
    return answer;
  });
  return {
    asked,
    holdNext() {
      let release = () => {};
      next = { gate: new Promise((resolve) => (release = resolve)) };
      return release;
    },
    failNext() {
      next = { fail: true };
    },
    answered: () => Promise.all(answers),
  };
}

/** The status line as each language writes it, spelt out rather than built from the catalogue the page uses. */
const written = {
  en: { firstPage: 'Places 1–50 of 120.', ownPlace: 'Your place: 97th.' },
  'zh-cn': { firstPage: '显示第 1–50 名，本榜共 120 名。', ownPlace: '你的名次：第 97 名。' },
};

const pageAsked = (query: URLSearchParams | undefined) => `offset=${query?.get('offset')}&limit=${query?.get('limit')}`;

for (const language of languages) {
  test(`in ${language.path}, a big board comes a page at a time, the viewer's place pinned under it until a page reaches it`, async ({ page }) => {
    const m = language.messages;
    const t = translator(m);
    const board = await fakeBoard(page, 120, 97);
    await page.setViewportSize({ width: 1280, height: 900 });
    await signInToBoards(page, language, 'trainee');
    const table = page.getByRole('table');
    const status = page.getByRole('status').first();
    expect(pageAsked(board.asked.at(-1))).toBe('offset=0&limit=50');
    await expect(table.locator('tbody tr:not(.gap)')).toHaveCount(51);
    await expect(status).toContainText(written[language.path].firstPage);
    await expect(status).toContainText(written[language.path].ownPlace);

    // The viewer's row, pinned after the first page with a gap between, is not the 51st place.
    const pinned = table.locator('tbody.pinned');
    await expect(pinned.locator('tr.gap')).toHaveText(new RegExp(t('boardPage.gap')));
    await expect(pinned.locator('tr[aria-current="true"]')).toContainText('score 97');
    await expect(pinned.locator('tr[aria-current="true"] .rank')).toHaveText('97');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, `leaderboards-pages-${language.path}-1280`);

    // The next page by keyboard: Tab from the last control reaches the button; it says it is busy until the page comes.
    const more = page.getByRole('button', { name: t('boardPage.more', { first: 51, last: 100 }) });
    await page.getByRole('checkbox', { name: t('boardPage.neighbours', { neighbours: 2 }) }).focus();
    await page.keyboard.press('Tab');
    await expect(more).toBeFocused();
    const release = board.holdNext();
    await page.keyboard.press('Enter');
    const loading = page.locator('.more button[aria-busy="true"]');
    await expect(loading).toHaveText(t('boardPage.moreLoading', { first: 51, last: 100 }));
    // The page may show it is busy before the question reaches the route.
    await expect.poll(() => pageAsked(board.asked.at(-1))).toBe('offset=50&limit=50');
    release();
    await expect(loading).toHaveCount(0);
    await expect(table.getByRole('rowheader', { name: 'score 51', exact: true })).toBeFocused();
    await expect(table.locator('tbody tr')).toHaveCount(100);
    await expect(pinned).toHaveCount(0);
    await expect(table.locator('tbody tr[aria-current="true"]')).toContainText('score 97');
    await expect(status).toContainText(t('boardPage.shown', { shown: 100, total: 120 }));

    // The last page ends the board: the button goes, focus is on its first new place.
    await page.getByRole('button', { name: t('boardPage.more', { first: 101, last: 120 }) }).click();
    await expect(table.getByRole('rowheader', { name: 'score 101', exact: true })).toBeFocused();
    expect(pageAsked(board.asked.at(-1))).toBe('offset=100&limit=50');
    await expect(table.locator('tbody tr')).toHaveCount(120);
    await expect(page.locator('.more')).toHaveCount(0);
    await expect(status).toContainText(t('boardPage.total', { total: 120 }));

    // Another board starts again at its first page.
    await choose(page, m['boardPage.metric'], m['board.metric.accuracy']);
    expect(pageAsked(board.asked.at(-1))).toBe('offset=0&limit=50');
    await expect(table.locator('tbody tr:not(.gap)')).toHaveCount(51);
    await expect(table.locator('tbody th').first()).toHaveText('accuracy 1');
    await expect(pinned.locator('tr[aria-current="true"]')).toContainText('accuracy 97');
    await page.setViewportSize({ width: 375, height: 900 });
    await screenshot(page, `leaderboards-pages-${language.path}-375`);
  });
}

test('a next page still on its way when another board is chosen never lands on that board', async ({ page }) => {
  const m = languages[0].messages;
  const t = translator(m);
  const board = await fakeBoard(page, 120, 97);
  await signInToBoards(page, languages[0], 'trainee');
  const release = board.holdNext();
  await page.getByRole('button', { name: t('boardPage.more', { first: 51, last: 100 }) }).click();
  await expect(page.locator('.more button[aria-busy="true"]')).toBeVisible();
  await expect.poll(() => board.asked.map(pageAsked)).toEqual(['offset=0&limit=50', 'offset=50&limit=50']);
  await choose(page, m['boardPage.metric'], m['board.metric.completed']);
  await expect(page.locator('tbody th').first()).toHaveText('completed 1');
  release();
  await board.answered();

  const rows = page.locator('tbody tr:not(.gap)');
  await expect(rows).toHaveCount(51);
  await expect(page.getByRole('table')).not.toContainText('score');
  await expect(page.getByRole('button', { name: t('boardPage.more', { first: 51, last: 100 }) })).not.toHaveAttribute('aria-busy', 'true');
});

test('a next page that fails says so, keeps the places shown, and the same button tries again', async ({ page }) => {
  const t = translator(languages[0].messages);
  const board = await fakeBoard(page, 120, 97);
  await signInToBoards(page, languages[0], 'trainee');
  const more = page.getByRole('button', { name: t('boardPage.more', { first: 51, last: 100 }) });
  board.failNext();
  await more.click();
  await expect(page.getByRole('alert')).toHaveText(t('boardPage.moreFailed'));
  await expect(page.locator('tbody tr:not(.gap)')).toHaveCount(51);
  await expect(more).toBeFocused();

  await more.click();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.locator('tbody tr')).toHaveCount(100);
  expect(board.asked.slice(-2).map(pageAsked)).toEqual(['offset=50&limit=50', 'offset=50&limit=50']);
});
