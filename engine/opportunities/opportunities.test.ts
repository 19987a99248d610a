import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { Draft } from '../draft.ts';
import { evolve } from '../evolve.ts';
import { processConfigSchema } from '../process/config.ts';
import { build, cast, castSandbox, given, t0, type SpecCommand } from '../specification.ts';
import type { SandboxState } from '../state.ts';
import type { Opportunity } from './records.ts';

const as = (actor: string) => ({ meta: { at: t0, actor } });

const mingde: SpecCommand = {
  type: 'account.create',
  data: { code: 'C-SU-00501', nameZh: '苏州明德包装材料有限公司', industry: 'manufacturing', phone: '0512-6552 3180' },
};
const hengtong: SpecCommand = {
  type: 'account.create',
  data: { code: 'C-SH-00612', nameZh: '恒通电子（上海）有限公司', industry: 'electronics', phone: '021-5048 3321' },
};
const liuYang: SpecCommand = { type: 'contact.create', data: { accountCode: 'C-SU-00501', name: '刘洋', phone: '139 1234 5678' } };
const zhouWen: SpecCommand = { type: 'contact.create', data: { accountCode: 'C-SH-00612', name: '周雯', phone: '186 0571 3322' } };
const deal: SpecCommand = { type: 'opportunity.create', data: { accountCode: 'C-SU-00501', name: '2026 包装线升级' } };

const update = (data: Record<string, string>, actor: string = cast.trainee): SpecCommand =>
  ({ type: 'opportunity.update', data: { id: 'OP-000001', ...data }, ...as(actor) }) as SpecCommand;
const moveTo = (stage: string, actor: string = cast.trainee): SpecCommand => ({ type: 'opportunity.moveStage', data: { id: 'OP-000001', stage }, ...as(actor) });
const fillAll = update({ amount: '12万', expectedClose: '2026-06-30', decisionMaker: 'CT-000001', needs: '产能翻倍', competitors: '华远' });

/** What the quotes module does when a quote for the deal is sent: our own event, with the quote id. */
function linkQuote(state: SandboxState, quote = 'QT-000001'): SandboxState {
  const draft = new Draft(state);
  evolve(draft, { type: 'opportunity.updated', data: { id: 'OP-000001', before: { quote: '' }, after: { quote } }, meta: { at: t0, actor: cast.trainee } });
  return draft.state;
}

const fresh: Opportunity = {
  id: 'OP-000001',
  accountCode: 'C-SU-00501',
  name: '2026 包装线升级',
  stage: 'prospecting',
  amount: 0,
  expectedClose: '',
  decisionMaker: '',
  needs: '',
  competitors: '',
  quote: '',
  owner: cast.trainee,
  team: [],
  createdAt: t0,
};

const scene = [mingde, hengtong, liuYang, zhouWen];
const withDeal = build([...scene, deal]);
const ready = linkQuote(build([fillAll], withDeal));

