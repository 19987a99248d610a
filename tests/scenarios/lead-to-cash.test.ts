import { describe, expect, it } from 'vitest';
import { finish, startAttempt, submit, verifyAttempt, type Attempt, type CommandInput } from '../../engine/index.ts';
import { loadScenario } from '../../site/lib/scenarios.ts';

/**
 * scenarios/lead-to-cash.yaml: 精锐模具 from a web inquiry to an invoice —
 * the perfect play, then one small change per mistake the steps watch.
 * Records the story creates get their ids from the background sandbox, so a
 * move that names one looks it up in the attempt when it is played.
 */
const scenario = loadScenario('lead-to-cash')!;
const started = startAttempt(scenario);

type Move = CommandInput | ((attempt: Attempt) => CommandInput);

function play(moves: readonly Move[], from: Attempt = started): Attempt {
  return moves.reduce((attempt, move) => {
    const command = typeof move === 'function' ? move(attempt) : move;
    return submit(attempt, command, (attempt.record.entries.length + 1) * 1000).attempt;
  }, from);
}

const company = '杭州精锐模具有限公司';
const code = 'C-HZ-00801';

const leadOf = ({ state }: Attempt) => Object.values(state.leads).find((lead) => lead.company === company)!.id;
const dealOf = ({ state }: Attempt) => Object.values(state.opportunities).find((deal) => deal.accountCode === code)!.id;
const xuOf = ({ state }: Attempt) => Object.values(state.contacts).find((contact) => contact.accountCode === code && contact.name === '许志强')!.id;
/** Jingrui's quotes in the order they were made: the probes first, then the tooling. */
const quotesOf = ({ state }: Attempt) => Object.values(state.quotes).filter((quote) => quote.accountCode === code).map((quote) => quote.id).sort();
const probesOf = (attempt: Attempt) => quotesOf(attempt)[0];
const toolingOf = (attempt: Attempt) => quotesOf(attempt)[1];
const orderOf = ({ state }: Attempt) => Object.values(state.orders).find((order) => order.accountCode === code)!.id;

const jingruiLead = { company, contactName: '许志强', phone: '139 5718 2064', email: 'xu.zhiqiang@jingrui-mould.com', source: 'website' };
const createLead: Move = { type: 'lead.create', data: jingruiLead };
const shareHengtong: Move = { type: 'record.share', data: { entity: 'account', id: 'C-SH-00612', with: 'u.zhangwei', note: '黄建华询两支 12000 转备用电主轴的价格' } };
const markContacted: Move = (attempt) => ({ type: 'lead.markContacted', data: { id: leadOf(attempt) } });
const logCall: Move = (attempt) => ({
  type: 'activity.log',
  data: { kind: 'call', entity: 'lead', id: leadOf(attempt), outcome: '四台加工中心，本季度预算约 8 万（刀具、校准、两套测头），许志强与老板共同决策' },
});
const qualify: Move = (attempt) => ({ type: 'lead.qualify', data: { id: leadOf(attempt) } });
const conversion = { accountCode: code, nameEn: 'Hangzhou Jingrui Mould Co., Ltd.', industry: 'manufacturing', opportunityName: '精锐模具 2026 刀具、校准与测头', amount: '8万' };
const convert: Move = (attempt) => ({ type: 'lead.convert', data: { id: leadOf(attempt), ...conversion } });
const joinAccount = (user: string): Move => ({ type: 'account.addTeamMember', data: { code, user } });
const joinDeal = (user: string): Move => (attempt) => ({ type: 'opportunity.addTeamMember', data: { id: dealOf(attempt), user } });
const [financeOnAccount, logisticsOnAccount] = [joinAccount('u.qian'), joinAccount('u.sun')];
const [financeOnDeal, logisticsOnDeal] = [joinDeal('u.qian'), joinDeal('u.sun')];
const logVisit: Move = (attempt) => ({
  type: 'activity.log',
  data: { kind: 'visit', entity: 'opportunity', id: dealOf(attempt), outcome: '车间拜访：刀柄、立铣刀和校准现在要，测头看价格，竞品报 27000/套' },
});
const fillDeal: Move = (attempt) => ({
  type: 'opportunity.update',
  data: { id: dealOf(attempt), expectedClose: '2026-03-31', decisionMaker: xuOf(attempt), needs: '20 个 BT40 刀柄、50 支 Φ10 立铣刀、一台设备精度校准；两套工件测头需特价' },
});
const moveDeal = (stage: string): Move => (attempt) => ({ type: 'opportunity.moveStage', data: { id: dealOf(attempt), stage } });
const [toProposal, toNegotiation] = [moveDeal('proposal'), moveDeal('negotiation')];
const newQuote: Move = (attempt) => ({ type: 'quote.create', data: { accountCode: code, opportunity: dealOf(attempt) } });
const onQuote = (quote: (attempt: Attempt) => string, type: 'quote.submit' | 'quote.send' | 'quote.accept'): Move => (attempt) => ({ type, data: { id: quote(attempt) } });
const line = (quote: (attempt: Attempt) => string, product: string, quantity: string, price: { unitPrice?: string; discountPercent?: string } = {}): Move => (attempt) => ({
  type: 'quote.addLine',
  data: { id: quote(attempt), product, quantity, ...price },
});
const probes = line(probesOf, 'P-201301', '2', { unitPrice: '27,000' });
const [submitProbes, sendProbes] = [onQuote(probesOf, 'quote.submit'), onQuote(probesOf, 'quote.send')];
const holders = line(toolingOf, 'P-200701', '20');
const endMills = line(toolingOf, 'P-200702', '50', { discountPercent: '8%' });
const calibration = line(toolingOf, 'P-300501', '1');
const [submitTooling, sendTooling, acceptTooling] = (['quote.submit', 'quote.send', 'quote.accept'] as const).map((type) => onQuote(toolingOf, type));
const createOrder: Move = (attempt) => ({ type: 'order.create', data: { quote: toolingOf(attempt) } });
const onOrder = (type: 'order.confirm' | 'order.pick' | 'order.ship' | 'order.deliver' | 'order.invoice'): Move => (attempt) => ({ type, data: { id: orderOf(attempt) } });
const [confirm, pick, ship, deliver, invoice] = (['order.confirm', 'order.pick', 'order.ship', 'order.deliver', 'order.invoice'] as const).map(onOrder);

