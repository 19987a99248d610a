import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { processConfigSchema } from '../process/config.ts';
import { build, cast, given, t0 } from '../specification.ts';
import { code, name, as, scene, createQuote, addLine, act, approve, within, over, pending, rejectedQuote, approved, sent } from './spec-scene.ts';

describe('quote.submit', () => {
  it('approves a quote within the limits at once, with no approval request', () => {
    const { state } = given(within)
      .when(act('quote.submit'))
      .then([{ type: 'quote.submitted', data: { id: 'QT-000001', to: 'approved', approval: '' } }]);
    expect(state.quotes['QT-000001']).toMatchObject({ status: 'approved', approval: '' });
    expect(state.approvals).toEqual({});
  });

  it.each([
    ['at the price-deviation limit', '950', ''],
    ['at the discount limit', '', '10'],
    ['above the list price, within the limit', '1,050', '10%'],
  ])('approves a line %s', (_case, unitPrice, discountPercent) => {
    const { state } = given(build([createQuote(), addLine('P-100001', '1', unitPrice, discountPercent)], scene)).when(act('quote.submit')).accepted();
    expect(state.quotes['QT-000001'].status).toBe('approved');
  });

  it.each([
    ['priced below the list beyond the limit', '949.99', ''],
    ['priced above the list beyond the limit', '1,050.01', ''],
    ['discounted beyond the limit', '', '10.5'],
  ])('holds a quote with a line %s for the team lead, naming the line', (_case, unitPrice, discountPercent) => {
    const twoLines = build([createQuote(), addLine('P-100002', '1'), addLine('P-100001', '1', unitPrice, discountPercent)], scene);
    const { state } = given(twoLines).when(act('quote.submit')).accepted();
    expect(state.quotes['QT-000001']).toMatchObject({ status: 'pendingApproval', approval: 'AP-000001' });
    expect(state.approvals['AP-000001']).toMatchObject({
      kind: 'quote.pricing',
      about: { entity: 'quote', id: 'QT-000001' },
      change: { total: state.quotes['QT-000001'].total, lines: '2' },
      levels: ['lead'],
      requestedBy: cast.trainee,
      status: 'pending',
    });
    expect(Object.values(state.notifications)).toMatchObject([{ to: cast.lead, kind: 'approval.requested', messageKey: 'notification.approval.quote.pricing' }]);
  });

  it('tells the deal’s team it waits for approval', () => {
    const { result } = given(over).when(act('quote.submit')).accepted();
    expect(result.ok && result.events.map((event) => event.type)).toEqual(['quote.submitted', 'approval.requested', 'notification.created', 'notification.created']);
    expect(result.ok && result.events.at(-1)).toMatchObject({ data: { notification: { to: cast.colleague, messageKey: 'notification.quote.pendingApproval' } } });
  });

  it('takes the limits from the process', () => {
    const process = v.parse(processConfigSchema, { pricing: { maxDiscountPercent: 20 } });
    const { state } = given({ ...over, process }).when(act('quote.submit')).accepted();
    expect(state.quotes['QT-000001'].status).toBe('approved');
  });

  it('refuses a quote with no lines', () => {
    given(build([createQuote()], scene))
      .when(act('quote.submit'))
      .then({ rejection: { code: 'validation.incomplete', field: 'lines', messageKey: 'rejection.quote.no-lines', params: { id: 'QT-000001' } } });
  });

  it.each([['pendingApproval', pending], ['approved', approved], ['sent', sent], ['rejected', rejectedQuote]] as const)('refuses a quote that is %s', (from, state) => {
    given(state)
      .when(act('quote.submit'))
      .then({ rejection: { code: 'transition.not-allowed', field: 'id', messageKey: 'rejection.transition.quote', params: { id: 'QT-000001', from, command: 'submit' } } });
  });
});

