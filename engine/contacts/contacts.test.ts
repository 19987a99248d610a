import { describe, expect, it } from 'vitest';
import type { CommandInput } from '../commands.ts';
import type { Contact } from './records.ts';
import { build, given, t0, type SpecCommand } from '../specification.ts';

type ContactCreateData = Extract<CommandInput, { type: 'contact.create' }>['data'];

const mingde: SpecCommand = {
  type: 'account.create',
  data: {
    code: 'C-SU-00501',
    nameZh: '苏州明德包装材料有限公司',
    nameEn: 'Suzhou Mingde Packaging Materials Co., Ltd.',
    industry: 'manufacturing',
    phone: '0512-6552 3180',
  },
};

const liuYang: ContactCreateData = {
  accountCode: 'C-SU-00501',
  name: '刘洋',
  title: '采购经理',
  phone: '139 1234 5678',
  email: 'liu.yang@mingde-pack.com',
};

function create(data: Partial<ContactCreateData> = {}): SpecCommand {
  return { type: 'contact.create', data: { ...liuYang, ...data } };
}

const liuYangContact: Contact = {
  id: 'CT-000001',
  accountCode: 'C-SU-00501',
  name: '刘洋',
  title: '采购经理',
  role: 'other',
  phone: '+8613912345678',
  email: 'liu.yang@mingde-pack.com',
  createdAt: t0,
};

const withMingde = build([mingde]);

