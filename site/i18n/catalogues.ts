import * as v from 'valibot';
import en from './en.json';
import zhCN from './zh-CN.json';
import type { LocaleId } from './locales.ts';
import { translator, type Messages, type Translate } from './translate.ts';

/**
 * Every catalogue must have exactly the English catalogue's keys, each a
 * non-empty string; a missing or stray key fails the build with its name.
 */
const text = v.pipe(v.string(), v.minLength(1));
const catalogueSchema = v.strictObject(Object.fromEntries(Object.keys(en).map((key) => [key, text])) as Record<keyof Messages, typeof text>);

function checked(locale: LocaleId, catalogue: unknown): Messages {
  const result = v.safeParse(catalogueSchema, catalogue);
  if (!result.success) throw new Error(`site/i18n/${locale}.json does not match en.json:\n${v.summarize(result.issues)}`);
  return result.output;
}

export const catalogues: Record<LocaleId, Messages> = {
  en: checked('en', en),
  'zh-CN': checked('zh-CN', zhCN),
};

export function useTranslations(locale: LocaleId): Translate {
  return translator(catalogues[locale]);
}
