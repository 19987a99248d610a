import { describe, expect, it } from 'vitest';
import type { CommandInput } from '../commands.ts';
import type { Account } from './records.ts';
import { given, t0, type SpecCommand } from '../specification.ts';

type AccountCreateData = Extract<CommandInput, { type: 'account.create' }>['data'];

const hengtong: AccountCreateData = {
  code: 'C-SH-00612',
  nameZh: '恒通电子（上海）有限公司',
  nameEn: 'Hengtong Electronics (Shanghai) Co., Ltd.',
  industry: 'electronics',
  phone: '021-5048 3321',
};

function create(data: Partial<AccountCreateData> = {}): SpecCommand {
  return { type: 'account.create', data: { ...hengtong, ...data } };
}

/** A second company, unlike Hengtong in every field that duplicate detection looks at. */
const mingde: Partial<AccountCreateData> = {
  code: 'C-SU-00501',
  nameZh: '苏州明德包装材料有限公司',
  nameEn: 'Suzhou Mingde Packaging Materials Co., Ltd.',
  industry: 'manufacturing',
  phone: '0512-6552 3180',
};

const mingdeAccount: Account = {
  code: 'C-SU-00501',
  region: 'SU',
  nameZh: '苏州明德包装材料有限公司',
  nameEn: 'Suzhou Mingde Packaging Materials Co., Ltd.',
  industry: 'manufacturing',
  phone: '+8651265523180',
  annualValue: 0,
  segment: 'C',
  address: '',
  creditLimit: 50_000,
  owner: 'tester',
  team: [],
  status: 'prospect',
  createdAt: t0,
};

const hengtongAccount: Account = {
  code: 'C-SH-00612',
  region: 'SH',
  nameZh: '恒通电子(上海)有限公司',
  nameEn: 'Hengtong Electronics (Shanghai) Co., Ltd.',
  industry: 'electronics',
  phone: '+862150483321',
  annualValue: 0,
  segment: 'C',
  address: '',
  creditLimit: 50_000,
  owner: 'tester',
  team: [],
  status: 'prospect',
  createdAt: t0,
};