describe('opportunity.create', () => {
  it('opens a deal at the first stage, with typed amount and date parsed', () => {
    given(build(scene))
      .when({ ...deal, data: { ...deal.data, accountCode: 'c-su-00501', amount: '１２万', expectedClose: '2026年6月30日' } } as SpecCommand)
      .then([{ type: 'opportunity.created', data: { opportunity: { ...fresh, amount: 120_000, expectedClose: '2026-06-30' } } }]);
  });

  it('numbers deals OP-000001, OP-000002', () => {
    expect(Object.keys(build([deal, deal], build(scene)).opportunities)).toEqual(['OP-000001', 'OP-000002']);
  });

  it('tells the owner when someone else opens the deal for them', () => {
    const { state } = given(build(scene))
      .when({ ...deal, data: { ...deal.data, owner: cast.colleague } } as SpecCommand)
      .accepted();
    expect(state.opportunities['OP-000001'].owner).toBe(cast.colleague);
    expect(Object.values(state.notifications)).toMatchObject([{ to: cast.colleague, messageKey: 'notification.opportunity.assigned' }]);
  });

  it.each([
    [{ accountCode: '' }, 'validation.incomplete', 'accountCode'],
    [{ name: ' ' }, 'validation.incomplete', 'name'],
    [{ accountCode: 'C-SU-00999' }, 'reference.unknown', 'accountCode'],
    [{ amount: 'a lot' }, 'validation.format', 'amount'],
    [{ expectedClose: '2026-02-30' }, 'validation.format', 'expectedClose'],
    [{ owner: 'u.nobody' }, 'reference.unknown', 'owner'],
  ] as const)('refuses %j', (change, code, field) => {
    given(build(scene))
      .when({ ...deal, data: { ...deal.data, ...change } } as SpecCommand)
      .then({ rejection: { code, field } });
  });

  it('asks for what the first stage of a company’s own pipeline requires', () => {
    const process = v.parse(processConfigSchema, { pipeline: { stages: [{ id: 'budgeted', probability: 25, requires: ['amount'] }, { id: 'signed', probability: 95 }] } });
    const custom: SandboxState = { ...build(scene), process };
    given(custom).when(deal).then({ rejection: { code: 'validation.incomplete', field: 'amount', params: { field: 'amount', stage: 'budgeted' } } });
    const { state } = given(custom).when({ ...deal, data: { ...deal.data, amount: '5万' } } as SpecCommand).accepted();
    expect(state.opportunities['OP-000001'].stage).toBe('budgeted');
  });
});

describe('opportunity.update', () => {
  it('records each changed field before and after', () => {
    given(withDeal)
      .when(update({ id: 'op-000001', amount: '120,000', decisionMaker: 'ct-000001', needs: ' 产能  翻倍 ', competitors: '' }))
      .then([
        {
          type: 'opportunity.updated',
          data: { id: 'OP-000001', before: { amount: 0, decisionMaker: '', needs: '' }, after: { amount: 120_000, decisionMaker: 'CT-000001', needs: '产能 翻倍' } },
        },
      ]);
  });

  it.each([
    [{ amount: '12 million' }, 'validation.format', 'amount'],
    [{ expectedClose: 'next spring' }, 'validation.format', 'expectedClose'],
    [{ decisionMaker: 'CT-000404' }, 'reference.unknown', 'decisionMaker'],
    [{ decisionMaker: 'CT-000002' }, 'validation.format', 'decisionMaker'],
    [{ needs: '' }, 'validation.incomplete', 'id'],
    [{ id: 'OP-000404', needs: 'x' }, 'reference.unknown', 'id'],
  ] as const)('refuses %j', (change, code, field) => {
    given(withDeal).when(update(change)).then({ rejection: { code, field } });
  });

  it('names the contact at the other customer', () => {
    given(withDeal)
      .when(update({ decisionMaker: 'CT-000002' }))
      .then({ rejection: { code: 'validation.format', field: 'decisionMaker', messageKey: 'rejection.opportunity.contact-elsewhere', params: { id: 'CT-000002', name: '周雯', code: 'C-SU-00501' } } });
  });

  it('does not clear a field the deal’s stage needs, but clears one it does not', () => {
    const qualified = build([fillAll, moveTo('qualification')], withDeal);
    given(qualified)
      .when(update({ expectedClose: '' }))
      .then({ rejection: { code: 'validation.incomplete', field: 'expectedClose', messageKey: 'rejection.opportunity.required-by-stage' } });
    given(qualified)
      .when(update({ decisionMaker: '' }))
      .then([{ type: 'opportunity.updated', data: { id: 'OP-000001', before: { decisionMaker: 'CT-000001' }, after: { decisionMaker: '' } } }]);
  });

  it('takes the quote the quotes module links, which the negotiation stage needs', () => {
    expect(ready.opportunities['OP-000001'].quote).toBe('QT-000001');
    given(build([moveTo('proposal')], ready)).when(moveTo('negotiation')).accepted();
  });
});

