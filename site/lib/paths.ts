import { locales } from '../i18n/locales.ts';

/** getStaticPaths for a page that exists once per language. */
export function localePaths() {
  return locales.map((locale) => ({ params: { lang: locale.path } }));
}
