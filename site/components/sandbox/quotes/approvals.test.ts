import { describe, expect, it } from 'vitest';
import { build, cast, t0, type SpecCommand } from '../../../../engine/specification.ts';
import { approvalsAbout, pricingApprovers, quoteApprovalState, waitingFor } from './approvals.ts';

const code = 'C-SH-00612';
const setUp: SpecCommand[] = [
  { type: 'account.create', data: { code, nameZh: '恒通电子（上海）有限公司', industry: 'electronics', phone: '021-5048 3321' } },
  { type: 'product.create', data: { code: 'P-201301', nameZh: '工件测头', unit: '套', listPrice: '32000' } },
  { type: 'quote.create', data: { accountCode: code } },
];
const addLine = (unitPrice: string, discountPercent = ''): SpecCommand => ({
  type: 'quote.addLine',
  data: { id: 'QT-000001', product: 'P-201301', quantity: '2', unitPrice, discountPercent },
});
const submit: SpecCommand = { type: 'quote.submit', data: { id: 'QT-000001' } };

describe('quoteApprovalState', () => {
  it('tells a draft that will need approval from one that will not', () => {
    expect(quoteApprovalState(build(setUp), build(setUp).quotes['QT-000001'])).toBe('none');
    const within = build([...setUp, addLine('', '8')]);
    expect(quoteApprovalState(within, within.quotes['QT-000001'])).toBe('within');
    const special = build([...setUp, addLine('27000')]);
    expect(quoteApprovalState(special, special.quotes['QT-000001'])).toBe('needed');
  });

  it('follows the request once submitted, and says when the limits approved it at once', () => {
    const pending = build([...setUp, addLine('27000'), submit]);
    expect(quoteApprovalState(pending, pending.quotes['QT-000001'])).toBe('pending');
    const auto = build([...setUp, addLine(''), submit]);
    expect(quoteApprovalState(auto, auto.quotes['QT-000001'])).toBe('auto');
  });
});

describe('who a request waits for', () => {
  it('is the requester’s team lead, before and after the quote is submitted', () => {
    const before = build([...setUp, addLine('27000')]);
    expect(pricingApprovers(before, before.quotes['QT-000001'])).toEqual([cast.lead]);
    const pending = build([...setUp, addLine('27000'), submit]);
    const [approval] = approvalsAbout(pending, { entity: 'quote', id: 'QT-000001' });
    expect(approval.status).toBe('pending');
    expect(waitingFor(pending, approval)).toEqual([cast.lead]);
  });

  it('is nobody once the request is decided', () => {
    const decided = build([...setUp, addLine('27000'), submit, { type: 'approval.approve', data: { id: 'AP-000001' }, meta: { at: t0, actor: cast.lead } }]);
    const [approval] = approvalsAbout(decided, { entity: 'quote', id: 'QT-000001' });
    expect(approval.status).toBe('approved');
    expect(waitingFor(decided, approval)).toEqual([]);
    expect(quoteApprovalState(decided, decided.quotes['QT-000001'])).toBe('approved');
  });
});