describe('contact.create', () => {
  it('creates a contact at an existing account', () => {
    const { state } = given(withMingde)
      .when(create())
      .then([{ type: 'contact.created', data: { contact: liuYangContact } }]);
    expect(state.contacts).toEqual({ 'CT-000001': liuYangContact });
    expect(state.serials.contacts).toBe(2);
  });

  describe('validation.incomplete', () => {
    it.each([
      ['accountCode', ''],
      ['name', ''],
      ['phone', ''],
      ['name', ' \u3000 '],
    ] as const)('refuses an empty %s (%j)', (field, value) => {
      given(withMingde)
        .when(create({ [field]: value }))
        .then({ rejection: { code: 'validation.incomplete', field, messageKey: 'rejection.incomplete', params: { field } } });
    });

    it('checks for missing fields before it looks the account up', () => {
      given([])
        .when(create({ name: '' }))
        .then({ rejection: { code: 'validation.incomplete', field: 'name' } });
    });

    it('does not require a title', () => {
      given(withMingde)
        .when(create({ title: '' }))
        .then([{ type: 'contact.created', data: { contact: { ...liuYangContact, title: '' } } }]);
    });
  });

  describe('reference.unknown', () => {
    it('refuses a contact at an account that does not exist', () => {
      given(withMingde)
        .when(create({ accountCode: 'C-SU-00502' }))
        .then({ rejection: { code: 'reference.unknown', field: 'accountCode', messageKey: 'rejection.reference.account', params: { code: 'C-SU-00502' } } });
    });

    it('refuses the customer’s own number in place of our code', () => {
      given(withMingde)
        .when(create({ accountCode: 'V2024-118' }))
        .then({ rejection: { code: 'reference.unknown', field: 'accountCode', params: { code: 'V2024-118' } } });
    });

    it('finds the account by a code typed in another width or case', () => {
      given(withMingde)
        .when(create({ accountCode: ' ｃ－ｓｕ－００５０１ ' }))
        .then([{ type: 'contact.created', data: { contact: liuYangContact } }]);
    });
  });

  describe('validation.format', () => {
    it.each(['1391234567', '139123456789', 'abc', '+86 000 0000'])('refuses the phone %j', (phone) => {
      given(withMingde)
        .when(create({ phone }))
        .then({ rejection: { code: 'validation.format', field: 'phone', messageKey: 'rejection.format.phone', params: { received: phone } } });
    });

    it.each(['liu.yang', 'liu@', '@mingde-pack.com', 'liu yang@mingde-pack.com', 'liu.yang@@mingde-pack.com'])('refuses the email %j', (email) => {
      given(withMingde)
        .when(create({ email }))
        .then({ rejection: { code: 'validation.format', field: 'email', messageKey: 'rejection.format.email', params: { received: email } } });
    });

    it.each(['', '   ', '\u3000'])('allows an empty email (%j) and stores ""', (email) => {
      given(withMingde)
        .when(create({ email }))
        .then([{ type: 'contact.created', data: { contact: { ...liuYangContact, email: '' } } }]);
    });
  });

  describe('normalisation', () => {
    it.each([
      ['139-1234-5678', '+8613912345678'],
      ['+86 139 1234 5678', '+8613912345678'],
      ['0086 13912345678', '+8613912345678'],
      ['１３９ １２３４ ５６７８', '+8613912345678'],
      ['+44 20 7946 0958', '+442079460958'],
    ])('stores the phone %j as %s', (phone, e164) => {
      given(withMingde)
        .when(create({ phone }))
        .then([{ type: 'contact.created', data: { contact: { ...liuYangContact, phone: e164 } } }]);
    });

    it.each([
      ['Liu.Yang@Mingde-Pack.COM', 'liu.yang@mingde-pack.com'],
      ['liu.yang＠mingde-pack.com', 'liu.yang@mingde-pack.com'],
      ['  ＬＩＵ.ｙａｎｇ＠ｍｉｎｇｄｅ-pack.com ', 'liu.yang@mingde-pack.com'],
    ])('stores the email %j as %s', (email, stored) => {
      given(withMingde)
        .when(create({ email }))
        .then([{ type: 'contact.created', data: { contact: { ...liuYangContact, email: stored } } }]);
    });

    it('cleans the name and title, and stores the account code normalised', () => {
      given(withMingde)
        .when(create({ accountCode: 'c-su-00501', name: '  刘  洋 ', title: 'Purchasing\u3000 Manager ' }))
        .then([{ type: 'contact.created', data: { contact: { ...liuYangContact, name: '刘 洋', title: 'Purchasing Manager' } } }]);
    });
  });

  describe('ids', () => {
    it('numbers contacts in sequence, across accounts', () => {
      const state = build(
        [
          create(),
          { type: 'account.create', data: { code: 'C-HZ-00501', nameZh: '杭州启航跨境电商有限公司', nameEn: '', industry: 'trading', phone: '0571-8517 2260' } },
          create({ accountCode: 'C-HZ-00501', name: '周雯', phone: '+86 186-0571-3322', email: '' }),
        ],
        withMingde,
      );
      expect(Object.keys(state.contacts)).toEqual(['CT-000001', 'CT-000002']);
      expect(state.contacts['CT-000002']).toMatchObject({ id: 'CT-000002', accountCode: 'C-HZ-00501', name: '周雯' });
      given(state)
        .when(create({ name: '张伟', phone: '138 0000 1111', email: '' }))
        .then([{ type: 'contact.created', data: { contact: { ...liuYangContact, id: 'CT-000003', name: '张伟', phone: '+8613800001111', email: '' } } }]);
    });

    it('does not spend an id on a refused contact', () => {
      const refused = given(withMingde).when(create({ email: 'liu@' })).then({ rejection: { code: 'validation.format', field: 'email' } });
      expect(refused.state.serials.contacts).toBe(1);
      given(refused.state)
        .when(create())
        .then([{ type: 'contact.created', data: { contact: liuYangContact } }]);
    });

  });

  describe('duplicate.suspected', () => {
    const withLiuYang = () => build([create()], withMingde);

    it('flags the same mobile typed another way, naming the contact who has it', () => {
      given(withLiuYang())
        .when(create({ name: '刘阳', phone: '+86 139-1234-5678', email: '' }))
        .then({ rejection: { code: 'duplicate.suspected', field: 'phone', messageKey: 'rejection.duplicate.contact', params: { id: 'CT-000001', name: '刘洋' } } });
    });

    it('flags the same email in another case', () => {
      given(withLiuYang())
        .when(create({ phone: '138 0000 1111', email: 'LIU.YANG@mingde-pack.com' }))
        .then({ rejection: { code: 'duplicate.suspected', field: 'email' } });
    });

    it('creates the second contact when the user confirms', () => {
      given(withLiuYang())
        .when(create({ confirmDuplicate: true }))
        .then([{ type: 'contact.created', data: { contact: { ...liuYangContact, id: 'CT-000002', duplicateOf: 'CT-000001' } } }]);
    });
  });

  describe('contact.update', () => {
    it('changes only the given fields and records them before and after', () => {
      given(build([create()], withMingde))
        .when({ type: 'contact.update', data: { id: 'CT-000001', title: '采购总监', role: 'decision-maker', phone: '139 1234 5678' } })
        .then([
          {
            type: 'contact.updated',
            data: { id: 'CT-000001', before: { title: '采购经理', role: 'other' }, after: { title: '采购总监', role: 'decision-maker' } },
          },
        ]);
    });

    it.each([
      [{ phone: '12345' }, 'validation.format', 'phone'],
      [{ email: 'liu@' }, 'validation.format', 'email'],
      [{ role: 'boss' }, 'validation.format', 'role'],
      [{ title: '采购经理' }, 'validation.incomplete', 'id'],
    ] as const)('refuses %j', (change, code, field) => {
      given(build([create()], withMingde))
        .when({ type: 'contact.update', data: { id: 'CT-000001', ...change } })
        .then({ rejection: { code, field } });
    });

    it('refuses an unknown contact', () => {
      given(withMingde)
        .when({ type: 'contact.update', data: { id: 'CT-000099', title: 'x' } })
        .then({ rejection: { code: 'reference.unknown', field: 'id' } });
    });
  });
});
