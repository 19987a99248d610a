import { expect } from '@playwright/test';
import { fillAccount, perfectRun, playCard } from '../drive.ts';
import type { Drill } from './drill.ts';

/** Four business cards into the CRM: three new customers with their contacts, one contact for a customer already there. */
export const masterDataBasics: Drill = {
  scenario: 'master-data-basics',
  async perfect(page, language) {
    for (const card of perfectRun) await playCard(page, language, card);
  },
  mistake: {
    code: 'validation.incomplete',
    lesson: 'complete-records',
    async play(page, language) {
      await fillAccount(page, language, { ...perfectRun[0].account!, nameZh: '' });
      await expect(page.locator('#account-nameZh-error')).toBeVisible();
    },
  },
};
