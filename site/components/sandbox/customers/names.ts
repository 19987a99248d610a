import type { SandboxState } from '../../../../engine/state.ts';
import type { Account } from '../../../../engine/index.ts';
import type { LocaleId } from '../../../i18n/locales.ts';

/** A customer's name in the reader's language first, the other one second (empty when there is none). */
export function accountNames(account: Account, locale: LocaleId): { primary: string; secondary: string } {
  if (locale === 'en' && account.nameEn !== '') return { primary: account.nameEn, secondary: account.nameZh };
  return { primary: account.nameZh, secondary: account.nameEn };
}

/** The name a customer goes by in the reader's language, or its code when the sandbox has no such customer. */
export function customerName(state: SandboxState, code: string, locale: LocaleId): string {
  const account = state.accounts[code];
  return account ? accountNames(account, locale).primary : code;
}
