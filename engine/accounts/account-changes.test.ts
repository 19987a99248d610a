import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { processConfigSchema } from '../process/config.ts';
import { build, cast, castSandbox, given, t0, type SpecCommand } from '../specification.ts';
import { setUp } from '../replay.ts';
import { emptySandbox } from '../state.ts';

const hengtong: SpecCommand = {
  type: 'account.create',
  data: { code: 'C-SH-00612', nameZh: '恒通电子（上海）有限公司', industry: 'electronics', phone: '021-5048 3321', annualValue: '80万' },
};
const as = (actor: string) => ({ meta: { at: t0, actor } });

describe('account.create: the company’s own fields', () => {
  it.each([
    ['', 0, 'C', 50_000],
    ['49,999', 49_999, 'C', 50_000],
    ['50万', 500_000, 'B', 300_000],
    ['２００万元', 2_000_000, 'A', 1_000_000],
  ] as const)('files an annual value of %j as segment %s with its default credit limit', (annualValue, value, segment, creditLimit) => {
    const { state } = given([]).when({ ...hengtong, data: { ...hengtong.data, annualValue } } as SpecCommand).accepted();
    expect(state.accounts['C-SH-00612']).toMatchObject({ annualValue: value, segment, creditLimit });
  });

  it('takes segment thresholds and limits from the process', () => {
    const process = v.parse(processConfigSchema, { segments: { A: 100_000, B: 10_000 }, credit: { defaultLimits: { A: 9, B: 8, C: 7 } } });
    const start = setUp(emptySandbox(t0, process), [], t0, 'test');
    const { state } = given(start)
      .when({ ...hengtong, meta: { at: t0, actor: 'system' } })
      .accepted();
    expect(state.accounts['C-SH-00612']).toMatchObject({ segment: 'A', creditLimit: 9 });
  });

  it('refuses an annual value that is not an amount', () => {
    given([])
      .when({ ...hengtong, data: { ...hengtong.data, annualValue: 'about a million' } } as SpecCommand)
      .then({ rejection: { code: 'validation.format', field: 'annualValue', messageKey: 'rejection.format.amount' } });
  });

  it('gives the account to its creator unless an owner is named, who must exist', () => {
    const mine = build([hengtong]);
    expect(mine.accounts['C-SH-00612'].owner).toBe(cast.trainee);
    const theirs = build([{ ...hengtong, data: { ...hengtong.data, owner: cast.colleague } } as SpecCommand]);
    expect(theirs.accounts['C-SH-00612'].owner).toBe(cast.colleague);
    given([])
      .when({ ...hengtong, data: { ...hengtong.data, owner: 'u.nobody' } } as SpecCommand)
      .then({ rejection: { code: 'reference.unknown', field: 'owner' } });
  });
});

describe('account.update', () => {
  it('records each changed field before and after, re-segmenting on a new annual value', () => {
    given([hengtong])
      .when({ type: 'account.update', data: { code: 'c-sh-00612', address: '上海市浦东新区张江路 88 号', annualValue: '300万', nameEn: '' } })
      .then([
        {
          type: 'account.updated',
          data: {
            code: 'C-SH-00612',
            before: { address: '', annualValue: 800_000, segment: 'B' },
            after: { address: '上海市浦东新区张江路 88 号', annualValue: 3_000_000, segment: 'A' },
          },
        },
      ]);
  });

  it.each([
    [{ phone: '5048' }, 'validation.format', 'phone'],
    [{ industry: 'banking' }, 'validation.format', 'industry'],
    [{ annualValue: 'lots' }, 'validation.format', 'annualValue'],
    [{ nameEn: '' }, 'validation.incomplete', 'code'],
  ] as const)('refuses %j', (change, code, field) => {
    given([hengtong])
      .when({ type: 'account.update', data: { code: 'C-SH-00612', ...change } })
      .then({ rejection: { code, field } });
  });

  it('refuses an unknown account', () => {
    given([]).when({ type: 'account.update', data: { code: 'C-SH-00999', address: 'x' } }).then({ rejection: { code: 'reference.unknown', field: 'code' } });
  });
});

