import { catalogues } from '../../i18n/catalogues.ts';
import type { LocaleId } from '../../i18n/locales.ts';
import { catalogueSlice, type KeysStartingWith, type Messages } from '../../i18n/translate.ts';
import type { LoadNoticeText } from '../../lib/api-client.ts';

/** The keys the dashboard reads: its own, and the mistake codes' names. */
export type DashboardKey = KeysStartingWith<'dashboard.' | 'mistake.'>;
export type DashboardMessages = Pick<Messages, DashboardKey>;

/** Only the dashboard's part of a catalogue goes into the page, not the whole site's strings. */
export function dashboardMessages(locale: LocaleId): DashboardMessages {
  return catalogueSlice(catalogues[locale], ['dashboard.', 'mistake.']);
}

export type DashboardTranslate = (key: DashboardKey, params?: Readonly<Record<string, string | number>>) => string;

/** What the dashboard's pages say while a report is not there. */
export function dashboardNotices(t: DashboardTranslate): LoadNoticeText {
  return {
    loading: t('dashboard.loading'),
    signedOut: t('dashboard.signedOut'),
    signIn: t('dashboard.signIn'),
    forbidden: t('dashboard.forLeads'),
    failed: (message) => t('dashboard.failed', { message }),
  };
}
