import type { Account } from '../../../../engine/index.ts';
import type { LocaleId } from '../../../i18n/locales.ts';

/** A customer's name in the reader's language first, the other one second (empty when there is none). */
export function accountNames(account: Account, locale: LocaleId): { primary: string; secondary: string } {
  if (locale === 'en' && account.nameEn !== '') return { primary: account.nameEn, secondary: account.nameZh };
  return { primary: account.nameZh, secondary: account.nameEn };
}
