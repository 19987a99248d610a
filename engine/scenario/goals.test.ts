import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import type { Account } from '../accounts/records.ts';
import type { SandboxState } from '../state.ts';
import { execute } from '../replay.ts';
import type { SandboxEvent } from '../events.ts';
import { build, cast, t0, type SpecCommand } from '../specification.ts';
import { goalMet, type GoalContext } from './goals.ts';
import { goalSchema, type Goal } from './schema.ts';

/** Goals as a scenario file writes them, checked by the schema. */
const goal = (input: unknown): Goal => v.parse(goalSchema, input);

const empty = build([]);

/** Commands applied as a trainee's attempt, keeping what happened. */
function played(from: SandboxState, commands: readonly SpecCommand[], before: readonly SandboxEvent[] = []): GoalContext {
  return commands.reduce<GoalContext>((context, command) => {
    const { meta, ...body } = command;
    const executed = execute(context.state, body, meta ?? { at: context.state.now, actor: cast.trainee });
    if (!executed.ok) throw new Error(`${command.type} was refused: ${JSON.stringify(executed.rejection)}`);
    return { state: executed.state, events: [...context.events, ...executed.events] };
  }, { state: from, events: before });
}

/** A sandbox as it is, with nothing happened during the attempt. */
const now = (sandbox: SandboxState): GoalContext => ({ state: sandbox, events: [] });

const state = build([
  { type: 'account.create', data: { code: 'C-SU-00501', nameZh: '苏州明德包装材料有限公司', nameEn: 'Suzhou Mingde Packaging Materials Co., Ltd.', industry: 'manufacturing', phone: '0512-6552 3180' } },
  { type: 'account.create', data: { code: 'C-HZ-00501', nameZh: 'ＡＢＣ电子（杭州）有限公司', nameEn: '', industry: 'electronics', phone: '0571-8517 2260' } },
  { type: 'account.activate', data: { code: 'C-HZ-00501' } },
  { type: 'clock.advance', data: { minutes: 30 } },
  { type: 'contact.create', data: { accountCode: 'C-SU-00501', name: '刘洋', title: '采购经理', phone: '139 1234 5678', email: 'liu.yang@mingde-pack.com' } },
  { type: 'contact.create', data: { accountCode: 'C-SU-00501', name: '王芳', title: '', phone: '138 1701 6620', email: '' } },
]);

const mingde = { type: 'exists', entity: 'account', where: { code: 'C-SU-00501' } } as const;
const contact = { type: 'exists', entity: 'contact', where: { name: '刘洋' } } as const;
const nanjing = { type: 'exists', entity: 'account', where: { code: { matches: '^C-NJ-' } } } as const;

