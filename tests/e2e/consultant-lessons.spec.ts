import { expect, test, type Page } from '@playwright/test';
import { languages, screenshot, seriousViolations, signIn, type Language } from './drive.ts';
import { lessonTitle, say } from './drills/drill.ts';
import { movingFromExcel } from './drills/moving-from-excel.ts';

/**
 * The consultant's lessons against the demo company the test server seeds:
 * the demo's stuck trainees keep making the format mistake, so its lesson
 * (unified-formats) is on the lessons-wanted list as not working. The
 * consultant opens it from there, rewrites it in both languages with the
 * preview, meets a colleague's save made meanwhile without losing their
 * text, and a trainee who then makes the mistake sees the new text at once.
 * Last, the file's text is restored as the newest version, so the specs
 * after this one find the lesson as shipped. The records persist through a
 * run, so version numbers are read from the screen, never assumed.
 */

const lesson = movingFromExcel.mistake.lesson;

/** A message with some placeholders filled and the rest matching anything, as a pattern. */
function sayWith(language: Language, key: keyof Language['messages'], known: Readonly<Record<string, string | number>>): RegExp {
  const escape = (text: string) => text.replace(/[.*+?^$()|[\]\\{}]/g, '\\$&');
  const parts = language.messages[key].split(/(\{\w+\})/).map((part) => {
    const name = /^\{(\w+)\}$/.exec(part)?.[1];
    return name === undefined ? escape(part) : name in known ? escape(String(known[name])) : '.+';
  });
  return new RegExp(parts.join(''));
}

/** The version the next save will be, as the save button says. */
async function nextVersion(panel: ReturnType<Page['getByRole']>, language: Language): Promise<number> {
  const text = await panel.getByRole('button', { name: sayWith(language, 'lessonEditor.save', {}) }).textContent();
  return Number(/\d+/.exec(text ?? '')![0]);
}

async function openEditorFromWanted(page: Page, language: Language) {
  const m = language.messages;
  await page.goto(`/${language.path}/lessons/wanted/`);
  await expect(page.locator('.lessons-wanted[data-ready="true"]')).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: lesson });
  await expect(row).toContainText(m['mistake.validation.format']);
  await row.getByRole('link', { name: new RegExp(`^(${m['lessonsWanted.improve']}|${m['lessonsWanted.write']})$`) }).click();
  await expect(page).toHaveURL(new RegExp(`/lessons/edit/\\?id=${lesson}&mistake=validation.format$`));
  await expect(page.locator('.lesson-editor[data-ready="true"]')).toBeVisible();
}

/** The open tab's panel. */
const panel = (page: Page) => page.getByRole('tabpanel');

