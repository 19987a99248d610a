import { describe, expect, it } from 'vitest';
import { measureRecordsStore } from './records-store.ts';

describe('measureRecordsStore', () => {
  it('measures every figure on a small company', { timeout: 30_000 }, async () => {
    const figures = await measureRecordsStore({ users: 40, attempts: 300, saves: 40, clients: 4 });
    expect(figures.map(({ name }) => name)).toEqual([
      'recordsStore.saveMs.p50',
      'recordsStore.saveMs.p99',
      'recordsStore.save4ClientsMs.p50',
      'recordsStore.save4ClientsMs.p99',
      'recordsStore.fullSaveMs.p50',
      'recordsStore.fullSave4ClientsMs.p99',
      'recordsStore.fullSave4ClientsPerSecond',
      'recordsStore.documentMB',
      'recordsStore.logsMB',
      'recordsStore.reopenMs',
      'recordsStore.attemptsMs',
      'recordsStore.teamAttemptsMs',
      'recordsStore.monthAttemptsMs',
    ]);
    for (const { name, value } of figures) expect(value, name).toBeGreaterThanOrEqual(0);
  });
});
