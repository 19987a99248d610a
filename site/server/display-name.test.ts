import { describe, expect, it } from 'vitest';
import { person } from '../records/test-records.ts';
import { displayNameChange, displayNameLimit, isNameTaken } from './display-name.ts';

describe('displayNameChange', () => {
  it('takes a name trimmed, and null or an empty name as going back to the real name', () => {
    expect(displayNameChange({ displayName: '  Plum ' })).toEqual({ ok: true, displayName: 'Plum' });
    expect(displayNameChange({ displayName: '小梅' })).toEqual({ ok: true, displayName: '小梅' });
    expect(displayNameChange({ displayName: 'x'.repeat(displayNameLimit) })).toEqual({ ok: true, displayName: 'x'.repeat(displayNameLimit) });
    expect(displayNameChange({ displayName: null })).toEqual({ ok: true, displayName: undefined });
    expect(displayNameChange({ displayName: '   ' })).toEqual({ ok: true, displayName: undefined });
  });

  it('refuses anything else with a 400 naming the field and saying what it received', () => {
    const refusal = (body: unknown) => {
      const outcome = displayNameChange(body);
      if (outcome.ok) throw new Error(`accepted ${JSON.stringify(body)}`);
      expect(outcome.error).toMatchObject({ code: 'request.invalid', field: 'displayName' });
      return outcome.error.message;
    };
    expect(refusal({})).toMatch(/missing/);
    expect(refusal(['Plum'])).toMatch(/missing/);
    expect(refusal(null)).toMatch(/missing/);
    expect(refusal({ displayName: 7 })).toMatch(/received number/);
    expect(refusal({ displayName: 'x'.repeat(displayNameLimit + 1) })).toMatch(/41 characters; at most 40/);
    expect(refusal({ displayName: 'Plum\nBlossom' })).toMatch(/line break/);
  });

  it('refuses a key besides displayName, naming it, a literal "__proto__" too, as the other routes do', () => {
    for (const [body, key] of [
      [{ displayName: 'Plum', role: 'admin' }, 'role'],
      [JSON.parse('{"__proto__":{"role":"admin"},"displayName":"Plum"}'), '__proto__'],
      [JSON.parse('{"__proto__":null,"displayName":null}'), '__proto__'],
    ] as const) {
      const outcome = displayNameChange(body);
      expect(outcome, key).toMatchObject({ ok: false, error: { code: 'request.invalid', field: key, message: `${key}: not a field of a profile change; expected only { "displayName": "…" }.` } });
    }
  });
});

describe('isNameTaken', () => {
  const users = [person('mei', { name: '王梅', displayName: 'Plum' }), person('li', { name: '李伟' })];

  it('finds another person’s real or chosen name, case aside, but not one’s own', () => {
    expect(isNameTaken('李伟', 'mei', users)).toBe(true);
    expect(isNameTaken('plum', 'li', users)).toBe(true);
    expect(isNameTaken('Plum', 'mei', users)).toBe(false);
    expect(isNameTaken('王梅', 'mei', users)).toBe(false);
    expect(isNameTaken('Kevin', 'mei', users)).toBe(false);
  });
});
