import { describe, expect, it } from 'vitest';
import { readFinished, recordFinished } from './progress.ts';
import { memoryStorage } from './memory-storage.ts';

describe('finished scenarios', () => {
  it('keeps the best result of each scenario', () => {
    const storage = memoryStorage();
    expect(readFinished(storage, 'lead-to-cash')).toBeUndefined();
    recordFinished(storage, 'lead-to-cash', { score: 70, stars: 2 });
    recordFinished(storage, 'lead-to-cash', { score: 55, stars: 1 });
    expect(readFinished(storage, 'lead-to-cash')).toEqual({ score: 70, stars: 2 });
    recordFinished(storage, 'lead-to-cash', { score: 95, stars: 3 });
    expect(readFinished(storage, 'lead-to-cash')).toEqual({ score: 95, stars: 3 });
  });

  it('ignores what it cannot read', () => {
    const storage = memoryStorage();
    storage.setItem('crm-drill.finished.funnel-hygiene', '{not json');
    expect(readFinished(storage, 'funnel-hygiene')).toBeUndefined();
    storage.setItem('crm-drill.finished.funnel-hygiene', '{"score":"high"}');
    expect(readFinished(storage, 'funnel-hygiene')).toBeUndefined();
  });
});