describe('goalMet', () => {
  describe('exists', () => {
    it('holds when one record meets every condition', () => {
      expect(goalMet(now(state), goal({ type: 'exists', entity: 'account', where: { code: 'C-SU-00501', industry: 'manufacturing' } }))).toBe(true);
      expect(goalMet(now(state), goal({ type: 'exists', entity: 'contact', where: { name: '刘洋', accountCode: 'C-SU-00501' } }))).toBe(true);
    });

    it('needs all conditions to hold on the same record', () => {
      expect(goalMet(now(state), goal({ type: 'exists', entity: 'account', where: { code: 'C-SU-00501', industry: 'electronics' } }))).toBe(false);
    });

    it('looks only at the entity it names', () => {
      expect(goalMet(now(state), goal({ type: 'exists', entity: 'contact', where: { code: 'C-SU-00501' } }))).toBe(false);
    });

    it('with no conditions, holds when there is any record at all', () => {
      expect(goalMet(now(state), goal({ type: 'exists', entity: 'contact', where: {} }))).toBe(true);
      expect(goalMet(now(empty), goal({ type: 'exists', entity: 'account', where: {} }))).toBe(false);
    });

    it('does not hold for a field the records do not have', () => {
      expect(goalMet(now(state), goal({ type: 'exists', entity: 'account', where: { owner: 'trainee' } }))).toBe(false);
    });
  });

  describe('string equality', () => {
    it.each([
      ['ABC电子(杭州)有限公司', true],
      ['ＡＢＣ电子（杭州）有限公司', true],
      ['  ABC电子(杭州)有限公司 ', true],
      ['ABC电子(杭州)有限责任公司', false],
      ['abc电子(杭州)有限公司', false],
    ])('compares %j with the stored name after width folding and trimming: %s', (nameZh, met) => {
      expect(goalMet(now(state), goal({ type: 'exists', entity: 'account', where: { nameZh } }))).toBe(met);
    });

    it('collapses inner whitespace on both sides', () => {
      expect(goalMet(now(state), goal({ type: 'exists', entity: 'account', where: { nameEn: 'Suzhou  Mingde Packaging\u3000Materials Co., Ltd.' } }))).toBe(true);
    });

    it('does not compare a string with a number field', () => {
      expect(goalMet(now(state), goal({ type: 'exists', entity: 'account', where: { createdAt: String(t0) } }))).toBe(false);
    });

    it('matches an empty string only to an empty field', () => {
      expect(goalMet(now(state), goal({ type: 'count', entity: 'contact', where: { email: '' }, min: 1, max: 1 }))).toBe(true);
    });
  });

  describe('number and boolean equality', () => {
    it('compares numbers exactly', () => {
      expect(goalMet(now(state), goal({ type: 'count', entity: 'account', where: { createdAt: t0 }, min: 2, max: 2 }))).toBe(true);
      expect(goalMet(now(state), goal({ type: 'exists', entity: 'contact', where: { createdAt: t0 + 30 * 60_000 } }))).toBe(true);
      expect(goalMet(now(state), goal({ type: 'exists', entity: 'contact', where: { createdAt: t0 } }))).toBe(false);
    });

    it('does not read a number out of a string field', () => {
      expect(goalMet(now(state), goal({ type: 'exists', entity: 'account', where: { code: 501 } }))).toBe(false);
    });

    it('compares booleans by identity, never by truthiness', () => {
      const hengtong = state.accounts['C-HZ-00501'];
      // No record field is a boolean yet; a hand-built record stands in for the first one that will be.
      const flagged: SandboxState = { ...state, accounts: { ...state.accounts, [hengtong.code]: { ...hengtong, vip: true } as Account } };
      expect(goalMet(now(flagged), goal({ type: 'exists', entity: 'account', where: { vip: true } }))).toBe(true);
      expect(goalMet(now(flagged), goal({ type: 'count', entity: 'account', where: { vip: false } }))).toBe(true);
      expect(goalMet(now(flagged), goal({ type: 'exists', entity: 'account', where: { vip: false } }))).toBe(false);
      expect(goalMet(now(state), goal({ type: 'exists', entity: 'account', where: { vip: true } }))).toBe(false);
      expect(goalMet(now(state), goal({ type: 'exists', entity: 'account', where: { code: true } }))).toBe(false);
    });
  });

  describe('matches', () => {
    it('tests a string field against a regular expression', () => {
      expect(goalMet(now(state), goal({ type: 'exists', entity: 'account', where: { code: { matches: '^C-SU-\\d{5}$' } } }))).toBe(true);
      expect(goalMet(now(state), goal({ type: 'exists', entity: 'account', where: { code: { matches: '^C-NJ-\\d{5}$' } } }))).toBe(false);
    });

    it('finds the pattern anywhere unless it is anchored', () => {
      expect(goalMet(now(state), goal({ type: 'exists', entity: 'contact', where: { phone: { matches: '1234' } } }))).toBe(true);
      expect(goalMet(now(state), goal({ type: 'exists', entity: 'contact', where: { phone: { matches: '^1391' } } }))).toBe(false);
    });

    it('is case-sensitive, like the pattern says', () => {
      expect(goalMet(now(state), goal({ type: 'exists', entity: 'account', where: { code: { matches: '^c-su-' } } }))).toBe(false);
    });

    it('never matches a field that is not a string', () => {
      expect(goalMet(now(state), goal({ type: 'exists', entity: 'account', where: { createdAt: { matches: '\\d+' } } }))).toBe(false);
      expect(goalMet(now(state), goal({ type: 'exists', entity: 'account', where: { missing: { matches: '.*' } } }))).toBe(false);
    });

    it('combines with equality on the same record', () => {
      expect(goalMet(now(state), goal({ type: 'exists', entity: 'contact', where: { name: '刘洋', accountCode: { matches: '^C-SU-' }, phone: '+8613912345678' } }))).toBe(true);
      expect(goalMet(now(state), goal({ type: 'exists', entity: 'contact', where: { name: '刘洋', accountCode: { matches: '^C-HZ-' } } }))).toBe(false);
    });
  });

  describe('count', () => {
    const su = { type: 'count', entity: 'contact', where: { accountCode: 'C-SU-00501' } } as const;

    it.each([
      [{}, true],
      [{ min: 2 }, true],
      [{ min: 3 }, false],
      [{ max: 2 }, true],
      [{ max: 1 }, false],
      [{ min: 2, max: 2 }, true],
      [{ min: 0, max: 0 }, false],
      [{ min: 1, max: 3 }, true],
    ])('with two matching records, %j is %s', (bounds, met) => {
      expect(goalMet(now(state), goal({ ...su, ...bounds }))).toBe(met);
    });

    it('can require that nothing matches', () => {
      expect(goalMet(now(state), goal({ type: 'count', entity: 'account', where: { status: 'dormant' }, max: 0 }))).toBe(true);
      expect(goalMet(now(state), goal({ type: 'count', entity: 'account', where: { status: 'active' }, max: 0 }))).toBe(false);
      expect(goalMet(now(empty), goal({ type: 'count', entity: 'contact', where: {}, min: 0, max: 0 }))).toBe(true);
    });

    it('counts only records meeting every condition', () => {
      expect(goalMet(now(state), goal({ type: 'count', entity: 'contact', where: { accountCode: 'C-SU-00501', title: '采购经理' }, min: 1, max: 1 }))).toBe(true);
    });
  });

  describe('all', () => {

    it('holds when every part holds', () => {
      expect(goalMet(now(state), goal({ type: 'all', of: [mingde, contact] }))).toBe(true);
    });

    it('fails when any part fails', () => {
      expect(goalMet(now(state), goal({ type: 'all', of: [mingde, nanjing, contact] }))).toBe(false);
      expect(goalMet(now(state), goal({ type: 'all', of: [nanjing] }))).toBe(false);
    });

    it('nests', () => {
      expect(goalMet(now(state), goal({ type: 'all', of: [mingde, { type: 'all', of: [contact, { type: 'count', entity: 'account', where: {}, min: 2, max: 2 }] }] }))).toBe(
        true,
      );
      expect(goalMet(now(state), goal({ type: 'all', of: [mingde, { type: 'all', of: [contact, nanjing] }] }))).toBe(false);
    });

    it('must have at least one part', () => {
      expect(v.safeParse(goalSchema, { type: 'all', of: [] }).success).toBe(false);
    });
  });

  describe('filled', () => {
    it('holds for a field with something in it, or without, as asked', () => {
      expect(goalMet(now(state), goal({ type: 'count', entity: 'contact', where: { email: { filled: true } }, min: 1, max: 1 }))).toBe(true);
      expect(goalMet(now(state), goal({ type: 'exists', entity: 'contact', where: { name: '王芳', title: { filled: false } } }))).toBe(true);
      expect(goalMet(now(state), goal({ type: 'exists', entity: 'contact', where: { name: '刘洋', title: { filled: false } } }))).toBe(false);
    });

    it('takes a field the record lacks as not filled', () => {
      expect(goalMet(now(state), goal({ type: 'exists', entity: 'account', where: { duplicateOf: { filled: false }, code: 'C-SU-00501' } }))).toBe(true);
    });
  });

  describe('dotted paths', () => {
    it('reach into nested fields and lists', () => {
      const withTeam = build([{ type: 'account.addTeamMember', data: { code: 'C-SU-00501', user: cast.colleague } }], state);
      expect(goalMet(now(withTeam), goal({ type: 'exists', entity: 'account', where: { 'team.0.user': cast.colleague } }))).toBe(true);
      expect(goalMet(now(withTeam), goal({ type: 'exists', entity: 'account', where: { 'team.1.user': cast.colleague } }))).toBe(false);
    });
  });

  describe('any and not', () => {
    it('any holds when one part holds', () => {
      expect(goalMet(now(state), goal({ type: 'any', of: [nanjing, mingde] }))).toBe(true);
      expect(goalMet(now(state), goal({ type: 'any', of: [nanjing] }))).toBe(false);
    });

    it('not holds when its goal does not', () => {
      expect(goalMet(now(state), goal({ type: 'not', goal: nanjing }))).toBe(true);
      expect(goalMet(now(state), goal({ type: 'not', goal: mingde }))).toBe(false);
    });
  });

  describe('over what happened in the attempt', () => {
    const quoteTo = 'C-SU-00501';
    const attempt = played(state, [
      { type: 'account.addTeamMember', data: { code: quoteTo, user: cast.colleague } },
      { type: 'account.addTeamMember', data: { code: quoteTo, user: cast.lead } },
      { type: 'ticket.open', data: { accountCode: quoteTo, subject: '包装机卡纸', priority: 'high' } },
      { type: 'ticket.assign', data: { id: 'TK-000001', assignee: cast.trainee } },
      { type: 'record.share', data: { entity: 'ticket', id: 'TK-000001', with: cast.colleague, note: '请跟进' } },
      { type: 'ticket.start', data: { id: 'TK-000001' } },
    ]);

    it('happened: counts events of the type that meet the conditions', () => {
      expect(goalMet(attempt, goal({ type: 'happened', event: 'ticket.assigned', where: { 'data.to': cast.trainee } }))).toBe(true);
      expect(goalMet(attempt, goal({ type: 'happened', event: 'ticket.assigned', where: { 'data.to': cast.lead } }))).toBe(false);
      expect(goalMet(attempt, goal({ type: 'happened', event: 'account.teamMemberAdded', where: {}, min: 2 }))).toBe(true);
      expect(goalMet(attempt, goal({ type: 'happened', event: 'account.teamMemberAdded', where: {}, min: 3 }))).toBe(false);
    });

    it('happened: ignores what the sandbox held before the attempt began', () => {
      expect(goalMet(now(state), goal({ type: 'happened', event: 'account.created', where: {} }))).toBe(false);
    });

    it('happened: refuses an event type the sandbox never emits', () => {
      expect(v.safeParse(goalSchema, { type: 'happened', event: 'ticket.exploded', where: {} }).success).toBe(false);
    });

    it('notified: holds only when every member of the team was told about the record', () => {
      const virtualTeam = { type: 'notified', members: { accountTeam: quoteTo }, about: { entity: 'ticket', where: { subject: '包装机卡纸' } } };
      expect(goalMet(attempt, goal(virtualTeam))).toBe(false);
      const told = played(attempt.state, [{ type: 'record.share', data: { entity: 'ticket', id: 'TK-000001', with: cast.lead, note: '' } }], attempt.events);
      expect(goalMet(told, goal(virtualTeam))).toBe(true);
    });

    it('notified: needs the notices to be about one record meeting the conditions', () => {
      const other = played(attempt.state, [{ type: 'record.share', data: { entity: 'ticket', id: 'TK-000001', with: cast.lead, note: '' } }], attempt.events);
      expect(goalMet(other, goal({ type: 'notified', members: { accountTeam: quoteTo }, about: { entity: 'ticket', where: { subject: '另一张工单' } } }))).toBe(false);
    });

    it('notified: a whole sales team, by its id, save the one who told them', () => {
      const team = goal({ type: 'notified', members: { team: 'sales-east' }, about: { entity: 'ticket', where: {} } });
      expect(goalMet(attempt, team), 'the lead was not told').toBe(false);
      const everyone = played(attempt.state, [{ type: 'record.share', data: { entity: 'ticket', id: 'TK-000001', with: cast.lead, note: '' } }], attempt.events);
      expect(goalMet(everyone, team)).toBe(true);
      const grown = played(everyone.state, [{ type: 'user.assignTeam', data: { user: cast.admin, team: 'sales-east' }, meta: { at: t0, actor: cast.admin } }], everyone.events);
      expect(goalMet(grown, team), 'a new member was not told').toBe(false);
    });

    it('notified: never holds for a team with no members', () => {
      expect(goalMet(attempt, goal({ type: 'notified', members: { team: 'nobody' }, about: { entity: 'ticket', where: {} } }))).toBe(false);
      expect(goalMet(attempt, goal({ type: 'notified', members: { accountTeam: 'C-HZ-00501' }, about: { entity: 'ticket', where: {} } }))).toBe(false);
    });

    it('before: both happened, the first one first', () => {
      const assigned = { event: 'ticket.assigned', where: {} };
      const started = { event: 'ticket.statusChanged', where: { 'data.to': 'inProgress' } };
      expect(goalMet(attempt, goal({ type: 'before', first: assigned, then: started }))).toBe(true);
      expect(goalMet(attempt, goal({ type: 'before', first: started, then: assigned }))).toBe(false);
      expect(goalMet(attempt, goal({ type: 'before', first: assigned, then: { event: 'ticket.resolved', where: {} } }))).toBe(false);
    });
  });
});
