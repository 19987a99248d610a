import { describe, expect, it } from 'vitest';
import { build, cast, given, t0, type SpecCommand } from '../specification.ts';
import { code, name, scene, withDeals, createQuote, addLine, draftQuote, pending, approved, sent } from './spec-scene.ts';

describe('quote.create', () => {
  it('opens an empty draft owned by its creator', () => {
    const { state } = given(scene)
      .when({ type: 'quote.create', data: { accountCode: 'ｃ-sh-00612' } })
      .then([{ type: 'quote.created', data: { quote: draftQuote } }]);
    expect(state.quotes['QT-000001']).toEqual(draftQuote);
  });

  it('goes with one of the customer’s open deals, whose team is told', () => {
    given(withDeals)
      .when(createQuote(' op-000001 '))
      .then([
        { type: 'quote.created', data: { quote: { ...draftQuote, opportunity: 'OP-000001' } } },
        {
          type: 'notification.created',
          data: {
            notification: {
              id: 'NT-000001', to: cast.colleague, kind: 'changed', about: { entity: 'quote', id: 'QT-000001' }, from: cast.trainee,
              messageKey: 'notification.quote.created', params: { id: 'QT-000001', code, name, total: 0 }, at: t0, read: false,
            },
          },
        },
      ]);
  });

  it.each([
    [{ accountCode: ' ' }, 'validation.incomplete', 'accountCode', 'rejection.incomplete'],
    [{ accountCode: 'C-SH-00999' }, 'reference.unknown', 'accountCode', 'rejection.reference.account'],
    [{ opportunity: 'OP-000404' }, 'reference.unknown', 'opportunity', 'rejection.quote.opportunity'],
    [{ accountCode: 'C-BJ-00001', opportunity: 'OP-000001' }, 'reference.unknown', 'opportunity', 'rejection.quote.opportunity'],
    [{ opportunity: 'OP-000002' }, 'transition.not-allowed', 'opportunity', 'rejection.quote.opportunity-closed'],
  ] as const)('refuses %j', (change, rejection, field, messageKey) => {
    given(withDeals)
      .when({ type: 'quote.create', data: { accountCode: code, ...change } })
      .then({ rejection: { code: rejection, field, messageKey } });
  });
});

describe('quote.addLine', () => {
  const empty = build([createQuote()], scene);

  it('prices a line at the list price unless another price is typed, and keeps the quote’s total', () => {
    const { state } = given(empty)
      .when(addLine('p-100001', '２'))
      .then([{ type: 'quote.lineAdded', data: { id: 'QT-000001', line: { product: 'P-100001', quantity: 2, listPrice: 1000, unitPrice: 1000, discountPercent: 0, total: 2000 }, total: 2000 } }]);
    given(state)
      .when(addLine('P-100002', '3', '33.33', '7.5%'))
      .then([{ type: 'quote.lineAdded', data: { id: 'QT-000001', line: { product: 'P-100002', quantity: 3, listPrice: 33.33, unitPrice: 33.33, discountPercent: 7.5, total: 92.49 } , total: 2092.49 } }]);
  });

  it.each([
    [{ product: '' }, 'validation.incomplete', 'product', 'rejection.incomplete'],
    [{ quantity: '' }, 'validation.incomplete', 'quantity', 'rejection.incomplete'],
    [{ product: 'P-999999' }, 'reference.unknown', 'product', 'rejection.reference.product'],
    [{ quantity: '0' }, 'validation.format', 'quantity', 'rejection.format.quantity'],
    [{ quantity: '1.5' }, 'validation.format', 'quantity', 'rejection.format.quantity'],
    [{ unitPrice: 'cheap' }, 'validation.format', 'unitPrice', 'rejection.format.amount'],
    [{ discountPercent: '120' }, 'validation.format', 'discountPercent', 'rejection.format.percent'],
    [{ id: 'QT-000404' }, 'reference.unknown', 'id', 'rejection.reference.quote'],
  ] as const)('refuses %j', (change, rejection, field, messageKey) => {
    given(empty)
      .when({ type: 'quote.addLine', data: { id: 'QT-000001', product: 'P-100001', quantity: '1', unitPrice: '', discountPercent: '', ...change } })
      .then({ rejection: { code: rejection, field, messageKey } });
  });

  it('refuses a retired product', () => {
    given(build([{ type: 'product.retire', data: { code: 'P-100001' } }], empty))
      .when(addLine('P-100001', '1'))
      .then({ rejection: { code: 'transition.not-allowed', field: 'product', messageKey: 'rejection.product.retired', params: { code: 'P-100001' } } });
  });

  it.each([['pendingApproval', pending], ['approved', approved], ['sent', sent]] as const)('refuses to change a quote that is %s', (status, state) => {
    given(state)
      .when(addLine('P-100002', '1'))
      .then({ rejection: { code: 'transition.not-allowed', field: 'id', messageKey: 'rejection.transition.quote', params: { id: 'QT-000001', from: status, command: 'addLine' } } });
  });
});

describe('quote.removeLine', () => {
  const three = build([createQuote(), addLine('P-100001', '1'), addLine('P-100002', '3'), addLine('P-100001', '2', '990')], scene);
  const remove = (line: string): SpecCommand => ({ type: 'quote.removeLine', data: { id: 'QT-000001', line } });

  it('removes the numbered line and recomputes the total', () => {
    const { state } = given(three)
      .when(remove('2'))
      .then([
        {
          type: 'quote.lineRemoved',
          data: { id: 'QT-000001', line: 2, removed: { product: 'P-100002', quantity: 3, listPrice: 33.33, unitPrice: 33.33, discountPercent: 0, total: 99.99 }, total: 2980 },
        },
      ]);
    expect(state.quotes['QT-000001'].lines.map((line) => line.unitPrice)).toEqual([1000, 990]);
  });

  it.each([
    ['4', 'reference.unknown', 'rejection.quote.line'],
    ['0', 'validation.format', 'rejection.format.quantity'],
    ['last', 'validation.format', 'rejection.format.quantity'],
    ['', 'validation.incomplete', 'rejection.incomplete'],
  ] as const)('refuses line %j', (line, rejection, messageKey) => {
    given(three).when(remove(line)).then({ rejection: { code: rejection, field: 'line', messageKey } });
  });

  it('refuses once the quote has left draft', () => {
    given(pending).when(remove('1')).then({ rejection: { code: 'transition.not-allowed', field: 'id' } });
  });
});