for (const language of languages) {
  const m = language.messages;
  const other = languages.find((candidate) => candidate !== language)!;

  test(`in ${language.path}, a consultant improves a wanted lesson in both languages, and a trainee who makes the mistake sees it`, async ({ browser, page }) => {
    test.setTimeout(120_000);
    const marker = `${language.path}-${Date.now()}`;
    const wanted = `/${language.path}/lessons/wanted/`;
    await page.goto(wanted);
    await expect(page.locator('main').getByRole('link', { name: m['consultant.signIn'] })).toHaveAttribute('href', `/${language.path}/sign-in/?next=${encodeURIComponent(wanted)}`);
    await signIn(page, language, 'consultant', wanted);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(m['lessonsWanted.title']);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, `lessons-wanted-${language.path}-1280`);
    await page.setViewportSize({ width: 375, height: 800 });
    await screenshot(page, `lessons-wanted-${language.path}-375`);
    await page.setViewportSize({ width: 1280, height: 900 });

    // The other language first: its tab, its fields, its preview.
    await openEditorFromWanted(page, language);
    await page.getByRole('tab', { name: other.path === 'en' ? 'English' : '中文' }).click();
    const otherBody = panel(page).getByLabel(m['lessonEditor.field.body']);
    await otherBody.fill(`${await otherBody.inputValue()}\n\n## ${marker} other\n\nIn the **other** language.`);
    await expect(panel(page).getByRole('region', { name: m['lessonEditor.preview'] }).locator('strong', { hasText: 'other' })).toBeVisible();
    const otherVersion = await nextVersion(panel(page), language);
    await panel(page).getByRole('button', { name: sayWith(language, 'lessonEditor.save', {}) }).click();
    await expect(panel(page).getByText(say(language, 'lessonEditor.saved', { version: otherVersion }))).toBeVisible();

    // The page's language, while a colleague has the same lesson open in another tab.
    await page.getByRole('tab', { name: language.path === 'en' ? 'English' : '中文' }).click();
    const colleague = await page.context().newPage();
    await colleague.goto(page.url());
    await expect(colleague.locator('.lesson-editor[data-ready="true"]')).toBeVisible();
    const first = await nextVersion(panel(page), language);

    const body = panel(page).getByLabel(m['lessonEditor.field.body']);
    const shipped = await body.inputValue();
    await body.fill(`${shipped}\n\n## ${marker}\n\nCheck the **format** first. <script>window.hacked = 1</script>\n\n[Run it](javascript:alert(1))`);
    const preview = panel(page).getByRole('region', { name: m['lessonEditor.preview'] });
    await expect(preview.getByRole('heading', { name: marker })).toBeVisible();
    await expect(preview.locator('strong', { hasText: 'format' })).toBeVisible();
    await expect(preview.locator('script')).toHaveCount(0);
    await expect(preview.locator('a', { hasText: 'Run it' })).not.toHaveAttribute('href', /./);
    await panel(page).getByLabel(m['lessonEditor.field.summary']).fill(`Check the format first (${marker}).`);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, `lesson-editor-${language.path}-1280`);
    await page.setViewportSize({ width: 375, height: 800 });
    await screenshot(page, `lesson-editor-${language.path}-375`);
    await page.setViewportSize({ width: 1280, height: 900 });
    await body.focus();
    await page.keyboard.press('ControlOrMeta+s');
    await expect(panel(page).getByText(say(language, 'lessonEditor.saved', { version: first }))).toBeVisible();
    await expect(panel(page).locator('.versions li').first()).toContainText(sayWith(language, 'lessonEditor.history.entry', { version: first }));

    // The colleague saves from the version before: refused, naming who saved, and their text kept.
    const theirs = panel(colleague).getByLabel(m['lessonEditor.field.body']);
    await theirs.fill(`${shipped}\n\n## ${marker} again\n\nCheck the **format** first, then save.`);
    await panel(colleague).getByRole('button', { name: sayWith(language, 'lessonEditor.save', {}) }).click();
    await expect(panel(colleague).getByRole('alert')).toContainText(sayWith(language, 'lessonEditor.conflict', { version: first, next: first + 1 }));
    await expect(theirs).toHaveValue(new RegExp(`${marker} again`));
    await panel(colleague).getByRole('button', { name: say(language, 'lessonEditor.save', { version: first + 1 }) }).click();
    await expect(panel(colleague).getByText(say(language, 'lessonEditor.saved', { version: first + 1 }))).toBeVisible();
    await expect(panel(colleague).locator('.versions li').first()).toContainText(sayWith(language, 'lessonEditor.history.entry', { version: first + 1 }));
    await colleague.close();

    // A trainee makes the mistake: the callout shows the newest text, and so does the lesson's page.
    const trainee = await (await browser.newContext()).newPage();
    await signIn(trainee, language, 'trainee', `/${language.path}/scenarios/${movingFromExcel.scenario}/`);
    await expect(trainee.locator('.player[data-ready="true"]')).toBeVisible();
    await movingFromExcel.mistake.play(trainee, language);
    const callout = trainee.locator('.lesson');
    await expect(callout.locator('#lesson-title')).toContainText(lessonTitle(language, lesson));
    await expect(callout).toContainText(`${marker} again`);
    await screenshot(trainee, `lesson-newest-${language.path}-1280`);
    const [lessonPage] = await Promise.all([trainee.context().waitForEvent('page'), callout.getByRole('link', { name: m['lesson.open'] }).click()]);
    await expect(lessonPage.getByRole('main')).toContainText(`${marker} again`);
    await trainee.context().close();

    // The file's text back as the newest version, in both languages.
    await page.reload();
    await expect(page.locator('.lesson-editor[data-ready="true"]')).toBeVisible();
    for (const tabName of ['English', '中文']) {
      await page.getByRole('tab', { name: tabName }).click();
      const restoredAs = await nextVersion(panel(page), language);
      await panel(page).getByRole('button', { name: new RegExp(m['lessonEditor.history.file'].replace(/[.*+?^$()|[\]\\]/g, '\\$&')) }).click();
      await panel(page).getByRole('button', { name: say(language, 'lessonEditor.history.restore', { version: restoredAs }) }).click();
      await expect(panel(page).getByText(say(language, 'lessonEditor.saved', { version: restoredAs }))).toBeVisible();
      await expect(panel(page).getByLabel(m['lessonEditor.field.body'])).not.toHaveValue(new RegExp(marker));
    }
  });
}

test('a trainee is told the editor is for consultants and admins', async ({ page }) => {
  const language = languages[0];
  await signIn(page, language, 'trainee', `/${language.path}/lessons/edit/?id=${lesson}`);
  await expect(page.locator('.lesson-editor').getByRole('status')).toHaveText(language.messages['consultant.forbidden']);
});
