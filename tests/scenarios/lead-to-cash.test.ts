import { describe, expect, it } from 'vitest';
import { finish, startAttempt, submit, verifyAttempt, type Attempt, type CommandInput } from '../../engine/index.ts';
import { loadScenario } from '../../site/lib/scenarios.ts';
import {
  acceptTooling, changed, confirm, conversion, convert, createLead, createOrder, deliver, fillDeal, financeOnDeal, invoice, leadOf, logCall, logisticsOnDeal, logVisit, markContacted,
  noSource, orderOf, perfect, pick, probesOf, qualify, sendProbes, sendTooling, ship, shortPhone, submitProbes, submitTooling, toolingOf, toProposal, wrongCode,
} from '../../site/records/demo/plays/lead-to-cash.ts';
import { play as playMoves, type Move } from '../../site/records/demo/plays/move.ts';

/**
 * scenarios/lead-to-cash.yaml: 精锐模具 from a web inquiry to an invoice —
 * the perfect play (site/records/demo/plays/lead-to-cash.ts), then one small
 * change per mistake the steps watch.
 */
const scenario = loadScenario('lead-to-cash')!;
const started = startAttempt(scenario);
const play = (moves: readonly Move[], from: Attempt = started) => playMoves(moves, from);

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
      expect(mistakesOf(play(changed(createLead, noSource, createLead)))).toEqual([{ code: 'validation.incomplete', step: 'inquiries', lesson: 'complete-records' }]);
    });

    it('records a mobile number with a digit missing as a format mistake', () => {
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
