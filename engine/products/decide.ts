import { requestApproval } from '../approvals/request.ts';
import type { EventBody } from '../events.ts';
import type { DecideContext, Deciders } from '../module.ts';
import { parseAmount } from '../normalise/amount.ts';
import { cleanText } from '../normalise/text.ts';
import { applied, rejected, type Result } from '../result.ts';
import { lookUp, type SandboxState } from '../state.ts';
import { requireFilled } from '../validate.ts';
import { isProductCode, normaliseProductCode, productCodeExample, productNameKey } from './code.ts';
import type { ProductCommand } from './commands.ts';
import type { Product } from './records.ts';

type Data<T extends ProductCommand['type']> = Extract<ProductCommand, { type: T }>['data'];

function unknownProduct(typed: string): Result<never> {
  return rejected('reference.unknown', 'code', 'rejection.reference.product', { code: typed });
}

function checkListPrice(typed: string): number | Result<never> {
  return parseAmount(typed) ?? rejected('validation.format', 'listPrice', 'rejection.format.amount', { received: typed });
}

/** The product a new one probably repeats, by either name, with the field that matched. */
function findSuspectedDuplicate(state: SandboxState, names: { nameZh: string; nameEn: string }): { product: Product; field: 'nameZh' | 'nameEn' } | undefined {
  for (const field of ['nameZh', 'nameEn'] as const) {
    const code = names[field] === '' ? undefined : lookUp(state, 'productNames', productNameKey(names[field]));
    if (code !== undefined) return { product: state.products[code], field };
  }
  return undefined;
}

/**
 * A new item on the price list: one internal code in the company's format,
 * not taken, and no existing product of the same name in either language
 * unless the user confirms it is a different item.
 */
function create(state: SandboxState, data: Data<'product.create'>, { at }: DecideContext): Result<EventBody> {
  const missing = requireFilled(data, ['code', 'nameZh', 'unit', 'listPrice']);
  if (missing) return missing;
  const code = normaliseProductCode(data.code);
  if (!isProductCode(code)) return rejected('validation.format', 'code', 'rejection.format.product-code', { received: data.code, expected: productCodeExample });
  if (state.products[code]) return rejected('duplicate.code', 'code', 'rejection.product.code-taken', { code, name: state.products[code].nameZh });
  const listPrice = checkListPrice(data.listPrice);
  if (typeof listPrice !== 'number') return listPrice;

  const nameZh = cleanText(data.nameZh);
  const nameEn = cleanText(data.nameEn);
  const duplicate = findSuspectedDuplicate(state, { nameZh, nameEn });
  if (duplicate && !data.confirmDuplicate)
    return rejected('duplicate.suspected', duplicate.field, 'rejection.product.duplicate-name', { code: duplicate.product.code, name: duplicate.product.nameZh });

  const product: Product = {
    code,
    nameZh,
    nameEn,
    unit: cleanText(data.unit),
    listPrice,
    active: true,
    ...(duplicate ? { duplicateOf: duplicate.product.code } : {}),
    createdAt: at,
  };
  return applied({ type: 'product.created', data: { product } });
}

/**
 * List prices are important data (seed 000): a change is held as an
 * approval request and applied only when every review level approves.
 */
function requestPriceChange(state: SandboxState, data: Data<'product.requestPriceChange'>, context: DecideContext): Result<EventBody> {
  const missing = requireFilled(data, ['code', 'listPrice', 'reason']);
  if (missing) return missing;
  const product = state.products[normaliseProductCode(data.code)];
  if (!product) return unknownProduct(data.code);
  if (!product.active) return rejected('transition.not-allowed', 'code', 'rejection.product.retired', { code: product.code });
  const listPrice = checkListPrice(data.listPrice);
  if (typeof listPrice !== 'number') return listPrice;
  if (listPrice === product.listPrice) return rejected('validation.format', 'listPrice', 'rejection.product.same-price', { code: product.code, listPrice });
  return applied(
    ...requestApproval(state, context, {
      kind: 'product.price',
      about: { entity: 'product', id: product.code },
      change: { listPrice, reason: cleanText(data.reason) },
      levels: state.process.priceReviewLevels,
    }),
  );
}

/** Takes a product off the price list; quotes already made keep their lines. */
function retire(state: SandboxState, data: Data<'product.retire'>): Result<EventBody> {
  const product = state.products[normaliseProductCode(data.code)];
  if (!product) return unknownProduct(data.code);
  if (!product.active) return rejected('transition.not-allowed', 'code', 'rejection.product.retired', { code: product.code });
  return applied({ type: 'product.retired', data: { code: product.code } });
}

export const productDeciders: Deciders<ProductCommand> = {
  'product.create': create,
  'product.requestPriceChange': requestPriceChange,
  'product.retire': retire,
};
