import { describe, expect, it } from 'vitest';
import { Draft } from '../draft.ts';
import type { Quote } from '../quotes/records.ts';
import { build, cast, given, t0, type SpecCommand } from '../specification.ts';
import type { SandboxState } from '../state.ts';

const code = 'C-SH-00612';
const other = 'C-BJ-00031';
const accounts: SpecCommand[] = [
  { type: 'account.create', data: { code, nameZh: '恒通电子（上海）有限公司', industry: 'electronics', phone: '021-5048 3321' } },
  { type: 'account.create', data: { code: other, nameZh: '北京安达物流有限公司', industry: 'logistics', phone: '010-6552 7788' } },
];
const as = (actor: string) => ({ meta: { at: t0, actor } });

/** Accepted quotes QT-000001… for these totals, straight into the state (orders only read quotes). */
function withQuotes(state: SandboxState, totals: readonly number[], accountCode = code): SandboxState {
  const draft = new Draft(state);
  for (const total of totals) {
    const id = `QT-${String(draft.state.serials.quotes).padStart(6, '0')}`;
    const quote: Quote = { id, accountCode, opportunity: '', lines: [], total, status: 'accepted', approval: '', owner: cast.trainee, createdAt: t0 };
    draft.insert('quotes', id, quote);
  }
  return draft.state;
}

/** Customer C-SH-00612, a C account with the default 50,000 limit, and a draft order per total, SO-000001…. */
function ordersFor(totals: readonly number[]): SandboxState {
  const state = withQuotes(build(accounts), totals);
  return build(totals.map((_, index) => ({ type: 'order.create', data: { quote: `QT-00000${index + 1}` } })), state);
}

const confirm = (id: string): SpecCommand => ({ type: 'order.confirm', data: { id } });
const through = (id: string, ...types: ('order.pick' | 'order.ship' | 'order.deliver' | 'order.invoice' | 'order.markPaid')[]): SpecCommand[] =>
  types.map((type) => ({ type, data: { id } }));
const toPaid = (id: string) => through(id, 'order.pick', 'order.ship', 'order.deliver', 'order.invoice', 'order.markPaid');

describe('order.confirm: the credit check', () => {
  it('starts from the account’s credit limit', () => {
    expect(build(accounts).accounts[code].creditLimit).toBe(50_000);
  });

  it('confirms an order that takes the customer exactly to its limit', () => {
    given(ordersFor([50_000])).when(confirm('SO-000001')).accepted();
    given(build([confirm('SO-000001')], ordersFor([30_000, 20_000]))).when(confirm('SO-000002')).accepted();
  });

  it('refuses one fen over the limit, saying by how much', () => {
    given(ordersFor([50_000.01]))
      .when(confirm('SO-000001'))
      .then({
        rejection: {
          code: 'credit.limit-exceeded',
          field: 'id',
          messageKey: 'rejection.credit.limit-exceeded',
          params: { limit: 50_000, exposure: 50_000.01, over: 0.01 },
        },
      });
  });

  it('counts the customer’s other confirmed, unpaid orders', () => {
    const state = build([confirm('SO-000001')], ordersFor([30_000, 20_000.01]));
    given(state)
      .when(confirm('SO-000002'))
      .then({ rejection: { code: 'credit.limit-exceeded', field: 'id', params: { limit: 50_000, exposure: 50_000.01, over: 0.01 } } });
  });

  it.each([['order.pick'], ['order.pick', 'order.ship'], ['order.pick', 'order.ship', 'order.deliver'], ['order.pick', 'order.ship', 'order.deliver', 'order.invoice']] as const)(
    'still counts an order after %j, until it is paid',
    (...types) => {
      const state = build([confirm('SO-000001'), ...through('SO-000001', ...types)], ordersFor([30_000, 30_000]));
      given(state).when(confirm('SO-000002')).then({ rejection: { code: 'credit.limit-exceeded', field: 'id', params: { limit: 50_000, exposure: 60_000, over: 10_000 } } });
    },
  );

  it('frees the exposure once an order is paid', () => {
    const state = build([confirm('SO-000001'), ...toPaid('SO-000001')], ordersFor([30_000, 30_000]));
    given(state).when(confirm('SO-000002')).accepted();
  });

  it('frees the exposure of a cancelled order', () => {
    const state = build([confirm('SO-000001'), { type: 'order.cancel', data: { id: 'SO-000001', reason: '客户改期' } }], ordersFor([30_000, 30_000]));
    given(state).when(confirm('SO-000002')).accepted();
  });

  it('does not count drafts, or another customer’s orders', () => {
    given(ordersFor([40_000, 40_000])).when(confirm('SO-000002')).accepted();
    const withOther = withQuotes(ordersFor([40_000]), [45_000], other);
    const state = build([{ type: 'order.create', data: { quote: 'QT-000002' } }, confirm('SO-000002')], withOther);
    given(state).when(confirm('SO-000001')).accepted();
  });

  it.each([
    [8_192.95, 41_807.05, 50_000],
    [0.1, 0.2, 0.3],
  ])('adds up in whole fen, so %s and %s stay within a limit of %s', (first, second, limit) => {
    const draft = new Draft(ordersFor([first, second]));
    draft.update('accounts', code, { creditLimit: limit });
    const state = build([confirm('SO-000001')], draft.state);
    given(state).when(confirm('SO-000002')).accepted();
  });

  describe('after a credit-limit raise', () => {
    const request: SpecCommand = { type: 'account.requestCreditLimit', data: { code, limit: '8万', reason: '年度框架协议，订单增加' } };
    const tooMuch = build([confirm('SO-000001')], ordersFor([30_000, 30_000]));

    it('still refuses while the raise waits for approval', () => {
      given(build([request], tooMuch)).when(confirm('SO-000002')).then({ rejection: { code: 'credit.limit-exceeded', field: 'id' } });
    });

    it('confirms once the lead approves the higher limit', () => {
      const raised = build([request, { type: 'approval.approve', data: { id: 'AP-000001' }, ...as(cast.lead) }], tooMuch);
      expect(raised.accounts[code].creditLimit).toBe(80_000);
      const { state } = given(raised).when(confirm('SO-000002')).accepted();
      expect(state.orders['SO-000002'].status).toBe('confirmed');
    });

    it('refuses past the raised limit too', () => {
      const raised = build([request, { type: 'approval.approve', data: { id: 'AP-000001' }, ...as(cast.lead) }, confirm('SO-000002')], tooMuch);
      const state = build([{ type: 'order.create', data: { quote: 'QT-000003' } }], withQuotes(raised, [20_000.01]));
      given(state)
        .when(confirm('SO-000003'))
        .then({ rejection: { code: 'credit.limit-exceeded', field: 'id', params: { limit: 80_000, exposure: 80_000.01, over: 0.01 } } });
    });
  });
});
