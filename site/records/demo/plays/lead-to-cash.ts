import type { Attempt } from '../../../../engine/scenario/runner.ts';
import { replaced, type Move, type ScenarioPlay } from './move.ts';

/**
 * scenarios/lead-to-cash.yaml: 精锐模具 from a web inquiry to an invoice.
 * Records the story creates get their ids from the background sandbox, so a
 * move that names one looks it up in the attempt when it is played.
 */

const company = '杭州精锐模具有限公司';
const code = 'C-HZ-00801';

export const leadOf = ({ state }: Attempt) => Object.values(state.leads).find((lead) => lead.company === company)!.id;
const dealOf = ({ state }: Attempt) => Object.values(state.opportunities).find((deal) => deal.accountCode === code)!.id;
const xuOf = ({ state }: Attempt) => Object.values(state.contacts).find((contact) => contact.accountCode === code && contact.name === '许志强')!.id;
/** Jingrui's quotes in the order they were made: the probes first, then the tooling. */
const quotesOf = ({ state }: Attempt) => Object.values(state.quotes).filter((quote) => quote.accountCode === code).map((quote) => quote.id).sort();
export const probesOf = (attempt: Attempt) => quotesOf(attempt)[0];
export const toolingOf = (attempt: Attempt) => quotesOf(attempt)[1];
export const orderOf = ({ state }: Attempt) => Object.values(state.orders).find((order) => order.accountCode === code)!.id;

const jingruiLead = { company, contactName: '许志强', phone: '139 5718 2064', email: 'xu.zhiqiang@jingrui-mould.com', source: 'website' };
export const createLead: Move = { type: 'lead.create', data: jingruiLead };
const shareHengtong: Move = { type: 'record.share', data: { entity: 'account', id: 'C-SH-00612', with: 'u.zhangwei', note: '黄建华询两支 12000 转备用电主轴的价格' } };
export const markContacted: Move = (attempt) => ({ type: 'lead.markContacted', data: { id: leadOf(attempt) } });
export const logCall: Move = (attempt) => ({
  type: 'activity.log',
  data: { kind: 'call', entity: 'lead', id: leadOf(attempt), outcome: '四台加工中心，本季度预算约 8 万（刀具、校准、两套测头），许志强与老板共同决策' },
});
export const qualify: Move = (attempt) => ({ type: 'lead.qualify', data: { id: leadOf(attempt) } });
export const conversion = { accountCode: code, nameEn: 'Hangzhou Jingrui Mould Co., Ltd.', industry: 'manufacturing', opportunityName: '精锐模具 2026 刀具、校准与测头', amount: '8万' };
export const convert: Move = (attempt) => ({ type: 'lead.convert', data: { id: leadOf(attempt), ...conversion } });
const joinAccount = (user: string): Move => ({ type: 'account.addTeamMember', data: { code, user } });
const joinDeal = (user: string): Move => (attempt) => ({ type: 'opportunity.addTeamMember', data: { id: dealOf(attempt), user } });
const [financeOnAccount, logisticsOnAccount] = [joinAccount('u.qian'), joinAccount('u.sun')];
export const [financeOnDeal, logisticsOnDeal] = [joinDeal('u.qian'), joinDeal('u.sun')];
export const logVisit: Move = (attempt) => ({
  type: 'activity.log',
  data: { kind: 'visit', entity: 'opportunity', id: dealOf(attempt), outcome: '车间拜访：刀柄、立铣刀和校准现在要，测头看价格，竞品报 27000/套' },
});
export const fillDeal: Move = (attempt) => ({
  type: 'opportunity.update',
  data: { id: dealOf(attempt), expectedClose: '2026-03-31', decisionMaker: xuOf(attempt), needs: '20 个 BT40 刀柄、50 支 Φ10 立铣刀、一台设备精度校准；两套工件测头需特价' },
});
const moveDeal = (stage: string): Move => (attempt) => ({ type: 'opportunity.moveStage', data: { id: dealOf(attempt), stage } });
export const toProposal = moveDeal('proposal');
const toNegotiation = moveDeal('negotiation');
const newQuote: Move = (attempt) => ({ type: 'quote.create', data: { accountCode: code, opportunity: dealOf(attempt) } });
const onQuote = (quote: (attempt: Attempt) => string, type: 'quote.submit' | 'quote.send' | 'quote.accept'): Move => (attempt) => ({ type, data: { id: quote(attempt) } });
const line = (quote: (attempt: Attempt) => string, product: string, quantity: string, price: { unitPrice?: string; discountPercent?: string } = {}): Move => (attempt) => ({
  type: 'quote.addLine',
  data: { id: quote(attempt), product, quantity, ...price },
});
const probes = line(probesOf, 'P-201301', '2', { unitPrice: '27,000' });
export const [submitProbes, sendProbes] = [onQuote(probesOf, 'quote.submit'), onQuote(probesOf, 'quote.send')];
const holders = line(toolingOf, 'P-200701', '20');
const endMills = line(toolingOf, 'P-200702', '50', { discountPercent: '8%' });
const calibration = line(toolingOf, 'P-300501', '1');
export const [submitTooling, sendTooling, acceptTooling] = (['quote.submit', 'quote.send', 'quote.accept'] as const).map((type) => onQuote(toolingOf, type));
export const createOrder: Move = (attempt) => ({ type: 'order.create', data: { quote: toolingOf(attempt) } });
const onOrder = (type: 'order.confirm' | 'order.pick' | 'order.ship' | 'order.deliver' | 'order.invoice'): Move => (attempt) => ({ type, data: { id: orderOf(attempt) } });
export const [confirm, pick, ship, deliver, invoice] = (['order.confirm', 'order.pick', 'order.ship', 'order.deliver', 'order.invoice'] as const).map(onOrder);

