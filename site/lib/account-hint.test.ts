import { describe, expect, it } from 'vitest';
import { readAccountHint, writeAccountHint } from './account-hint.ts';

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (name) => items.get(name) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (name) => void items.delete(name),
    setItem: (name, value) => void items.set(name, String(value)),
  };
}

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
