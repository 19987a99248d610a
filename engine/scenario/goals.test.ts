import { describe, expect, it } from 'vitest';
import type { Account } from '../accounts/records.ts';
import type { SandboxState } from '../state.ts';
import { build, t0 } from '../specification.ts';
import { goalMet } from './goals.ts';
import { goalSchema, type Goal } from './schema.ts';

/** Goals as a scenario file writes them, checked by the schema. */
const goal = (input: unknown): Goal => goalSchema.parse(input);

const empty = build([]);

const state = build([
  { type: 'account.create', data: { code: 'C-SU-00501', nameZh: '苏州明德包装材料有限公司', nameEn: 'Suzhou Mingde Packaging Materials Co., Ltd.', industry: 'manufacturing', phone: '0512-6552 3180' } },
  { type: 'account.create', data: { code: 'C-HZ-00501', nameZh: 'ＡＢＣ电子（杭州）有限公司', nameEn: '', industry: 'electronics', phone: '0571-8517 2260' } },
  { type: 'account.activate', data: { code: 'C-HZ-00501' } },
  { type: 'clock.advance', data: { minutes: 30 } },
  { type: 'contact.create', data: { accountCode: 'C-SU-00501', name: '刘洋', title: '采购经理', phone: '139 1234 5678', email: 'liu.yang@mingde-pack.com' } },
  { type: 'contact.create', data: { accountCode: 'C-SU-00501', name: '王芳', title: '', phone: '138 1701 6620', email: '' } },
]);