describe('opportunity.moveStage', () => {
  const stageChanged = (from: string, to: string) => ({ type: 'opportunity.stageChanged', data: { id: 'OP-000001', from, to } }) as const;

  it('moves one stage forward when the stage’s fields are filled', () => {
    given(build([update({ amount: '8万', expectedClose: '2026-05-31' })], withDeal))
      .when(moveTo('qualification'))
      .then([stageChanged('prospecting', 'qualification')]);
  });

  it('skips stages when every stage passed over has its fields', () => {
    given(build([update({ amount: '8万', expectedClose: '2026-05-31', decisionMaker: 'CT-000001', needs: '产能' })], withDeal))
      .when(moveTo('proposal'))
      .then([stageChanged('prospecting', 'proposal')]);
  });

  it('refuses a skip, naming the first field missing on the way', () => {
    given(withDeal)
      .when(moveTo('proposal'))
      .then({ rejection: { code: 'validation.incomplete', field: 'amount', messageKey: 'rejection.opportunity.stage-requires', params: { field: 'amount', stage: 'proposal' } } });
    given(build([update({ amount: '8万', expectedClose: '2026-05-31', needs: '产能' })], withDeal))
      .when(moveTo('proposal'))
      .then({ rejection: { code: 'validation.incomplete', field: 'decisionMaker' } });
    given(build([fillAll], withDeal))
      .when(moveTo('negotiation'))
      .then({ rejection: { code: 'validation.incomplete', field: 'quote' } });
  });

  it('lets a deal fall back one stage or several', () => {
    const atNegotiation = build([moveTo('negotiation')], ready);
    given(atNegotiation).when(moveTo('proposal')).then([stageChanged('negotiation', 'proposal')]);
    given(atNegotiation).when(moveTo('prospecting')).then([stageChanged('negotiation', 'prospecting')]);
  });

  it.each([
    ['closing', 'validation.format', 'stage'],
    ['won', 'validation.format', 'stage'],
    ['', 'validation.incomplete', 'stage'],
    ['prospecting', 'transition.not-allowed', 'stage'],
  ] as const)('refuses a move to %j', (stage, code, field) => {
    given(withDeal).when(moveTo(stage)).then({ rejection: { code, field } });
  });

  it('refuses an unknown deal and a closed one', () => {
    given(withDeal)
      .when({ type: 'opportunity.moveStage', data: { id: 'OP-000404', stage: 'qualification' } })
      .then({ rejection: { code: 'reference.unknown', field: 'id', messageKey: 'rejection.reference.opportunity' } });
    for (const close of [{ type: 'opportunity.win', data: { id: 'OP-000001' } }, { type: 'opportunity.lose', data: { id: 'OP-000001', reason: '预算取消' } }] as const)
      given(build([close], ready))
        .when(moveTo('proposal'))
        .then({ rejection: { code: 'transition.not-allowed', field: 'id', messageKey: 'rejection.transition.opportunity' } });
  });

  it('moves along a company’s own pipeline', () => {
    const process = v.parse(processConfigSchema, {
      pipeline: { stages: [{ id: 'lead', probability: 5 }, { id: 'demo', probability: 30, requires: ['needs'] }, { id: 'contract', probability: 90, requires: ['amount'] }] },
    });
    const custom = build([...scene, deal], { ...castSandbox, process });
    expect(custom.opportunities['OP-000001'].stage).toBe('lead');
    given(custom).when(moveTo('qualification')).then({ rejection: { code: 'validation.format', field: 'stage', params: { received: 'qualification', expected: 'lead, demo, contract' } } });
    given(custom).when(moveTo('contract')).then({ rejection: { code: 'validation.incomplete', field: 'needs' } });
    given(build([update({ needs: '演示', amount: '3万' })], custom))
      .when(moveTo('contract'))
      .then([stageChanged('lead', 'contract')]);
  });
});

