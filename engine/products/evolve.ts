import type { Evolvers } from '../module.ts';
import { productNameKey } from './code.ts';
import type { ProductEvent } from './events.ts';

export const productEvolvers: Evolvers<ProductEvent> = {
  'product.created': (draft, { product }) => {
    draft.insert('products', product.code, product);
    for (const name of [product.nameZh, product.nameEn]) draft.index('productNames', productNameKey(name), product.code);
  },
  'product.priceChanged': (draft, { code, to }) => draft.update('products', code, { listPrice: to }),
  'product.retired': (draft, { code }) => draft.update('products', code, { active: false }),
};
