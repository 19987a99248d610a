import { describe, expect, it } from 'vitest';
import { finish, submit, type Attempt } from '../../engine/index.ts';
import type { Move } from '../../engine/scenario/schema.ts';
import { sameMove } from '../../engine/scenario/walkthrough.ts';
import { mistakesOf, walkthroughOf } from './walkthrough-moves.ts';

/**
 * scenarios/lead-to-cash.yaml: what its walkthrough's perfect play and slips
 * (played by walkthroughs.test.ts) do not show — the approval path, the
 * duplicate warning, and changes that are no slip of the file.
 */
const { perfect, started, play, changed } = walkthroughOf('lead-to-cash');
const [createLead, financeOnDeal, logisticsOnDeal, submitProbes, acceptTooling, createOrder, pick, ship] = [0, 8, 9, 15, 22, 24, 26, 27].map((index) => perfect[index]);
const sendProbes: Move = { ...submitProbes, type: 'quote.send' };
/** Jingrui's quotes in the order they were made: the probes, then the tooling. */
const quotesOf = ({ state }: Attempt) => Object.values(state.quotes).filter((quote) => quote.accountCode === 'C-HZ-00801');

describe('lead-to-cash', () => {
  it('is played perfectly through ten steps for the badge', () => {
    expect(finish(play(perfect))).toMatchObject({ stepsDone: 10, commands: 30, badge: true });
  });

  it('hits the approval path: the special price waits for 李娜, the tooling quote is approved at once', () => {
    const attempt = play(perfect);
    const [probes, tooling] = quotesOf(attempt);
    expect(probes).toMatchObject({ status: 'pendingApproval', total: 54000 });
    expect(attempt.state.approvals[probes.approval!]).toMatchObject({ kind: 'quote.pricing', status: 'pending', requestedBy: 'trainee', levels: ['lead'] });
    expect(attempt.events.some((event) => event.type === 'notification.created' && event.data.notification.to === 'lead.li' && event.data.notification.about.id === probes.approval)).toBe(true);
    expect(Object.values(attempt.state.orders).find((order) => order.accountCode === 'C-HZ-00801')).toMatchObject({ quote: tooling.id, total: 26060, status: 'invoiced' });
    const ownApproval = submit(attempt, { type: 'approval.approve', data: { id: probes.approval! } }, 99_000);
    expect(ownApproval.result, 'only a lead approves, never the trainee who asked').toMatchObject({ ok: false, rejection: { code: 'permission.denied' } });
  });

  it('warns of an existing customer’s inquiry entered as a lead, a mistake only once created past the warning', () => {
    const hengtong = { type: 'lead.create', data: { company: '恒通电子(上海)有限公司', contactName: '黄建华', phone: '138 1701 6620', source: 'website' } } as const;
    const warned = submit(play([createLead]), hengtong, 9000);
    expect(warned.result).toMatchObject({ ok: false, rejection: { code: 'duplicate.suspected', params: { code: 'C-SH-00612' } } });
    expect(warned.mistakes).toEqual([]);
  });

  it('records the team not told of the deal and each quote when both were left off the deal', () => {
    const played = play(perfect.filter((move) => !sameMove(move, financeOnDeal) && !sameMove(move, logisticsOnDeal)));
    expect(mistakesOf(played)).toEqual(['needs', 'special-price', 'standard-quote'].map((step) => ({ code: 'notify.team-not-informed', step, lesson: 'tell-the-virtual-team' })));
  });

  it('records sending the special price before it is submitted, and again while it waits for 李娜', () => {
    expect(mistakesOf(play(changed(submitProbes, sendProbes, submitProbes, sendProbes)))).toEqual([
      { code: 'process.skipped-approval', step: 'special-price', lesson: 'special-price-approval' },
      { code: 'process.skipped-approval', step: 'standard-quote', lesson: 'special-price-approval' },
    ]);
  });

  it('records an order made before the customer accepted the quote', () => {
    expect(mistakesOf(play(changed(acceptTooling, createOrder, acceptTooling)))).toEqual([{ code: 'process.wrong-transition', step: 'accepted', lesson: 'lead-to-cash-in-order' }]);
  });

  it('records shipping goods that were never picked', () => {
    expect(mistakesOf(play(changed(pick, ship, pick)))).toEqual([{ code: 'process.wrong-transition', step: 'deliver-and-invoice', lesson: 'lead-to-cash-in-order' }]);
  });
});
