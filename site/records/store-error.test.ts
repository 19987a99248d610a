import { describe, expect, it } from 'vitest';
import { StoreError } from './store.ts';

describe('StoreError', () => {
  it('is recognised whichever copy of the class made it, as the built server’s routes meet the store’s', () => {
    const fromAnotherCopy = Object.assign(new Error('lesson.version: taken'), { [Symbol.for('crm-drill.store-error')]: true, code: 'conflict' });
    expect(fromAnotherCopy instanceof StoreError).toBe(true);
    expect(new StoreError('conflict', 'taken') instanceof StoreError).toBe(true);
    expect(new Error('taken') instanceof StoreError).toBe(false);
  });
});
