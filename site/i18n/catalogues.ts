import { z } from 'zod';
import en from './en.json';
import zhCN from './zh-CN.json';
import type { LocaleId } from './locales.ts';
import { translator, type Messages, type Translate } from './translate.ts';

/**
 * Every catalogue must have exactly the English catalogue's keys, each a
 * non-empty string; a missing or stray key fails the build with its name.
 */
const catalogueSchema = z.strictObject(
  Object.fromEntries(Object.keys(en).map((key) => [key, z.string().min(1)])) as Record<keyof Messages, z.ZodString>,
);

function checked(locale: LocaleId, catalogue: unknown): Messages {
  const result = catalogueSchema.safeParse(catalogue);
  if (!result.success) throw new Error(`site/i18n/${locale}.json does not match en.json:\n${z.prettifyError(result.error)}`);
  return result.data;
}

export const catalogues: Record<LocaleId, Messages> = {
  en: checked('en', en),
  'zh-CN': checked('zh-CN', zhCN),
};

export function useTranslations(locale: LocaleId): Translate {
  return translator(catalogues[locale]);
}
