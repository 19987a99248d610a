import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import type { CommandInput } from '../commands.ts';
import { processConfigSchema } from '../process/config.ts';
import { setUp } from '../replay.ts';
import { build, cast, given, t0, type SpecCommand } from '../specification.ts';
import { emptySandbox } from '../state.ts';
import type { Product } from './records.ts';

type CreateData = Extract<CommandInput, { type: 'product.create' }>['data'];

const spindle: CreateData = { code: 'P-100023', nameZh: 'CNC主轴 X200', nameEn: 'CNC Spindle X200', unit: '台', listPrice: '12,800' };
const spindleProduct: Product = {
  code: 'P-100023',
  nameZh: 'CNC主轴 X200',
  nameEn: 'CNC Spindle X200',
  unit: '台',
  listPrice: 12_800,
  active: true,
  createdAt: t0,
};

const create = (data: Partial<CreateData> = {}): SpecCommand => ({ type: 'product.create', data: { ...spindle, ...data } });
const as = (actor: string) => ({ meta: { at: t0, actor } });
const withSpindle = build([create()]);

describe('product.create', () => {
  it('puts the product on the price list and files both names for duplicate checks', () => {
    const { state } = given([])
      .when(create())
      .then([{ type: 'product.created', data: { product: spindleProduct } }]);
    expect(state.products).toEqual({ 'P-100023': spindleProduct });
    expect(state.index.productNames).toEqual({ cnc主轴x200: 'P-100023', cncspindlex200: 'P-100023' });
  });

  it('accepts a code typed in full width or lower case, and a price in 万', () => {
    const { state } = given([]).when(create({ code: ' ｐ－１０００２３ ', listPrice: '1.28万' })).accepted();
    expect(state.products['P-100023']).toMatchObject({ code: 'P-100023', listPrice: 12_800 });
  });

  it.each(['code', 'nameZh', 'unit', 'listPrice'] as const)('refuses an empty %s', (field) => {
    given([])
      .when(create({ [field]: ' ' }))
      .then({ rejection: { code: 'validation.incomplete', field, messageKey: 'rejection.incomplete', params: { field } } });
  });

  it('does not require an English name', () => {
    const { state } = given([]).when(create({ nameEn: '' })).accepted();
    expect(state.index.productNames).toEqual({ cnc主轴x200: 'P-100023' });
  });

  it.each(['P-10023', 'P-1000234', 'C-100023', 'P100023', 'P-10002A'])('refuses the code %j, showing the format', (code) => {
    given([])
      .when(create({ code }))
      .then({ rejection: { code: 'validation.format', field: 'code', messageKey: 'rejection.format.product-code', params: { received: code, expected: 'P-100023' } } });
  });

  it('refuses a price that is not an amount', () => {
    given([])
      .when(create({ listPrice: 'ask sales' }))
      .then({ rejection: { code: 'validation.format', field: 'listPrice', messageKey: 'rejection.format.amount', params: { received: 'ask sales' } } });
  });

  it('refuses a code that is taken, whatever the names (one item, one code)', () => {
    given(withSpindle)
      .when(create({ code: 'p-100023', nameZh: '导轨', nameEn: 'Guide rail' }))
      .then({ rejection: { code: 'duplicate.code', field: 'code', messageKey: 'rejection.product.code-taken', params: { code: 'P-100023', name: 'CNC主轴 X200' } } });
  });

  describe('duplicate.suspected: one item, many codes', () => {
    it.each([
      ['nameZh', { nameZh: 'ＣＮＣ主轴（Ｘ２００）', nameEn: '' }],
      ['nameZh', { nameZh: 'cnc 主轴 x-200', nameEn: 'Something else' }],
      ['nameEn', { nameZh: '数控主轴', nameEn: 'ＣＮＣ ｓｐｉｎｄｌｅ， Ｘ２００' }],
    ] as const)('suspects the same item under a new code when %s matches (%j)', (field, names) => {
      given(withSpindle)
        .when(create({ code: 'P-100024', ...names }))
        .then({ rejection: { code: 'duplicate.suspected', field, messageKey: 'rejection.product.duplicate-name', params: { code: 'P-100023', name: 'CNC主轴 X200' } } });
    });

    it('keeps places and company words that a company name would drop: they are part of a product name', () => {
      given(withSpindle)
        .when(create({ code: 'P-100024', nameZh: '上海CNC主轴 X200', nameEn: 'CNC Spindle X200 Co' }))
        .accepted();
    });

    it('creates it when the user confirms it is a different item; the name stays filed under the first', () => {
      const { state } = given(withSpindle)
        .when(create({ code: 'P-100024', nameZh: 'CNC主轴X200', confirmDuplicate: true }))
        .accepted();
      expect(state.products['P-100024'].nameZh).toBe('CNC主轴X200');
      expect(state.products['P-100024'].duplicateOf).toBe('P-100023');
      expect(state.index.productNames['cnc主轴x200']).toBe('P-100023');
    });
  });
});