describe('goalMet', () => {
  describe('exists', () => {
    it('holds when one record meets every condition', () => {
      expect(goalMet(state, goal({ type: 'exists', entity: 'account', where: { code: 'C-SU-00501', industry: 'manufacturing' } }))).toBe(true);
      expect(goalMet(state, goal({ type: 'exists', entity: 'contact', where: { name: '刘洋', accountCode: 'C-SU-00501' } }))).toBe(true);
    });

    it('needs all conditions to hold on the same record', () => {
      expect(goalMet(state, goal({ type: 'exists', entity: 'account', where: { code: 'C-SU-00501', industry: 'electronics' } }))).toBe(false);
    });

    it('looks only at the entity it names', () => {
      expect(goalMet(state, goal({ type: 'exists', entity: 'contact', where: { code: 'C-SU-00501' } }))).toBe(false);
    });

    it('with no conditions, holds when there is any record at all', () => {
      expect(goalMet(state, goal({ type: 'exists', entity: 'contact', where: {} }))).toBe(true);
      expect(goalMet(empty, goal({ type: 'exists', entity: 'account', where: {} }))).toBe(false);
    });

    it('does not hold for a field the records do not have', () => {
      expect(goalMet(state, goal({ type: 'exists', entity: 'account', where: { owner: 'trainee' } }))).toBe(false);
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
      expect(goalMet(state, goal({ type: 'exists', entity: 'account', where: { nameZh } }))).toBe(met);
    });

    it('collapses inner whitespace on both sides', () => {
      expect(goalMet(state, goal({ type: 'exists', entity: 'account', where: { nameEn: 'Suzhou  Mingde Packaging\u3000Materials Co., Ltd.' } }))).toBe(true);
    });

    it('does not compare a string with a number field', () => {
      expect(goalMet(state, goal({ type: 'exists', entity: 'account', where: { createdAt: String(t0) } }))).toBe(false);
    });

    it('matches an empty string only to an empty field', () => {
      expect(goalMet(state, goal({ type: 'count', entity: 'contact', where: { email: '' }, min: 1, max: 1 }))).toBe(true);
    });
  });

  describe('number and boolean equality', () => {
    it('compares numbers exactly', () => {
      expect(goalMet(state, goal({ type: 'count', entity: 'account', where: { createdAt: t0 }, min: 2, max: 2 }))).toBe(true);
      expect(goalMet(state, goal({ type: 'exists', entity: 'contact', where: { createdAt: t0 + 30 * 60_000 } }))).toBe(true);
      expect(goalMet(state, goal({ type: 'exists', entity: 'contact', where: { createdAt: t0 } }))).toBe(false);
    });

    it('does not read a number out of a string field', () => {
      expect(goalMet(state, goal({ type: 'exists', entity: 'account', where: { code: 501 } }))).toBe(false);
    });

    it('compares booleans by identity, never by truthiness', () => {
      const hengtong = state.accounts['C-HZ-00501'];
      // No record field is a boolean yet; a hand-built record stands in for the first one that will be.
      const flagged: SandboxState = { ...state, accounts: { ...state.accounts, [hengtong.code]: { ...hengtong, vip: true } as Account } };
      expect(goalMet(flagged, goal({ type: 'exists', entity: 'account', where: { vip: true } }))).toBe(true);
      expect(goalMet(flagged, goal({ type: 'count', entity: 'account', where: { vip: false } }))).toBe(true);
      expect(goalMet(flagged, goal({ type: 'exists', entity: 'account', where: { vip: false } }))).toBe(false);
      expect(goalMet(state, goal({ type: 'exists', entity: 'account', where: { vip: true } }))).toBe(false);
      expect(goalMet(state, goal({ type: 'exists', entity: 'account', where: { code: true } }))).toBe(false);
    });
  });

  describe('matches', () => {
    it('tests a string field against a regular expression', () => {
      expect(goalMet(state, goal({ type: 'exists', entity: 'account', where: { code: { matches: '^C-SU-\\d{5}$' } } }))).toBe(true);
      expect(goalMet(state, goal({ type: 'exists', entity: 'account', where: { code: { matches: '^C-NJ-\\d{5}$' } } }))).toBe(false);
    });

    it('finds the pattern anywhere unless it is anchored', () => {
      expect(goalMet(state, goal({ type: 'exists', entity: 'contact', where: { phone: { matches: '1234' } } }))).toBe(true);
      expect(goalMet(state, goal({ type: 'exists', entity: 'contact', where: { phone: { matches: '^1391' } } }))).toBe(false);
    });

    it('is case-sensitive, like the pattern says', () => {
      expect(goalMet(state, goal({ type: 'exists', entity: 'account', where: { code: { matches: '^c-su-' } } }))).toBe(false);
    });

    it('never matches a field that is not a string', () => {
      expect(goalMet(state, goal({ type: 'exists', entity: 'account', where: { createdAt: { matches: '\\d+' } } }))).toBe(false);
      expect(goalMet(state, goal({ type: 'exists', entity: 'account', where: { missing: { matches: '.*' } } }))).toBe(false);
    });

    it('combines with equality on the same record', () => {
      expect(goalMet(state, goal({ type: 'exists', entity: 'contact', where: { name: '刘洋', accountCode: { matches: '^C-SU-' }, phone: '+8613912345678' } }))).toBe(true);
      expect(goalMet(state, goal({ type: 'exists', entity: 'contact', where: { name: '刘洋', accountCode: { matches: '^C-HZ-' } } }))).toBe(false);
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
      expect(goalMet(state, goal({ ...su, ...bounds }))).toBe(met);
    });

    it('can require that nothing matches', () => {
      expect(goalMet(state, goal({ type: 'count', entity: 'account', where: { status: 'dormant' }, max: 0 }))).toBe(true);
      expect(goalMet(state, goal({ type: 'count', entity: 'account', where: { status: 'active' }, max: 0 }))).toBe(false);
      expect(goalMet(empty, goal({ type: 'count', entity: 'contact', where: {}, min: 0, max: 0 }))).toBe(true);
    });

    it('counts only records meeting every condition', () => {
      expect(goalMet(state, goal({ type: 'count', entity: 'contact', where: { accountCode: 'C-SU-00501', title: '采购经理' }, min: 1, max: 1 }))).toBe(true);
    });
  });

  describe('all', () => {
    const mingde = { type: 'exists', entity: 'account', where: { code: 'C-SU-00501' } } as const;
    const contact = { type: 'exists', entity: 'contact', where: { name: '刘洋' } } as const;
    const nanjing = { type: 'exists', entity: 'account', where: { code: { matches: '^C-NJ-' } } } as const;

    it('holds when every part holds', () => {
      expect(goalMet(state, goal({ type: 'all', of: [mingde, contact] }))).toBe(true);
    });

    it('fails when any part fails', () => {
      expect(goalMet(state, goal({ type: 'all', of: [mingde, nanjing, contact] }))).toBe(false);
      expect(goalMet(state, goal({ type: 'all', of: [nanjing] }))).toBe(false);
    });

    it('nests', () => {
      expect(goalMet(state, goal({ type: 'all', of: [mingde, { type: 'all', of: [contact, { type: 'count', entity: 'account', where: {}, min: 2, max: 2 }] }] }))).toBe(
        true,
      );
      expect(goalMet(state, goal({ type: 'all', of: [mingde, { type: 'all', of: [contact, nanjing] }] }))).toBe(false);
    });

    it('must have at least one part', () => {
      expect(goalSchema.safeParse({ type: 'all', of: [] }).success).toBe(false);
    });
  });
});
