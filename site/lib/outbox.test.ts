import { describe, expect, it } from 'vitest';
import { Outbox, type Delivery, type KeyValueStore } from './outbox.ts';

function memoryStorage(): KeyValueStore & { values: Map<string, string> } {
  const values = new Map<string, string>();
  return { values, getItem: (key) => values.get(key) ?? null, setItem: (key, value) => void values.set(key, value) };
}

const now = new Date('2026-11-23T08:00:00Z');

describe('Outbox', () => {
  it('keeps queued attempts in storage, each id once, so a reload finds them', () => {
    const storage = memoryStorage();
    const outbox = new Outbox(storage);
    outbox.add('a1', { id: 'a1' }, now);
    outbox.add('a1', { id: 'a1', changed: true }, now);
    outbox.add('a2', { id: 'a2' }, now);
    expect(new Outbox(storage).queued.map((item) => [item.id, item.body])).toEqual([
      ['a1', { id: 'a1' }],
      ['a2', { id: 'a2' }],
    ]);
  });

  it('sends oldest first, removes what was stored, and stops at the first that must wait', async () => {
    const outbox = new Outbox(memoryStorage());
    for (const id of ['a1', 'a2', 'a3']) outbox.add(id, { id }, now);
    const sent: string[] = [];
    const answers: Record<string, Delivery> = { a1: { outcome: 'stored' }, a2: { outcome: 'retry', reason: 'offline' }, a3: { outcome: 'stored' } };
    const result = await outbox.flush(async (item) => (sent.push(item.id), answers[item.id]), now);
    expect(sent).toEqual(['a1', 'a2']);
    expect(result).toEqual({ stored: 1, waiting: 2 });
    expect(outbox.queued.map((item) => [item.id, item.tries, item.lastError])).toEqual([
      ['a2', 1, 'offline'],
      ['a3', 0, undefined],
    ]);
  });

  it('moves an attempt the server refuses for good out of the queue, with the reason', async () => {
    const outbox = new Outbox(memoryStorage());
    outbox.add('a1', { id: 'a1' }, now);
    outbox.add('a2', { id: 'a2' }, now);
    const result = await outbox.flush(async (item) => (item.id === 'a1' ? { outcome: 'refused', message: 'does not replay' } : { outcome: 'stored' }), now);
    expect(result).toEqual({ stored: 1, waiting: 0 });
    expect(outbox.refused).toEqual([{ id: 'a1', refusedAt: now.toISOString(), message: 'does not replay' }]);
  });

  it('starts empty when the kept queue is not readable', () => {
    const storage = memoryStorage();
    storage.setItem('crm-drill.outbox', '{not json');
    expect(new Outbox(storage).queued).toEqual([]);
    storage.setItem('crm-drill.outbox', '{"queued": 3}');
    expect(new Outbox(storage).refused).toEqual([]);
  });
});