describe('account.assignOwner', () => {
  it('lets a lead hand the account over, and tells the new owner', () => {
    const { result } = given([hengtong])
      .when({ type: 'account.assignOwner', data: { code: 'C-SH-00612', owner: cast.colleague }, ...as(cast.lead) })
      .accepted();
    expect(result.ok && result.events.map((event) => event.type)).toEqual(['account.ownerChanged', 'notification.created']);
  });

  it('is not for trainees', () => {
    given([hengtong])
      .when({ type: 'account.assignOwner', data: { code: 'C-SH-00612', owner: cast.colleague } })
      .then({ rejection: { code: 'permission.denied', field: 'actor' } });
  });

  it.each([
    [cast.trainee, 'validation.format'],
    ['u.nobody', 'reference.unknown'],
  ] as const)('refuses %s as the new owner', (owner, code) => {
    given([hengtong])
      .when({ type: 'account.assignOwner', data: { code: 'C-SH-00612', owner }, ...as(cast.lead) })
      .then({ rejection: { code, field: 'owner' } });
  });
});

describe('the virtual team around an account', () => {
  it('adds a colleague from another department, who is told, and removes them', () => {
    const added = given([hengtong])
      .when({ type: 'account.addTeamMember', data: { code: 'C-SH-00612', user: cast.colleague } })
      .accepted();
    expect(added.state.accounts['C-SH-00612'].team).toEqual([{ user: cast.colleague, department: 'service' }]);
    expect(Object.values(added.state.notifications)).toMatchObject([{ to: cast.colleague, kind: 'shared', about: { entity: 'account', id: 'C-SH-00612' } }]);
    const removed = given(added.state)
      .when({ type: 'account.removeTeamMember', data: { code: 'C-SH-00612', user: cast.colleague } })
      .then([{ type: 'account.teamMemberRemoved', data: { code: 'C-SH-00612', user: cast.colleague } }]);
    expect(removed.state.accounts['C-SH-00612'].team).toEqual([]);
  });

  it('refuses the owner, a member twice, an unknown user, and removing a non-member', () => {
    const withMember = build([hengtong, { type: 'account.addTeamMember', data: { code: 'C-SH-00612', user: cast.colleague } }]);
    given(withMember).when({ type: 'account.addTeamMember', data: { code: 'C-SH-00612', user: cast.colleague } }).then({ rejection: { code: 'validation.format', field: 'user' } });
    given(withMember).when({ type: 'account.addTeamMember', data: { code: 'C-SH-00612', user: cast.trainee } }).then({ rejection: { code: 'validation.format', field: 'user' } });
    given(withMember).when({ type: 'account.addTeamMember', data: { code: 'C-SH-00612', user: 'u.nobody' } }).then({ rejection: { code: 'reference.unknown', field: 'user' } });
    given(withMember).when({ type: 'account.removeTeamMember', data: { code: 'C-SH-00612', user: cast.lead } }).then({ rejection: { code: 'reference.unknown', field: 'user' } });
  });
});

