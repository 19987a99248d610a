import { catalogues } from '../../i18n/catalogues.ts';
import type { LocaleId } from '../../i18n/locales.ts';
import { catalogueSlice, type KeysStartingWith, type Messages, type Translate } from '../../i18n/translate.ts';

/** The keys the people screens read: their own, and the roles' names. */
export type AdminKey = KeysStartingWith<'admin.' | 'user.role.'>;
export type AdminMessages = Pick<Messages, AdminKey>;
export type AdminTranslate = Translate<AdminKey>;

/** Only the people screens' part of a catalogue goes into the page. */
export function adminMessages(locale: LocaleId): AdminMessages {
  return catalogueSlice(catalogues[locale], ['admin.', 'user.role.']);
}
