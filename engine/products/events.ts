import type { Product } from './records.ts';

/** Events of this module, in the past tense. */
export type ProductEvent =
  | { readonly type: 'product.created'; readonly data: { readonly product: Product } }
  | {
      readonly type: 'product.priceChanged';
      readonly data: { readonly code: string; readonly from: number; readonly to: number; readonly approval: string };
    }
  | { readonly type: 'product.retired'; readonly data: { readonly code: string } };