describe('account.create', () => {
  it('creates a prospect with its code, region, cleaned names and an E.164 phone', () => {
    given([]).when(create()).then([{ type: 'account.created', data: { account: hengtongAccount } }]);
  });

  it('takes the creation time from the command, not from anywhere else', () => {
    const at = t0 + 3_600_000;
    const { state } = given([]).when({ ...create(), meta: { at, actor: 'tester' } }).then([
      { type: 'account.created', data: { account: { ...hengtongAccount, createdAt: at } } },
    ]);
    expect(state.accounts['C-SH-00612'].createdAt).toBe(at);
  });

  it('does not require an English name', () => {
    const { state } = given([]).when(create({ nameEn: '  ' })).then([
      { type: 'account.created', data: { account: { ...hengtongAccount, nameEn: '' } } },
    ]);
    expect(Object.keys(state.accounts)).toEqual(['C-SH-00612']);
  });

  describe('validation.incomplete', () => {
    it.each([
      ['code', ''],
      ['nameZh', ''],
      ['industry', ''],
      ['phone', ''],
      ['code', '   '],
      ['nameZh', '\u3000'],
      ['phone', ' \t '],
    ] as const)('refuses an empty %s (%j)', (field, value) => {
      given([])
        .when(create({ [field]: value }))
        .then({ rejection: { code: 'validation.incomplete', field, messageKey: 'rejection.incomplete', params: { field } } });
    });

    it('names the first missing field in form order', () => {
      given([])
        .when(create({ nameZh: '', phone: '' }))
        .then({ rejection: { code: 'validation.incomplete', field: 'nameZh' } });
      given([])
        .when(create({ code: '', nameZh: '', industry: '', phone: '' }))
        .then({ rejection: { code: 'validation.incomplete', field: 'code' } });
    });
  });

  describe('validation.format of the code', () => {
    it.each(['V2024-118', 'C-SH-107', 'C-SH-001070', 'C-XX-00107', 'CSH00107', 'C_SH_00107', 'C-SH-0010A', 'c—sh—00107'])(
      'refuses %s, saying what was typed and what is expected',
      (code) => {
        given([])
          .when(create({ code }))
          .then({
            rejection: { code: 'validation.format', field: 'code', messageKey: 'rejection.format.code', params: { received: code, expected: 'C-SH-00107' } },
          });
      },
    );

    it.each(['Ｃ－ＳＨ－００６１２', 'ｃ-sh-００６１２', '  c-sh-00612 ', 'C-SH-００６１２'])('accepts %s once width, case and spaces are normalised', (code) => {
      given([]).when(create({ code })).then([{ type: 'account.created', data: { account: hengtongAccount } }]);
    });

    it('files the account under the region in its code', () => {
      const { state } = given([]).when(create(mingde)).then([{ type: 'account.created', data: { account: mingdeAccount } }]);
      expect(state.accounts['C-SU-00501'].region).toBe('SU');
    });
  });

  describe('validation.format of the industry', () => {
    it.each(['banking', '制造业', 'Electronics', 'electronics '])('refuses %j, listing the choices', (industry) => {
      given([])
        .when(create({ industry }))
        .then({
          rejection: {
            code: 'validation.format',
            field: 'industry',
            messageKey: 'rejection.format.industry',
            params: { received: industry, expected: 'manufacturing, electronics, trading, logistics, retail, construction, chemicals, food' },
          },
        });
    });
  });

  describe('validation.format of the phone', () => {
    it.each(['12345', 'abc', '021-5048', '139 1234 567', '+86 000 0000'])('refuses %j', (phone) => {
      given([])
        .when(create({ phone }))
        .then({ rejection: { code: 'validation.format', field: 'phone', messageKey: 'rejection.format.phone', params: { received: phone } } });
    });

    it.each(['+86 21 5048 3321', '0086 21 50483321', '（０２１）５０４８ ３３２１', '02150483321'])('stores %j in E.164', (phone) => {
      given([]).when(create({ phone })).then([{ type: 'account.created', data: { account: hengtongAccount } }]);
    });
  });

  describe('duplicate.code', () => {
    it('refuses a code that is already taken, even by a different company', () => {
      given([create()])
        .when(create({ ...mingde, code: 'C-SH-00612' }))
        .then({ rejection: { code: 'duplicate.code', field: 'code', messageKey: 'rejection.duplicate.code', params: { code: 'C-SH-00612' } } });
    });

    it('compares the code after normalisation', () => {
      given([create()])
        .when(create({ ...mingde, code: 'ｃ－ｓｈ－００６１２' }))
        .then({ rejection: { code: 'duplicate.code', field: 'code', params: { code: 'C-SH-00612' } } });
    });

    it('wins over a suspected duplicate, even when the user confirms', () => {
      given([create()])
        .when(create({ confirmDuplicate: true }))
        .then({ rejection: { code: 'duplicate.code', field: 'code' } });
    });
  });

  describe('duplicate.suspected', () => {
    const suspected = {
      rejection: {
        code: 'duplicate.suspected',
        field: 'nameZh',
        messageKey: 'rejection.duplicate.suspected',
        params: { code: 'C-SH-00612', name: '恒通电子(上海)有限公司' },
      },
    } as const;
    /** Another code and another switchboard, so only the name can match. */
    const another = { code: 'C-SH-00613', phone: '021-5048 9999' };

    it.each([
      ['有限责任公司 for 有限公司', '恒通电子（上海）有限责任公司'],
      ['股份有限公司 for 有限公司', '恒通电子（上海）股份有限公司'],
      ['half-width parentheses', '恒通电子(上海)有限公司'],
      ['spaces around half-width parentheses', '恒通电子 (上海) 有限公司'],
      ['no legal form', '恒通电子（上海）'],
    ])('flags a Chinese name that differs only by %s', (_, nameZh) => {
      given([create()])
        .when(create({ ...another, nameZh, nameEn: '' }))
        .then(suspected);
    });

    it('flags full-width letters against half-width ones', () => {
      given([create({ nameZh: 'ABC电子（上海）有限公司', nameEn: '' })])
        .when(create({ ...another, nameZh: 'ＡＢＣ电子(上海)有限责任公司', nameEn: '' }))
        .then({ rejection: { code: 'duplicate.suspected', field: 'nameZh', params: { code: 'C-SH-00612', name: 'ABC电子(上海)有限公司' } } });
    });

    it.each([
      ['Company Limited for Co., Ltd.', 'Hengtong Electronics (Shanghai) Company Limited'],
      ['upper case', 'HENGTONG ELECTRONICS (SHANGHAI) CO., LTD.'],
      ['lower case without punctuation', 'hengtong electronics shanghai co ltd'],
      ['full-width letters', 'Ｈｅｎｇｔｏｎｇ Electronics (Shanghai) Limited'],
    ])('flags an English name that differs only by %s', (_, nameEn) => {
      given([create()])
        .when(create({ ...another, nameZh: '恒通电子科技（苏州）有限公司', nameEn }))
        .then({ rejection: { ...suspected.rejection, field: 'nameEn' } });
    });

    it('flags an English name typed into the Chinese name field', () => {
      given([create()])
        .when(create({ ...another, nameZh: 'Hengtong Electronics (Shanghai) Ltd', nameEn: '' }))
        .then(suspected);
    });

    it('flags the same switchboard number however it is typed', () => {
      given([create()])
        .when(create({ ...mingde, code: 'C-SU-00501', phone: '+86 21 5048 3321' }))
        .then({ rejection: { ...suspected.rejection, field: 'phone' } });
    });

    it('names the first look-alike in creation order', () => {
      given([create(), create({ code: 'C-SH-00613', nameZh: '恒通电子（上海）有限责任公司', nameEn: '', phone: '021-5048 1111', confirmDuplicate: true })])
        .when(create({ code: 'C-SH-00614', nameZh: '恒通电子上海公司', nameEn: '', phone: '021-5048 2222' }))
        .then(suspected);
    });

    it('lets a different company through', () => {
      given([create()])
        .when(create(mingde))
        .then([{ type: 'account.created', data: { account: mingdeAccount } }]);
    });

    it('does not match two accounts on an empty English name', () => {
      given([create({ nameEn: '' })])
        .when(create({ ...mingde, nameEn: '' }))
        .then([{ type: 'account.created', data: { account: { ...mingdeAccount, nameEn: '' } } }]);
    });

    it('creates the account with duplicateOf when the user confirms', () => {
      const { state } = given([create()])
        .when(create({ ...another, nameZh: '恒通电子(上海)有限责任公司', confirmDuplicate: true }))
        .then([
          {
            type: 'account.created',
            data: {
              account: {
                ...hengtongAccount,
                code: 'C-SH-00613',
                nameZh: '恒通电子(上海)有限责任公司',
                phone: '+862150489999',
                duplicateOf: 'C-SH-00612',
              },
            },
          },
        ]);
      expect(Object.keys(state.accounts)).toEqual(['C-SH-00612', 'C-SH-00613']);
    });

    it('sets no duplicateOf when the confirmation was not needed', () => {
      const { state } = given([create()])
        .when(create({ ...mingde, confirmDuplicate: true }))
        .then([{ type: 'account.created', data: { account: mingdeAccount } }]);
      expect(state.accounts['C-SU-00501']).not.toHaveProperty('duplicateOf');
    });
  });
});