describe('opportunity.win and opportunity.lose', () => {
  it('wins a deal with every stage’s fields, from any stage, and closes it', () => {
    const { state } = given(ready)
      .when({ type: 'opportunity.win', data: { id: 'OP-000001' }, meta: { at: t0 + 60_000, actor: cast.trainee } })
      .then([{ type: 'opportunity.won', data: { id: 'OP-000001', from: 'prospecting' } }]);
    expect(state.opportunities['OP-000001']).toMatchObject({ stage: 'won', closedAt: t0 + 60_000 });
  });

  it('does not win a deal without a quote', () => {
    given(build([fillAll, moveTo('proposal')], withDeal))
      .when({ type: 'opportunity.win', data: { id: 'OP-000001' } })
      .then({ rejection: { code: 'validation.incomplete', field: 'quote', params: { field: 'quote', stage: 'won' } } });
  });

  it('loses a deal with a reason, kept on the deal', () => {
    const { state } = given(withDeal)
      .when({ type: 'opportunity.lose', data: { id: 'OP-000001', reason: ' 选择了 华远 ' } })
      .then([{ type: 'opportunity.lost', data: { id: 'OP-000001', from: 'prospecting', reason: '选择了 华远' } }]);
    expect(state.opportunities['OP-000001']).toMatchObject({ stage: 'lost', lostReason: '选择了 华远', closedAt: t0 });
  });

  it('refuses to lose without a reason, and to close a closed deal again', () => {
    given(withDeal).when({ type: 'opportunity.lose', data: { id: 'OP-000001', reason: '\u3000' } }).then({ rejection: { code: 'validation.incomplete', field: 'reason' } });
    const won = build([{ type: 'opportunity.win', data: { id: 'OP-000001' } }], ready);
    given(won).when({ type: 'opportunity.win', data: { id: 'OP-000001' } }).then({ rejection: { code: 'transition.not-allowed', field: 'id' } });
    given(won).when({ type: 'opportunity.lose', data: { id: 'OP-000001', reason: '反悔' } }).then({ rejection: { code: 'transition.not-allowed', field: 'id' } });
    given(won).when(update({ amount: '13万' })).then({ rejection: { code: 'transition.not-allowed', field: 'id' } });
  });
});

describe('opportunity.assignOwner', () => {
  const handTo = (owner: string, actor: string = cast.admin): SpecCommand => ({ type: 'opportunity.assignOwner', data: { id: 'OP-000001', owner }, ...as(actor) });

  it('lets a lead or an admin hand the deal to another salesperson, and tells them', () => {
    const { state, result } = given(withDeal).when(handTo(cast.lead)).accepted();
    expect(result.ok && result.events).toMatchObject([
      { type: 'opportunity.ownerChanged', data: { id: 'OP-000001', from: cast.trainee, to: cast.lead } },
      { type: 'notification.created', data: { notification: { to: cast.lead, messageKey: 'notification.opportunity.assigned', about: { entity: 'opportunity', id: 'OP-000001' } } } },
    ]);
    expect(state.opportunities['OP-000001'].owner).toBe(cast.lead);
    const back = given(state).when(handTo(cast.trainee, cast.lead)).accepted();
    expect(back.state.opportunities['OP-000001'].owner).toBe(cast.trainee);
  });

  it('is not for trainees', () => {
    given(withDeal).when(handTo(cast.lead, cast.trainee)).then({ rejection: { code: 'permission.denied', field: 'actor' } });
  });

  it.each([
    ['an unknown user', 'u.nobody', 'reference.unknown', 'rejection.reference.user'],
    ['a colleague outside sales', cast.colleague, 'validation.format', 'rejection.opportunity.owner-not-sales'],
    ['the owner already', cast.trainee, 'validation.format', 'rejection.opportunity.same-owner'],
  ] as const)('refuses %s as the new owner', (_, owner, code, messageKey) => {
    given(withDeal).when(handTo(owner)).then({ rejection: { code, field: 'owner', messageKey } });
  });

  it('refuses an unknown or a closed deal', () => {
    given(withDeal).when({ type: 'opportunity.assignOwner', data: { id: 'OP-000009', owner: cast.lead }, ...as(cast.admin) }).then({ rejection: { code: 'reference.unknown', field: 'id' } });
    const lost = build([{ type: 'opportunity.lose', data: { id: 'OP-000001', reason: '预算取消' } }], withDeal);
    given(lost).when(handTo(cast.lead)).then({ rejection: { code: 'transition.not-allowed', field: 'id' } });
  });
});