describe('the price approval', () => {
  it('approves the quote when the lead approves; the deal’s team and the requester are told', () => {
    const decision = { by: cast.lead, role: 'lead', verdict: 'approved', comment: '', at: t0 } as const;
    const notification = { kind: 'changed', about: { entity: 'quote', id: 'QT-000001' }, from: cast.lead, at: t0, read: false } as const;
    const { state } = given(pending)
      .when(approve)
      .then([
        { type: 'approval.decided', data: { id: 'AP-000001', decision, status: 'approved' } },
        { type: 'quote.statusChanged', data: { id: 'QT-000001', from: 'pendingApproval', to: 'approved' } },
        {
          type: 'notification.created',
          data: { notification: { ...notification, id: 'NT-000004', to: cast.colleague, messageKey: 'notification.quote.approved', params: { id: 'QT-000001', code, name, total: 1700 } } },
        },
        {
          type: 'notification.created',
          data: {
            notification: {
              ...notification, id: 'NT-000005', to: cast.trainee, kind: 'approval.decided', about: { entity: 'approval', id: 'AP-000001' },
              messageKey: 'notification.approval.approved', params: { id: 'AP-000001', about: 'QT-000001' },
            },
          },
        },
      ]);
    expect(state.quotes['QT-000001']).toMatchObject({ status: 'approved', approval: 'AP-000001' });
  });

  it('may not be given by a trainee, not even one on the deal', () => {
    given(pending).when({ type: 'approval.approve', data: { id: 'AP-000001' } }).then({ rejection: { code: 'permission.denied', field: 'actor' } });
    given(pending).when({ ...approve, ...as(cast.colleague) }).then({ rejection: { code: 'permission.denied', field: 'actor' } });
  });

  it('sends the quote back when the lead rejects it; revised, it is a draft again to fix and resubmit', () => {
    expect(rejectedQuote.quotes['QT-000001']).toMatchObject({ status: 'rejected', approval: 'AP-000001' });
    expect(Object.values(rejectedQuote.notifications).slice(-2)).toMatchObject([
      { to: cast.colleague, messageKey: 'notification.quote.rejected' },
      { to: cast.trainee, messageKey: 'notification.approval.rejected' },
    ]);
    const { state } = given(rejectedQuote)
      .when(act('quote.revise'))
      .then([
        { type: 'quote.revised', data: { id: 'QT-000001', approval: 'AP-000001' } },
        {
          type: 'notification.created',
          data: {
            notification: {
              id: 'NT-000006', to: cast.colleague, kind: 'changed', about: { entity: 'quote', id: 'QT-000001' }, from: cast.trainee,
              messageKey: 'notification.quote.revised', params: { id: 'QT-000001', code, name, total: 1700 }, at: t0, read: false,
            },
          },
        },
      ]);
    expect(state.quotes['QT-000001']).toMatchObject({ status: 'draft', approval: '' });
    const fixed = build([{ type: 'quote.removeLine', data: { id: 'QT-000001', line: '1' } }, addLine('P-100001', '2', '', '10'), act('quote.submit')], state);
    expect(fixed.quotes['QT-000001']).toMatchObject({ status: 'approved', approval: '', total: 1800 });
  });

  it.each([['draft', within], ['pendingApproval', pending], ['approved', approved], ['sent', sent]] as const)('does not revise a quote that is %s', (from, state) => {
    given(state).when(act('quote.revise')).then({ rejection: { code: 'transition.not-allowed', field: 'id', params: { id: 'QT-000001', from, command: 'revise' } } });
  });
});

describe('quote.send', () => {
  it('sends an approved quote, valid for the process’s days, and makes it the deal’s quote', () => {
    const later = t0 + 3_600_000;
    const { state } = given(approved)
      .when({ ...act('quote.send'), meta: { at: later, actor: cast.trainee } })
      .then([
        { type: 'quote.sent', data: { id: 'QT-000001', validUntil: later + 30 * 24 * 3_600_000 } },
        { type: 'opportunity.updated', data: { id: 'OP-000001', before: { quote: '' }, after: { quote: 'QT-000001' } } },
        {
          type: 'notification.created',
          data: {
            notification: {
              id: 'NT-000006', to: cast.colleague, kind: 'changed', about: { entity: 'quote', id: 'QT-000001' }, from: cast.trainee,
              messageKey: 'notification.quote.sent', params: { id: 'QT-000001', code, name, total: 1700 }, at: later, read: false,
            },
          },
        },
      ]);
    expect(state.quotes['QT-000001'].status).toBe('sent');
    expect(state.opportunities['OP-000001'].quote).toBe('QT-000001');
  });

  it('sends a quote without a deal without touching any deal', () => {
    const { result } = given(build([act('quote.submit')], within)).when(act('quote.send')).accepted();
    expect(result.ok && result.events.map((event) => event.type)).toEqual(['quote.sent']);
  });

  it.each([['draft', within], ['pendingApproval', pending], ['rejected', rejectedQuote]] as const)('refuses to send a quote that is %s: the approval was skipped', (status, state) => {
    given(state)
      .when(act('quote.send'))
      .then({ rejection: { code: 'approval.required', field: 'id', messageKey: 'rejection.quote.not-approved', params: { id: 'QT-000001', status } } });
  });

  it('refuses to send a quote twice', () => {
    given(sent).when(act('quote.send')).then({ rejection: { code: 'transition.not-allowed', field: 'id', params: { id: 'QT-000001', from: 'sent', command: 'send' } } });
  });

  it('refuses an unknown quote', () => {
    given(sent).when(act('quote.send', 'QT-000404')).then({ rejection: { code: 'reference.unknown', field: 'id', params: { id: 'QT-000404' } } });
  });
});

describe('the customer’s answer', () => {
  it.each([
    ['quote.accept', 'accepted'],
    ['quote.decline', 'declined'],
  ] as const)('%s: a sent quote becomes %s and the deal’s team is told', (type, to) => {
    const { state, result } = given(sent).when(act(type, 'qt-000001')).accepted();
    expect(state.quotes['QT-000001'].status).toBe(to);
    expect(result.ok && result.events).toMatchObject([
      { type: 'quote.statusChanged', data: { id: 'QT-000001', from: 'sent', to } },
      { type: 'notification.created', data: { notification: { to: cast.colleague, messageKey: `notification.quote.${to}` } } },
    ]);
  });

  const accepted = build([act('quote.accept')], sent);
  it.each([
    ['quote.accept', 'approved', approved],
    ['quote.accept', 'draft', within],
    ['quote.decline', 'pendingApproval', pending],
    ['quote.decline', 'accepted', accepted],
    ['quote.accept', 'accepted', accepted],
  ] as const)('%s is refused while the quote is %s', (type, from, state) => {
    given(state).when(act(type)).then({ rejection: { code: 'transition.not-allowed', field: 'id', messageKey: 'rejection.transition.quote', params: { id: 'QT-000001', from, command: type.slice('quote.'.length) } } });
  });
});
