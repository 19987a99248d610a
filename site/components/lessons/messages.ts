import { catalogues } from '../../i18n/catalogues.ts';
import type { LocaleId } from '../../i18n/locales.ts';
import { catalogueSlice, type KeysStartingWith, type Messages } from '../../i18n/translate.ts';
import type { LoadNoticeText } from '../../lib/api-client.ts';

/** The keys the consultant's lesson pages read: their own, the wanted list's reasons, and the names of mistakes and topics. */
const prefixes = ['consultant.', 'lessonEditor.', 'lessonsWanted.', 'report.wanted.', 'mistake.', 'topic.'] as const;
export type ConsultantKey = KeysStartingWith<(typeof prefixes)[number]>;
export type ConsultantMessages = Pick<Messages, ConsultantKey>;
export type ConsultantTranslate = (key: ConsultantKey, params?: Readonly<Record<string, string | number>>) => string;

export function consultantMessages(locale: LocaleId): ConsultantMessages {
  return catalogueSlice(catalogues[locale], prefixes);
}

/** What the consultant's pages say while their data is not there. */
export function consultantNotices(t: ConsultantTranslate): LoadNoticeText {
  return {
    loading: t('consultant.loading'),
    signedOut: t('consultant.signedOut'),
    signIn: t('consultant.signIn'),
    forbidden: t('consultant.forbidden'),
    failed: (message) => t('consultant.failed', { message }),
  };
}
