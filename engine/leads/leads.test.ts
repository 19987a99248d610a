import { describe, expect, it } from 'vitest';
import type { CommandInput } from '../commands.ts';
import { cast, given, t0, type SpecCommand } from '../specification.ts';
import type { Lead } from './records.ts';

type LeadCreateData = Extract<CommandInput, { type: 'lead.create' }>['data'];

const huayuan: LeadCreateData = {
  company: '华远数控（苏州）有限公司',
  contactName: '陈静',
  phone: '138 1234 0001',
  email: 'Chen.Jing@huayuan-cnc.com',
  source: 'trade-show',
};

function create(data: Partial<LeadCreateData> = {}): SpecCommand {
  return { type: 'lead.create', data: { ...huayuan, ...data } };
}

const huayuanLead: Lead = {
  id: 'LD-000001',
  company: '华远数控(苏州)有限公司',
  companyKey: '华远数控',
  contactName: '陈静',
  phone: '+8613812340001',
  email: 'chen.jing@huayuan-cnc.com',
  source: 'trade-show',
  owner: cast.trainee,
  status: 'new',
  createdAt: t0,
};

const byId = (type: 'lead.markContacted' | 'lead.qualify', id = 'LD-000001'): SpecCommand => ({ type, data: { id } });
const disqualify = (reason: string): SpecCommand => ({ type: 'lead.disqualify', data: { id: 'LD-000001', reason } });

describe('lead.create', () => {
  it('creates a new lead with the phone in E.164 and the email lower-cased', () => {
    given([]).when(create()).then([{ type: 'lead.created', data: { lead: huayuanLead } }]);
  });

  it('does not need an email, and numbers leads in sequence', () => {
    const { state } = given([create()]).when(create({ company: '明德包装', phone: '139 0000 1111', email: '' })).accepted();
    expect(state.leads['LD-000002']).toMatchObject({ email: '', companyKey: '明德包装' });
  });

  it('tells the owner when someone else enters the lead for them', () => {
    const { result } = given([]).when(create({ owner: cast.colleague })).accepted();
    expect(result.ok && result.events).toMatchObject([
      { type: 'lead.created', data: { lead: { owner: cast.colleague } } },
      { type: 'notification.created', data: { notification: { to: cast.colleague, messageKey: 'notification.lead.assigned', params: { id: 'LD-000001' } } } },
    ]);
  });

  it.each([
    [{ company: '' }, 'validation.incomplete', 'company'],
    [{ contactName: ' ' }, 'validation.incomplete', 'contactName'],
    [{ phone: '' }, 'validation.incomplete', 'phone'],
    [{ source: '' }, 'validation.incomplete', 'source'],
    [{ phone: '1381234' }, 'validation.format', 'phone'],
    [{ email: 'chen@' }, 'validation.format', 'email'],
    [{ source: 'newspaper' }, 'validation.format', 'source'],
    [{ owner: 'u.nobody' }, 'reference.unknown', 'owner'],
  ] as const)('refuses %j', (change, code, field) => {
    given([]).when(create(change)).then({ rejection: { code, field } });
  });

  it('lists the sources it accepts', () => {
    given([])
      .when(create({ source: 'newspaper' }))
      .then({ rejection: { code: 'validation.format', field: 'source', messageKey: 'rejection.format.choice', params: { received: 'newspaper', expected: 'trade-show, website, referral, cold-call, partner' } } });
  });
});

