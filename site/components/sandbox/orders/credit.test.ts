import { describe, expect, it } from 'vitest';
import { execute } from '../../../../engine/replay.ts';
import { build, cast, t0, type SpecCommand } from '../../../../engine/specification.ts';
import type { SandboxState } from '../../../../engine/state.ts';
import { creditPosition } from './credit.ts';

const code = 'C-SH-00612';
/** Customer C-SH-00612 (a C account: 50,000 of credit) and an accepted quote at `price` for each order, then the order. */
function withOrders(prices: readonly string[]): SandboxState {
  const setUp: SpecCommand[] = [
    { type: 'account.create', data: { code, nameZh: '恒通电子（上海）有限公司', industry: 'electronics', phone: '021-5048 3321' } },
    { type: 'product.create', data: { code: 'P-200101', nameZh: '电主轴 12000rpm', unit: '件', listPrice: '36800' } },
  ];
  const perOrder = prices.flatMap((price, index): SpecCommand[] => {
    const quote = `QT-00000${index + 1}`;
    return [
      { type: 'quote.create', data: { accountCode: code } },
      { type: 'quote.addLine', data: { id: quote, product: 'P-200101', quantity: '1', unitPrice: price } },
      { type: 'quote.submit', data: { id: quote } },
      { type: 'quote.send', data: { id: quote } },
      { type: 'quote.accept', data: { id: quote } },
      { type: 'order.create', data: { quote } },
    ];
  });
  return build([...setUp, ...perOrder]);
}

describe('creditPosition', () => {
  it('counts the customer’s confirmed orders, not its drafts, beside this one', () => {
    const state = build([{ type: 'order.confirm', data: { id: 'SO-000001' } }], withOrders(['36800', '36800', '36800']));
    expect(creditPosition(state, state.orders['SO-000003'])).toEqual({ limit: 50_000, open: 36_800, order: 36_800, after: 73_600, over: 23_600 });
  });

  it('gives the figures the engine refuses a confirmation with', () => {
    const state = build([{ type: 'order.confirm', data: { id: 'SO-000001' } }], withOrders(['36800', '36800']));
    const refused = execute(state, { type: 'order.confirm', data: { id: 'SO-000002' } }, { at: t0, actor: cast.trainee });
    expect(refused.ok).toBe(false);
    const position = creditPosition(state, state.orders['SO-000002']);
    if (!refused.ok) expect(refused.rejection.params).toEqual({ limit: position.limit, exposure: position.after, over: position.over });
  });

  it('is nothing over when the order fits', () => {
    const state = withOrders(['36800']);
    expect(creditPosition(state, state.orders['SO-000001'])).toMatchObject({ open: 0, after: 36_800, over: 0 });
  });
});