describe('account.requestCreditLimit', () => {
  const request = (limit: string): SpecCommand => ({ type: 'account.requestCreditLimit', data: { code: 'C-SH-00612', limit, reason: '年度框架协议' } });

  it('holds the change as an approval request and tells the requester’s team lead', () => {
    const { state } = given([hengtong]).when(request('50万')).accepted();
    expect(state.accounts['C-SH-00612'].creditLimit).toBe(300_000);
    expect(state.approvals['AP-000001']).toMatchObject({
      kind: 'account.creditLimit',
      about: { entity: 'account', id: 'C-SH-00612' },
      change: { creditLimit: 500_000, reason: '年度框架协议' },
      requestedBy: cast.trainee,
      levels: ['lead'],
      status: 'pending',
    });
    expect(Object.values(state.notifications)).toMatchObject([{ to: cast.lead, kind: 'approval.requested' }]);
  });

  it('applies the new limit once the lead approves', () => {
    const { state } = given([hengtong, request('50万')])
      .when({ type: 'approval.approve', data: { id: 'AP-000001' }, ...as(cast.lead) })
      .accepted();
    expect(state.accounts['C-SH-00612'].creditLimit).toBe(500_000);
    expect(state.approvals['AP-000001'].status).toBe('approved');
  });

  it('sends a large raise through two levels: the lead, then an admin', () => {
    const pending = build([hengtong, request('100万'), { type: 'approval.approve', data: { id: 'AP-000001', comment: '同意' }, ...as(cast.lead) }]);
    expect(pending.approvals['AP-000001']).toMatchObject({ status: 'pending', levels: ['lead', 'admin'], decisions: [{ by: cast.lead, verdict: 'approved' }] });
    expect(pending.accounts['C-SH-00612'].creditLimit).toBe(300_000);
    given(pending)
      .when({ type: 'approval.approve', data: { id: 'AP-000001' }, ...as(cast.lead) })
      .then({ rejection: { code: 'permission.denied', field: 'actor' } });
    const { state } = given(pending)
      .when({ type: 'approval.approve', data: { id: 'AP-000001' }, ...as(cast.admin) })
      .accepted();
    expect(state.accounts['C-SH-00612'].creditLimit).toBe(1_000_000);
  });

  it.each([
    ['', 'validation.incomplete'],
    ['a lot', 'validation.format'],
    ['30万', 'validation.format'],
  ] as const)('refuses a limit of %j', (limit, code) => {
    given([hengtong]).when(request(limit)).then({ rejection: { code, field: 'limit' } });
  });
});

describe('approvals', () => {
  const pending = () => build([hengtong, { type: 'account.requestCreditLimit', data: { code: 'C-SH-00612', limit: '40万', reason: '新项目' } }]);

  it('are not decided by trainees, nor by the requester', () => {
    given(pending()).when({ type: 'approval.approve', data: { id: 'AP-000001' } }).then({ rejection: { code: 'permission.denied', field: 'actor' } });
    const byLead = build(
      [{ ...hengtong, data: { ...hengtong.data, code: 'C-SH-00613', nameZh: '华远数控', phone: '021-6888 1234' }, ...as(cast.lead) } as SpecCommand,
       { type: 'account.requestCreditLimit', data: { code: 'C-SH-00613', limit: '40万', reason: 'x' }, ...as(cast.lead) }],
      castSandbox,
    );
    given(byLead)
      .when({ type: 'approval.approve', data: { id: 'AP-000001' }, ...as(cast.lead) })
      .then({ rejection: { code: 'permission.denied', field: 'actor', messageKey: 'rejection.approval.own-request' } });
  });

  it('end on a rejection, which needs a comment and leaves the record as it was', () => {
    given(pending()).when({ type: 'approval.reject', data: { id: 'AP-000001', comment: ' ' }, ...as(cast.lead) }).then({ rejection: { code: 'validation.incomplete', field: 'comment' } });
    const { state } = given(pending())
      .when({ type: 'approval.reject', data: { id: 'AP-000001', comment: '先回款' }, ...as(cast.lead) })
      .accepted();
    expect(state.approvals['AP-000001'].status).toBe('rejected');
    expect(state.accounts['C-SH-00612'].creditLimit).toBe(300_000);
    expect(Object.values(state.notifications).at(-1)).toMatchObject({ to: cast.trainee, messageKey: 'notification.approval.rejected' });
    given(state)
      .when({ type: 'approval.approve', data: { id: 'AP-000001' }, ...as(cast.lead) })
      .then({ rejection: { code: 'transition.not-allowed', field: 'id' } });
  });

  it('refuses an unknown request', () => {
    given([]).when({ type: 'approval.approve', data: { id: 'AP-000404' }, ...as(cast.lead) }).then({ rejection: { code: 'reference.unknown', field: 'id' } });
  });
});