describe('the team around a deal', () => {
  const addZhao: SpecCommand = { type: 'opportunity.addTeamMember', data: { id: 'OP-000001', user: cast.colleague } };

  it('adds a colleague, who is told, and removes them', () => {
    const { state } = given(withDeal).when(addZhao).accepted();
    expect(state.opportunities['OP-000001'].team).toEqual([cast.colleague]);
    expect(Object.values(state.notifications)).toMatchObject([{ to: cast.colleague, kind: 'shared', messageKey: 'notification.opportunity.team-joined' }]);
    const removed = given(state)
      .when({ type: 'opportunity.removeTeamMember', data: { id: 'OP-000001', user: cast.colleague } })
      .then([{ type: 'opportunity.teamMemberRemoved', data: { id: 'OP-000001', user: cast.colleague } }]);
    expect(removed.state.opportunities['OP-000001'].team).toEqual([]);
  });

  it('refuses the owner, a member twice, an unknown user, and removing a non-member', () => {
    const withZhao = build([addZhao], withDeal);
    given(withZhao).when(addZhao).then({ rejection: { code: 'validation.format', field: 'user', messageKey: 'rejection.opportunity.already-member' } });
    given(withZhao).when({ ...addZhao, data: { id: 'OP-000001', user: cast.trainee } }).then({ rejection: { code: 'validation.format', field: 'user' } });
    given(withZhao).when({ ...addZhao, data: { id: 'OP-000001', user: 'u.nobody' } }).then({ rejection: { code: 'reference.unknown', field: 'user' } });
    given(withZhao)
      .when({ type: 'opportunity.removeTeamMember', data: { id: 'OP-000001', user: cast.lead } })
      .then({ rejection: { code: 'reference.unknown', field: 'user', messageKey: 'rejection.opportunity.not-member' } });
  });

  it.each([
    ['a stage change', moveTo('qualification', cast.lead), 'notification.opportunity.stage-changed'],
    ['an update', update({ needs: '扩产' }, cast.lead), 'notification.opportunity.updated'],
    ['a win', { type: 'opportunity.win', data: { id: 'OP-000001' }, ...as(cast.lead) }, 'notification.opportunity.won'],
    ['a loss', { type: 'opportunity.lose', data: { id: 'OP-000001', reason: '预算取消' }, ...as(cast.lead) }, 'notification.opportunity.lost'],
  ] as const)('tells the owner and the team of %s, but not whoever made it', (_, command, messageKey) => {
    const before = build([addZhao, { ...addZhao, data: { id: 'OP-000001', user: cast.lead } }], ready);
    const { state } = given(before).when(command as SpecCommand).accepted();
    const fresh = Object.values(state.notifications).filter((notification) => !(notification.id in before.notifications));
    expect(fresh.map((notification) => notification.to)).toEqual([cast.trainee, cast.colleague]);
    expect(fresh).toMatchObject([
      { kind: 'changed', about: { entity: 'opportunity', id: 'OP-000001' }, from: cast.lead, messageKey },
      { kind: 'changed', about: { entity: 'opportunity', id: 'OP-000001' }, from: cast.lead, messageKey },
    ]);
  });

  it('says which stage the deal left and entered', () => {
    const { result } = given(build([addZhao], ready)).when(moveTo('qualification')).accepted();
    expect(result.ok && result.events).toMatchObject([
      { type: 'opportunity.stageChanged' },
      { type: 'notification.created', data: { notification: { to: cast.colleague, params: { id: 'OP-000001', name: '2026 包装线升级', from: 'prospecting', to: 'qualification' } } } },
    ]);
  });
});
