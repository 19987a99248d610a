import type { Product } from '../../../../engine/products/records.ts';
import type { LocaleId } from '../../../i18n/locales.ts';

/** A product's name in the reader's language first, the other one second (empty when there is none). */
export function productNames(product: Product, locale: LocaleId): { primary: string; secondary: string } {
  if (locale === 'en' && product.nameEn !== '') return { primary: product.nameEn, secondary: product.nameZh };
  return { primary: product.nameZh, secondary: product.nameEn };
}
