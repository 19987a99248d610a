import { describe, expect, it } from 'vitest';
import { readAccountHint, writeAccountHint } from './account-hint.ts';
import { memoryStorage } from './memory-storage.ts';

describe('the account hint', () => {
  it('keeps the name and role, and nothing else, until cleared', () => {
    const storage = memoryStorage();
    expect(readAccountHint(storage)).toBeUndefined();
    writeAccountHint({ name: 'Li Wei', role: 'lead', csrfToken: 'secret' } as never, storage);
    expect(readAccountHint(storage)).toEqual({ name: 'Li Wei', role: 'lead' });
    expect(storage.getItem('crm-drill:account')).not.toContain('secret');
    writeAccountHint(undefined, storage);
    expect(readAccountHint(storage)).toBeUndefined();
  });

  it('reads a damaged value as no hint', () => {
    const storage = memoryStorage();
    storage.setItem('crm-drill:account', '{"name":');
    expect(readAccountHint(storage)).toBeUndefined();
    storage.setItem('crm-drill:account', '{"name":"Li Wei"}');
    expect(readAccountHint(storage)).toBeUndefined();
  });
});