const perfect: readonly Move[] = [
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
function changed(move: Move, ...moves: Move[]): Move[] {
  const at = perfect.indexOf(move);
  return [...perfect.slice(0, at), ...moves, ...perfect.slice(at + 1)];
}

const mistakesOf = (attempt: Attempt) => finish(attempt).mistakes.map(({ code, step, lesson }) => ({ code, step, lesson }));

describe('lead-to-cash', () => {
  it('plays to a perfect score, and verifies to the same result', () => {
    const attempt = play(perfect);
    const result = finish(attempt);
    expect(result).toMatchObject({ completed: true, stepsDone: 10, commands: perfect.length, errorRate: 0, score: 100, stars: 3, badge: true });
    expect(result.mistakes).toEqual([]);
    expect(verifyAttempt(scenario, attempt.record)).toEqual({ ok: true, result });
  });

  it('hits the approval path: the special price waits for 李娜, the tooling quote is approved at once', () => {
    const attempt = play(perfect);
    const probes = attempt.state.quotes[probesOf(attempt)];
    expect(probes).toMatchObject({ status: 'pendingApproval', total: 54000 });
    expect(attempt.state.approvals[probes.approval]).toMatchObject({ kind: 'quote.pricing', status: 'pending', requestedBy: 'trainee', levels: ['lead'] });
    expect(attempt.events.some((event) => event.type === 'notification.created' && event.data.notification.to === 'lead.li' && event.data.notification.about.id === probes.approval)).toBe(true);
    expect(attempt.state.orders[orderOf(attempt)]).toMatchObject({ quote: toolingOf(attempt), total: 26060, status: 'invoiced' });
    const ownApproval = submit(attempt, { type: 'approval.approve', data: { id: probes.approval } }, 99_000);
    expect(ownApproval.result, 'only a lead approves, never the trainee who asked').toMatchObject({ ok: false, rejection: { code: 'permission.denied' } });
  });

  describe('inquiries', () => {
    it('records a lead entered for a company that is already a customer, once created past the warning', () => {
      const hengtong: CommandInput = { type: 'lead.create', data: { company: '恒通电子(上海)有限公司', contactName: '黄建华', phone: '138 1701 6620', source: 'website' } };
      const warned = submit(play([createLead]), hengtong, 9000);
      expect(warned.result).toMatchObject({ ok: false, rejection: { code: 'duplicate.suspected', params: { code: 'C-SH-00612' } } });
      expect(warned.mistakes).toEqual([]);
      const forced = { ...hengtong, data: { ...hengtong.data, confirmDuplicate: true } } as CommandInput;
      expect(mistakesOf(play(changed(createLead, createLead, forced)))).toEqual([{ code: 'duplicate.created', step: 'inquiries', lesson: 'existing-customer-not-a-lead' }]);
    });

    it('records a lead saved without its source as incomplete', () => {
      const noSource: Move = { type: 'lead.create', data: { ...jingruiLead, source: '' } };
      expect(mistakesOf(play(changed(createLead, noSource, createLead)))).toEqual([{ code: 'validation.incomplete', step: 'inquiries', lesson: 'complete-records' }]);
    });

    it('records a mobile number with a digit missing as a format mistake', () => {
      const shortPhone: Move = { type: 'lead.create', data: { ...jingruiLead, phone: '139 5718 206' } };
      expect(mistakesOf(play(changed(createLead, shortPhone, createLead)))).toEqual([{ code: 'validation.format', step: 'inquiries', lesson: 'unified-formats' }]);
    });
  });

  describe('qualify', () => {
    it('records the call never logged when the attempt ends, at the step where the lead was marked contacted', () => {
      expect(mistakesOf(play(changed(logCall)))).toEqual([{ code: 'log.missing-activity', step: 'qualify', lesson: 'log-every-contact' }]);
    });

    it('records qualifying a lead nobody has spoken to as a wrong transition', () => {
      expect(mistakesOf(play(changed(markContacted, qualify, markContacted)))).toEqual([{ code: 'process.wrong-transition', step: 'qualify', lesson: 'lead-to-cash-in-order' }]);
    });
  });

  describe('convert', () => {
    it('records the customer code in the wrong format', () => {
      const wrongCode: Move = (attempt) => ({ type: 'lead.convert', data: { id: leadOf(attempt), ...conversion, accountCode: 'HZ-801' } });
      expect(mistakesOf(play(changed(convert, wrongCode, convert)))).toEqual([{ code: 'validation.format', step: 'convert', lesson: 'unified-formats' }]);
    });

    it('records a conversion without the industry as incomplete', () => {
      const noIndustry: Move = (attempt) => ({ type: 'lead.convert', data: { id: leadOf(attempt), ...conversion, industry: '' } });
      expect(mistakesOf(play(changed(convert, noIndustry, convert)))).toEqual([{ code: 'validation.incomplete', step: 'convert', lesson: 'complete-records' }]);
    });
  });

  describe('needs', () => {
    it('records moving the deal to proposal before its facts are in', () => {
      expect(mistakesOf(play(changed(fillDeal, toProposal, fillDeal)))).toEqual([{ code: 'validation.incomplete', step: 'needs', lesson: 'stage-entry-facts' }]);
    });

    it('records the visit never logged, at the stage move', () => {
      expect(mistakesOf(play(changed(logVisit)))).toEqual([{ code: 'log.missing-activity', step: 'needs', lesson: 'log-every-contact' }]);
    });
  });

  it('records the team not told of the deal and each quote when they were left off the deal', () => {
    const played = play(perfect.filter((move) => move !== financeOnDeal && move !== logisticsOnDeal));
    expect(mistakesOf(played)).toEqual(
      ['needs', 'special-price', 'standard-quote'].map((step) => ({ code: 'notify.team-not-informed', step, lesson: 'tell-the-virtual-team' })),
    );
  });

  describe('quotes', () => {
    it('records sending the special price before it is submitted, and again while it waits for 李娜', () => {
      const attempt = play(changed(submitProbes, sendProbes, submitProbes, sendProbes));
      expect(mistakesOf(attempt)).toEqual([
        { code: 'process.skipped-approval', step: 'special-price', lesson: 'special-price-approval' },
        { code: 'process.skipped-approval', step: 'standard-quote', lesson: 'special-price-approval' },
      ]);
    });

    it('records sending the tooling quote without submitting it, though it needs no approval', () => {
      expect(mistakesOf(play(changed(submitTooling, sendTooling, submitTooling)))).toEqual([
        { code: 'process.skipped-approval', step: 'standard-quote', lesson: 'special-price-approval' },
      ]);
    });
  });

  describe('order', () => {
    it('records an order made before the customer accepted the quote', () => {
      expect(mistakesOf(play(changed(acceptTooling, createOrder, acceptTooling)))).toEqual([{ code: 'process.wrong-transition', step: 'accepted', lesson: 'lead-to-cash-in-order' }]);
    });

    it('records picking an order that was never confirmed', () => {
      expect(mistakesOf(play(changed(confirm, pick, confirm)))).toEqual([{ code: 'process.wrong-transition', step: 'order', lesson: 'lead-to-cash-in-order' }]);
    });

    it('records shipping before picking, and invoicing before delivery', () => {
      const attempt = play(changed(pick, ship, pick));
      expect(mistakesOf(attempt)).toEqual([{ code: 'process.wrong-transition', step: 'deliver-and-invoice', lesson: 'lead-to-cash-in-order' }]);
      expect(mistakesOf(play(changed(deliver, invoice, deliver)))).toEqual([{ code: 'process.wrong-transition', step: 'deliver-and-invoice', lesson: 'lead-to-cash-in-order' }]);
    });
  });
});
