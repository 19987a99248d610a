import { describe, expect, it } from 'vitest';
import { queryParameter, wholeNumberParameter } from './query.ts';

const url = (query: string) => new URL(`http://crm-drill.test/api/x${query}`);

describe('queryParameter', () => {
  it('takes an allowed value or the default, and names the parameter otherwise', () => {
    expect(queryParameter(url('?scope=team'), 'scope', ['team', 'individual'])).toEqual({ ok: true, value: 'team' });
    expect(queryParameter(url(''), 'metric', ['score'], 'score')).toEqual({ ok: true, value: 'score' });
    expect(queryParameter(url('?scope=<b>'), 'scope', ['team'])).toMatchObject({
      ok: false,
      error: { code: 'request.invalid', field: 'scope', message: 'scope: expected one of team, received "<b>".' },
    });
  });
});

describe('wholeNumberParameter', () => {
  it('takes digits within the range, and nothing when absent', () => {
    expect(wholeNumberParameter(url('?n=0'), 'n', 0, 50)).toEqual({ ok: true, value: 0 });
    expect(wholeNumberParameter(url('?n=50'), 'n', 0, 50)).toEqual({ ok: true, value: 50 });
    expect(wholeNumberParameter(url(''), 'n', 0, 50)).toEqual({ ok: true, value: undefined });
  });

  it('refuses what Number() would have let through: empty, hex, exponents, spaces, signs, fractions', () => {
    for (const text of ['', '0x10', '1e1', ' 5', '5 ', '+5', '-1', '1.5', '51', 'five', '9'.repeat(20)]) {
      expect(wholeNumberParameter(url(`?n=${encodeURIComponent(text)}`), 'n', 0, 50), text).toMatchObject({ ok: false, error: { code: 'request.invalid', field: 'n' } });
    }
  });

  it('says the range it expected and what it received', () => {
    expect(wholeNumberParameter(url('?version=0'), 'version', 1)).toMatchObject({ ok: false, error: { message: 'version: expected a whole number from 1 up, received "0".' } });
    expect(wholeNumberParameter(url('?n=0x10'), 'n', 0, 50)).toMatchObject({ ok: false, error: { message: 'n: expected a whole number from 0 to 50, received "0x10".' } });
  });
});
