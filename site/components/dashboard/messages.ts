import { catalogues } from '../../i18n/catalogues.ts';
import type { LocaleId } from '../../i18n/locales.ts';
import type { MessageKey, Messages } from '../../i18n/translate.ts';

/** The keys the dashboard reads: its own, and the mistake codes' names. */
export type DashboardKey = Extract<MessageKey, `dashboard.${string}` | `mistake.${string}`>;
export type DashboardMessages = Pick<Messages, DashboardKey>;

/** Only the dashboard's part of a catalogue goes into the page, not the whole site's strings. */
export function dashboardMessages(locale: LocaleId): DashboardMessages {
  const catalogue = catalogues[locale];
  const keys = (Object.keys(catalogue) as MessageKey[]).filter((key): key is DashboardKey => key.startsWith('dashboard.') || key.startsWith('mistake.'));
  return Object.fromEntries(keys.map((key) => [key, catalogue[key]])) as DashboardMessages;
}

export type DashboardTranslate = (key: DashboardKey, params?: Readonly<Record<string, string | number>>) => string;
