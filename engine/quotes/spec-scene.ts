import { Draft } from '../draft.ts';
import type { Opportunity } from '../opportunities/records.ts';
import { build, cast, t0, type SpecCommand } from '../specification.ts';
import type { SandboxState } from '../state.ts';
import type { Quote } from './records.ts';

/** The scene the quote specifications share. Imported only by tests. */

export const code = 'C-SH-00612';
/** The customer's name as stored: width-folded. */
export const name = '恒通电子(上海)有限公司';
export const as = (actor: string) => ({ meta: { at: t0, actor } });

/** A deal of the tester's at the customer, worked with the service colleague; put straight into the state, since quotes only read and link it. */
function withDeal(state: SandboxState, id: string, change: Partial<Opportunity> = {}): SandboxState {
  const draft = new Draft(state);
  const deal: Opportunity = {
    id,
    accountCode: code,
    name: '数控车间改造',
    stage: 'proposal',
    amount: 200_000,
    expectedClose: '2026-04-30',
    decisionMaker: '',
    needs: '',
    competitors: '',
    quote: '',
    owner: cast.trainee,
    team: [cast.colleague],
    createdAt: t0,
    ...change,
  };
  draft.insert('opportunities', id, deal);
  return draft.state;
}

/** The customer and two products: one at ¥1,000, one at ¥33.33. */
export const scene = build([
  { type: 'account.create', data: { code, nameZh: '恒通电子（上海）有限公司', industry: 'electronics', phone: '021-5048 3321' } },
  { type: 'account.create', data: { code: 'C-BJ-00001', nameZh: '北方机械', industry: 'manufacturing', phone: '010-6888 1234' } },
  { type: 'product.create', data: { code: 'P-100001', nameZh: '伺服电机', unit: '台', listPrice: '1,000' } },
  { type: 'product.create', data: { code: 'P-100002', nameZh: '联轴器', unit: '件', listPrice: '33.33' } },
]);
export const withDeals = withDeal(withDeal(scene, 'OP-000001'), 'OP-000002', { stage: 'lost', lostReason: '价格' });

export const createQuote = (opportunity = ''): SpecCommand => ({ type: 'quote.create', data: { accountCode: code, opportunity } });
export const addLine = (product: string, quantity: string, unitPrice = '', discountPercent = ''): SpecCommand => ({
  type: 'quote.addLine',
  data: { id: 'QT-000001', product, quantity, unitPrice, discountPercent },
});
export const act = (type: 'quote.submit' | 'quote.revise' | 'quote.send' | 'quote.accept' | 'quote.decline', id = 'QT-000001'): SpecCommand => ({ type, data: { id } });
export const approve: SpecCommand = { type: 'approval.approve', data: { id: 'AP-000001' }, ...as(cast.lead) };
export const reject: SpecCommand = { type: 'approval.reject', data: { id: 'AP-000001', comment: '折扣太大' }, ...as(cast.lead) };

export const draftQuote: Quote = { id: 'QT-000001', accountCode: code, opportunity: '', lines: [], total: 0, status: 'draft', approval: '', owner: cast.trainee, createdAt: t0 };

/** Quotes in each status reached through the commands, the deal's one over the limits. */
export const within = build([createQuote(), addLine('P-100001', '2')], withDeals);
export const over = build([createQuote('op-000001'), addLine('P-100001', '2', '', '15')], withDeals);
export const pending = build([act('quote.submit')], over);
export const rejectedQuote = build([reject], pending);
export const approved = build([approve], pending);
export const sent = build([act('quote.send')], approved);