describe('product.requestPriceChange', () => {
  const request = (listPrice: string, code = 'P-100023'): SpecCommand => ({ type: 'product.requestPriceChange', data: { code, listPrice, reason: '原材料涨价' } });

  it('holds the new list price for approval and tells the requester’s team lead', () => {
    const { state } = given(withSpindle).when(request('13,500')).accepted();
    expect(state.products['P-100023'].listPrice).toBe(12_800);
    expect(state.approvals['AP-000001']).toMatchObject({
      kind: 'product.price',
      about: { entity: 'product', id: 'P-100023' },
      change: { listPrice: 13_500, reason: '原材料涨价' },
      requestedBy: cast.trainee,
      levels: ['lead'],
      status: 'pending',
    });
    expect(Object.values(state.notifications)).toMatchObject([
      { to: cast.lead, kind: 'approval.requested', messageKey: 'notification.approval.product.price', params: { id: 'AP-000001', about: 'P-100023' } },
    ]);
  });

  it('changes the price once the lead approves', () => {
    const pending = build([create(), request('13,500')]);
    const decision = { by: cast.lead, role: 'lead', verdict: 'approved', comment: '', at: t0 } as const;
    const { state } = given(pending)
      .when({ type: 'approval.approve', data: { id: 'AP-000001' }, ...as(cast.lead) })
      .then([
        { type: 'approval.decided', data: { id: 'AP-000001', decision, status: 'approved' } },
        { type: 'product.priceChanged', data: { code: 'P-100023', from: 12_800, to: 13_500, approval: 'AP-000001' } },
        {
          type: 'notification.created',
          data: {
            notification: {
              id: 'NT-000002',
              to: cast.trainee,
              kind: 'approval.decided',
              about: { entity: 'approval', id: 'AP-000001' },
              from: cast.lead,
              messageKey: 'notification.approval.approved',
              params: { id: 'AP-000001', about: 'P-100023' },
              at: t0,
              read: false,
            },
          },
        },
      ]);
    expect(state.products['P-100023'].listPrice).toBe(13_500);
  });

  it('leaves the price as it was when the lead rejects, and a trainee may not approve', () => {
    const pending = build([create(), request('9,800')]);
    given(pending).when({ type: 'approval.approve', data: { id: 'AP-000001' } }).then({ rejection: { code: 'permission.denied', field: 'actor' } });
    const { state } = given(pending)
      .when({ type: 'approval.reject', data: { id: 'AP-000001', comment: '降幅太大' }, ...as(cast.lead) })
      .accepted();
    expect(state.products['P-100023'].listPrice).toBe(12_800);
  });

  it('takes the review levels from the process', () => {
    const process = v.parse(processConfigSchema, { priceReviewLevels: ['lead', 'admin'] });
    const start = setUp(emptySandbox(t0, process), [], t0, 'test');
    const scene = build(
      [
        { type: 'user.create', data: { id: cast.lead, name: '李娜', role: 'lead', department: 'sales' }, meta: { at: t0, actor: 'system' } },
        { ...create(), meta: { at: t0, actor: cast.lead } },
        { ...request('13,500'), meta: { at: t0, actor: cast.lead } },
        { type: 'user.create', data: { id: 'lead.qian', name: '钱军', role: 'lead', department: 'sales' }, meta: { at: t0, actor: 'system' } },
        { type: 'user.create', data: { id: cast.admin, name: '吴敏', role: 'admin', department: 'management' }, meta: { at: t0, actor: 'system' } },
      ],
      start,
    );
    const first = given(scene).when({ type: 'approval.approve', data: { id: 'AP-000001' }, ...as('lead.qian') }).accepted();
    expect(first.state.products['P-100023'].listPrice).toBe(12_800);
    const { state } = given(first.state).when({ type: 'approval.approve', data: { id: 'AP-000001' }, ...as(cast.admin) }).accepted();
    expect(state.products['P-100023'].listPrice).toBe(13_500);
  });

  it.each([
    [{ listPrice: '' }, 'validation.incomplete', 'listPrice'],
    [{ reason: '' }, 'validation.incomplete', 'reason'],
    [{ listPrice: 'more' }, 'validation.format', 'listPrice'],
    [{ code: 'P-999999' }, 'reference.unknown', 'code'],
  ] as const)('refuses %j', (change, code, field) => {
    given(withSpindle)
      .when({ type: 'product.requestPriceChange', data: { code: 'P-100023', listPrice: '13,500', reason: '原材料涨价', ...change } })
      .then({ rejection: { code, field } });
  });

  it('refuses the price it already has, however typed', () => {
    given(withSpindle)
      .when(request('１２８００元'))
      .then({ rejection: { code: 'validation.format', field: 'listPrice', messageKey: 'rejection.product.same-price', params: { code: 'P-100023', listPrice: 12_800 } } });
  });

  it('refuses to reprice a retired product', () => {
    given([create(), { type: 'product.retire', data: { code: 'P-100023' } }])
      .when(request('13,500'))
      .then({ rejection: { code: 'transition.not-allowed', field: 'code', messageKey: 'rejection.product.retired', params: { code: 'P-100023' } } });
  });
});

describe('product.retire', () => {
  it('takes the product off the list, once', () => {
    const { state } = given(withSpindle)
      .when({ type: 'product.retire', data: { code: 'ｐ－１０００２３' } })
      .then([{ type: 'product.retired', data: { code: 'P-100023' } }]);
    expect(state.products['P-100023'].active).toBe(false);
    given(state).when({ type: 'product.retire', data: { code: 'P-100023' } }).then({ rejection: { code: 'transition.not-allowed', field: 'code' } });
  });

  it('refuses an unknown product', () => {
    given([])
      .when({ type: 'product.retire', data: { code: 'P-100023' } })
      .then({ rejection: { code: 'reference.unknown', field: 'code', messageKey: 'rejection.reference.product', params: { code: 'P-100023' } } });
  });
});