describe('duplicate.suspected on lead.create', () => {
  const huayuanAccount: SpecCommand = {
    type: 'account.create',
    data: { code: 'C-SU-00502', nameZh: '苏州华远数控有限公司', industry: 'manufacturing', phone: '0512-6552 0000' },
  };

  it('flags a company that is a customer already, by the company field', () => {
    given([huayuanAccount])
      .when(create())
      .then({ rejection: { code: 'duplicate.suspected', field: 'company', messageKey: 'rejection.duplicate.suspected', params: { code: 'C-SU-00502', name: '苏州华远数控有限公司' } } });
  });

  it('flags a customer with the same number', () => {
    given([huayuanAccount]).when(create({ company: '某某公司', phone: '0512 6552 0000' })).then({ rejection: { code: 'duplicate.suspected', field: 'company' } });
  });

  it('flags an open lead for the same company typed another way, or with the same phone', () => {
    given([create()])
      .when(create({ company: '华远数控有限责任公司', phone: '139 0000 1111', email: '' }))
      .then({ rejection: { code: 'duplicate.suspected', field: 'company', messageKey: 'rejection.duplicate.lead', params: { id: 'LD-000001', company: '华远数控(苏州)有限公司' } } });
    given([create()]).when(create({ company: '另一家公司', phone: '+86 138-1234-0001' })).then({ rejection: { code: 'duplicate.suspected', field: 'company' } });
  });

  it('does not count a disqualified lead', () => {
    given([create(), disqualify('无预算')]).when(create()).then([{ type: 'lead.created', data: { lead: { ...huayuanLead, id: 'LD-000002' } } }]);
  });

  it('creates the lead when the user confirms, noting what it looked like', () => {
    given([huayuanAccount])
      .when(create({ confirmDuplicate: true }))
      .then([{ type: 'lead.created', data: { lead: { ...huayuanLead, duplicateOf: 'C-SU-00502' } } }]);
    given([create()])
      .when(create({ confirmDuplicate: true }))
      .then([{ type: 'lead.created', data: { lead: { ...huayuanLead, id: 'LD-000002', duplicateOf: 'LD-000001' } } }]);
  });
});

describe('working a lead', () => {
  it('goes new → contacted → qualified', () => {
    given([create()]).when(byId('lead.markContacted', ' ld-000001 ')).then([{ type: 'lead.contacted', data: { id: 'LD-000001' } }]);
    const { state } = given([create(), byId('lead.markContacted')]).when(byId('lead.qualify')).then([{ type: 'lead.qualified', data: { id: 'LD-000001' } }]);
    expect(state.leads['LD-000001'].status).toBe('qualified');
  });

  it.each([
    [[], 'lead.qualify'],
    [[byId('lead.markContacted')], 'lead.markContacted'],
    [[byId('lead.markContacted'), byId('lead.qualify')], 'lead.qualify'],
    [[byId('lead.markContacted'), byId('lead.qualify')], 'lead.markContacted'],
    [[disqualify('重复')], 'lead.markContacted'],
  ] as const)('refuses a step out of order (after %j: %s)', (steps, type) => {
    given([create(), ...steps])
      .when(byId(type))
      .then({ rejection: { code: 'transition.not-allowed', field: 'id', messageKey: 'rejection.transition.lead' } });
  });

  it('refuses an unknown lead', () => {
    given([]).when(byId('lead.markContacted', 'LD-000404')).then({ rejection: { code: 'reference.unknown', field: 'id', messageKey: 'rejection.reference.lead' } });
  });
});

describe('lead.disqualify', () => {
  it.each([
    [[], 'new'],
    [[byId('lead.markContacted')], 'contacted'],
    [[byId('lead.markContacted'), byId('lead.qualify')], 'qualified'],
  ] as const)('disqualifies a lead that is %#: %s, keeping the reason', (steps, from) => {
    const { state } = given([create(), ...steps])
      .when(disqualify(' 没有 预算 '))
      .then([{ type: 'lead.disqualified', data: { id: 'LD-000001', from, reason: '没有 预算' } }]);
    expect(state.leads['LD-000001']).toMatchObject({ status: 'disqualified', disqualifyReason: '没有 预算' });
  });

  it('needs a reason', () => {
    given([create()]).when(disqualify('  ')).then({ rejection: { code: 'validation.incomplete', field: 'reason' } });
  });

  it('does not disqualify twice', () => {
    given([create(), disqualify('无预算')]).when(disqualify('重复')).then({ rejection: { code: 'transition.not-allowed', field: 'id', params: { id: 'LD-000001', from: 'disqualified', command: 'lead.disqualify' } } });
  });
});
