import { describe, expect, it } from 'vitest';
import type { CommandInput } from '../commands.ts';
import { build, cast, given, t0, type SpecCommand } from '../specification.ts';

type ConvertData = Extract<CommandInput, { type: 'lead.convert' }>['data'];

const huayuan: SpecCommand = {
  type: 'lead.create',
  data: { company: '华远数控（苏州）有限公司', contactName: '陈静', phone: '138 1234 0001', email: 'chen.jing@huayuan-cnc.com', source: 'referral' },
};
const qualified = build([huayuan, { type: 'lead.markContacted', data: { id: 'LD-000001' } }, { type: 'lead.qualify', data: { id: 'LD-000001' } }]);

const conversion: ConvertData = {
  id: 'LD-000001',
  accountCode: 'C-SU-00502',
  nameEn: 'Huayuan CNC (Suzhou) Co., Ltd.',
  industry: 'manufacturing',
  opportunityName: '五轴加工中心 2 台',
  amount: '86万',
};

function convert(data: Partial<ConvertData> = {}, actor: string = cast.trainee): SpecCommand {
  return { type: 'lead.convert', data: { ...conversion, ...data }, meta: { at: t0, actor } };
}

describe('lead.convert', () => {
  it('creates the customer, the contact and the deal in one command, and the lead records them', () => {
    const { state } = given(qualified)
      .when(convert())
      .then([
        {
          type: 'account.created',
          data: {
            account: {
              code: 'C-SU-00502',
              region: 'SU',
              nameZh: '华远数控(苏州)有限公司',
              nameEn: 'Huayuan CNC (Suzhou) Co., Ltd.',
              industry: 'manufacturing',
              annualValue: 0,
              segment: 'C',
              address: '',
              phone: '+8613812340001',
              creditLimit: 50_000,
              owner: cast.trainee,
              team: [],
              status: 'prospect',
              createdAt: t0,
            },
          },
        },
        {
          type: 'contact.created',
          data: {
            contact: { id: 'CT-000001', accountCode: 'C-SU-00502', name: '陈静', title: '', role: 'other', phone: '+8613812340001', email: 'chen.jing@huayuan-cnc.com', createdAt: t0 },
          },
        },
        {
          type: 'opportunity.created',
          data: {
            opportunity: {
              id: 'OP-000001',
              accountCode: 'C-SU-00502',
              name: '五轴加工中心 2 台',
              stage: 'prospecting',
              amount: 860_000,
              expectedClose: '',
              decisionMaker: '',
              needs: '',
              competitors: '',
              quote: '',
              owner: cast.trainee,
              team: [],
              createdAt: t0,
            },
          },
        },
        { type: 'lead.converted', data: { id: 'LD-000001', account: 'C-SU-00502', contact: 'CT-000001', opportunity: 'OP-000001' } },
      ]);
    expect(state.leads['LD-000001']).toMatchObject({ status: 'converted', converted: { account: 'C-SU-00502', contact: 'CT-000001', opportunity: 'OP-000001' } });
    expect(Object.keys(state.accounts)).toEqual(['C-SU-00502']);
    expect(state.serials).toMatchObject({ contacts: 2, opportunities: 2 });
  });

  it('takes a Chinese name when one is typed, and gives everything to the lead’s owner', () => {
    const theirs = build([{ ...huayuan, data: { ...huayuan.data, owner: cast.colleague } } as SpecCommand, { type: 'lead.markContacted', data: { id: 'LD-000001' } }, { type: 'lead.qualify', data: { id: 'LD-000001' } }]);
    const { state, result } = given(theirs).when(convert({ nameZh: '华远数控有限公司' })).accepted();
    expect(state.accounts['C-SU-00502']).toMatchObject({ nameZh: '华远数控有限公司', owner: cast.colleague });
    expect(state.opportunities['OP-000001'].owner).toBe(cast.colleague);
    expect(result.ok && result.events.map((event) => event.type)).toEqual(['account.created', 'contact.created', 'opportunity.created', 'notification.created', 'lead.converted']);
  });

  it.each([
    [[], 'new'],
    [[{ type: 'lead.markContacted', data: { id: 'LD-000001' } }], 'contacted'],
    [[{ type: 'lead.disqualify', data: { id: 'LD-000001', reason: '无预算' } }], 'disqualified'],
  ] as const)('converts only a qualified lead (not one that is %#: %s)', (steps, from) => {
    given([huayuan, ...steps])
      .when(convert())
      .then({ rejection: { code: 'transition.not-allowed', field: 'id', params: { id: 'LD-000001', from, command: 'lead.convert' } } });
  });

  it('does not convert a lead twice', () => {
    given(build([convert()], qualified)).when(convert({ accountCode: 'C-SU-00503' })).then({ rejection: { code: 'transition.not-allowed', field: 'id' } });
  });

  it('refuses an unknown lead', () => {
    given(qualified).when(convert({ id: 'LD-000404' })).then({ rejection: { code: 'reference.unknown', field: 'id' } });
  });

  describe('refuses with the account’s, the contact’s or the deal’s own field', () => {
    const existing: SpecCommand = {
      type: 'account.create',
      data: { code: 'C-SU-00502', nameZh: '苏州明德包装材料有限公司', industry: 'manufacturing', phone: '0512-6552 3180' },
    };

    it.each([
      [{ accountCode: '' }, 'validation.incomplete', 'code', 'rejection.incomplete'],
      [{ accountCode: 'V2024-118' }, 'validation.format', 'code', 'rejection.format.code'],
      [{ industry: '' }, 'validation.incomplete', 'industry', 'rejection.incomplete'],
      [{ industry: 'banking' }, 'validation.format', 'industry', 'rejection.format.industry'],
      [{ opportunityName: ' ' }, 'validation.incomplete', 'opportunityName', 'rejection.incomplete'],
      [{ amount: 'a lot' }, 'validation.format', 'amount', 'rejection.format.amount'],
    ] as const)('%j', (change, code, field, messageKey) => {
      given(qualified).when(convert(change)).then({ rejection: { code, field, messageKey } });
    });

    it('a code already taken', () => {
      given(build([existing], qualified)).when(convert()).then({ rejection: { code: 'duplicate.code', field: 'code', params: { code: 'C-SU-00502' } } });
    });

    it('a customer that exists already, unless confirmed', () => {
      const twin = build([{ ...existing, data: { ...existing.data, code: 'C-SU-00777', nameZh: '华远数控有限公司' } } as SpecCommand], qualified);
      given(twin).when(convert()).then({ rejection: { code: 'duplicate.suspected', field: 'nameZh', params: { code: 'C-SU-00777', name: '华远数控有限公司' } } });
      const { state } = given(twin).when(convert({ confirmDuplicate: true })).accepted();
      expect(state.accounts['C-SU-00502'].duplicateOf).toBe('C-SU-00777');
    });

    it('a contact with the lead’s phone at another customer', () => {
      const taken = build([existing, { type: 'contact.create', data: { accountCode: 'C-SU-00502', name: '刘洋', phone: '138-1234-0001' } }], qualified);
      given(taken)
        .when(convert({ accountCode: 'C-SU-00503' }))
        .then({ rejection: { code: 'duplicate.suspected', field: 'phone', messageKey: 'rejection.duplicate.contact', params: { id: 'CT-000001', name: '刘洋' } } });
    });

    it('and spends no id on a refused conversion', () => {
      const refused = given(qualified).when(convert({ amount: 'a lot' })).then({ rejection: { code: 'validation.format', field: 'amount' } });
      expect(refused.state.serials).toMatchObject({ contacts: 1, opportunities: 1 });
      expect(refused.state.accounts).toEqual({});
    });
  });
});