describe('account lifecycle commands', () => {
  const code = hengtong.code;

  it('moves prospect → active → dormant → active', () => {
    const activated = given([create()])
      .when({ type: 'account.activate', data: { code } })
      .then([{ type: 'account.statusChanged', data: { code, from: 'prospect', to: 'active' } }]);
    expect(activated.state.accounts[code].status).toBe('active');

    const dormant = given(activated.state)
      .when({ type: 'account.markDormant', data: { code } })
      .then([{ type: 'account.statusChanged', data: { code, from: 'active', to: 'dormant' } }]);
    expect(dormant.state.accounts[code].status).toBe('dormant');

    const back = given(dormant.state)
      .when({ type: 'account.reactivate', data: { code } })
      .then([{ type: 'account.statusChanged', data: { code, from: 'dormant', to: 'active' } }]);
    expect(back.state.accounts[code]).toEqual({ ...hengtongAccount, status: 'active' });
  });

  it('finds the account by a code typed in another width or case', () => {
    given([create()])
      .when({ type: 'account.activate', data: { code: 'ｃ-sh-00612' } })
      .then([{ type: 'account.statusChanged', data: { code, from: 'prospect', to: 'active' } }]);
  });

  const pathTo = { prospect: [], active: ['account.activate'], dormant: ['account.activate', 'account.markDormant'] } as const;

  it.each([
    ['account.markDormant', 'prospect'],
    ['account.reactivate', 'prospect'],
    ['account.activate', 'active'],
    ['account.reactivate', 'active'],
    ['account.activate', 'dormant'],
    ['account.markDormant', 'dormant'],
  ] as const)('refuses %s on a %s account', (type, from) => {
    given([create(), ...pathTo[from].map((step): SpecCommand => ({ type: step, data: { code } }))])
      .when({ type, data: { code } })
      .then({
        rejection: { code: 'transition.not-allowed', field: 'status', messageKey: 'rejection.transition.account', params: { from, command: type } },
      });
  });

  it.each(['account.activate', 'account.markDormant', 'account.reactivate'] as const)('%s refuses an unknown code', (type) => {
    given([create()])
      .when({ type, data: { code: 'C-SH-00999' } })
      .then({ rejection: { code: 'reference.unknown', field: 'code', messageKey: 'rejection.reference.account', params: { code: 'C-SH-00999' } } });
  });

  it('refuses a code that is not even in the format as unknown', () => {
    given([create()])
      .when({ type: 'account.activate', data: { code: 'V2024-118' } })
      .then({ rejection: { code: 'reference.unknown', field: 'code' } });
  });
});
