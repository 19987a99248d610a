/**
 * The site's languages. `id` is the BCP 47 tag (dates, numbers, the scenario
 * files' keys); `path` is the URL segment and the content folder name.
 */
export const locales = [
  { id: 'en', path: 'en', label: 'English' },
  { id: 'zh-CN', path: 'zh-cn', label: '中文' },
] as const;

export type Locale = (typeof locales)[number];
export type LocaleId = Locale['id'];
export type LocalePath = Locale['path'];

export function localeByPath(path: string | undefined): Locale {
  const locale = locales.find((candidate) => candidate.path === path);
  if (!locale) throw new Error(`Unknown locale path "${path}"; expected one of ${locales.map((l) => l.path).join(', ')}`);
  return locale;
}

/** The other language, for the language switch. */
export function otherLocale(locale: Locale): Locale {
  return locales.find((candidate) => candidate.id !== locale.id)!;
}

/** A site URL in a language: localePath(zh, 'scenarios/') → /zh-cn/scenarios/. */
export function localeUrl(locale: Locale, path = ''): string {
  return `/${locale.path}/${path}`;
}
