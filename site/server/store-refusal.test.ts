import { describe, expect, it } from 'vitest';
import { StoreError } from '../records/store.ts';
import { storeRefusal } from './store-refusal.ts';

describe('storeRefusal', () => {
  it('answers a store refusal in the API terms, field and all', () => {
    expect(storeRefusal(new StoreError('conflict', 'user.username: "mei" is taken', 'username'))).toEqual({ code: 'conflict', message: 'user.username: "mei" is taken', field: 'username' });
    expect(storeRefusal(new StoreError('not-found', 'user.id: no user "x"'))).toEqual({ code: 'not-found', message: 'user.id: no user "x"' });
  });

  it('knows a StoreError made by another copy of store.ts, as the built server store is', () => {
    class OtherCopy extends Error {
      readonly code = 'invalid';
      readonly field = 'teamIds';
      override readonly name = 'StoreError';
    }
    expect(storeRefusal(new OtherCopy('user.teamIds: no team "west"'))).toEqual({ code: 'request.invalid', message: 'user.teamIds: no team "west"', field: 'teamIds' });
  });

  it('throws on what is not a refusal', () => {
    const broken = new StoreError('corrupt', 'records.json is not JSON');
    expect(() => storeRefusal(broken)).toThrow(broken);
    expect(() => storeRefusal(new TypeError('x is undefined'))).toThrow(TypeError);
  });
});
