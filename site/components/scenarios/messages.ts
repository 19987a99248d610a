import { catalogues } from '../../i18n/catalogues.ts';
import type { LocaleId } from '../../i18n/locales.ts';
import { catalogueSlice, type KeysStartingWith, type Messages } from '../../i18n/translate.ts';
import type { Translate } from '../../i18n/translate.ts';

/** The keys the upload page reads. */
export type UploadKey = KeysStartingWith<'upload.'>;
export type UploadMessages = Pick<Messages, UploadKey>;
export type UploadTranslate = Translate<UploadKey>;

/** Only the upload page's part of a catalogue goes into the page. */
export function uploadMessages(locale: LocaleId): UploadMessages {
  return catalogueSlice(catalogues[locale], ['upload.']);
}