export const perfect: readonly Move[] = [
  createLead, shareHengtong,
  markContacted, logCall, qualify,
  convert,
  financeOnAccount, logisticsOnAccount, financeOnDeal, logisticsOnDeal,
  logVisit, fillDeal, toProposal,
  newQuote, probes, submitProbes,
  newQuote, holders, endMills, calibration, submitTooling, sendTooling,
  acceptTooling, toNegotiation,
  createOrder, confirm,
  pick, ship, deliver, invoice,
];

/** The perfect play with `move` replaced by `moves` (none: left out). */
export const changed = (move: Move, ...moves: Move[]) => replaced(perfect, move, ...moves);

/** The inquiry saved without where it came from. */
export const noSource: Move = { type: 'lead.create', data: { ...jingruiLead, source: '' } };
/** 许志强's mobile with a digit missing. */
export const shortPhone: Move = { type: 'lead.create', data: { ...jingruiLead, phone: '139 5718 206' } };
/** The customer code typed in the customer's own style. */
export const wrongCode: Move = (attempt) => ({ type: 'lead.convert', data: { id: leadOf(attempt), ...conversion, accountCode: 'HZ-801' } });

export const leadToCash: ScenarioPlay = {
  perfect,
  slips: [
    { code: 'validation.format', step: 'inquiries', replace: createLead, instead: [shortPhone, createLead], completes: true },
    { code: 'validation.incomplete', step: 'inquiries', replace: createLead, instead: [noSource, createLead], completes: true },
    { code: 'log.missing-activity', step: 'qualify', replace: logCall, instead: [], completes: true },
    { code: 'process.wrong-transition', step: 'qualify', replace: markContacted, instead: [qualify, markContacted], completes: true },
    { code: 'validation.format', step: 'convert', replace: convert, instead: [wrongCode, convert], completes: true },
    { code: 'validation.incomplete', step: 'needs', replace: fillDeal, instead: [toProposal, fillDeal], completes: true },
    { code: 'process.skipped-approval', step: 'standard-quote', replace: submitTooling, instead: [sendTooling, submitTooling], completes: true },
    { code: 'process.wrong-transition', step: 'order', replace: confirm, instead: [pick, confirm], completes: true },
    { code: 'process.wrong-transition', step: 'deliver-and-invoice', replace: deliver, instead: [invoice, deliver], completes: true },
  ],
};
