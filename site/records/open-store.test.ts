import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { expectRefusal } from './contract.ts';
import { exampleTeam } from './examples.ts';
import { openRecordsStore, recordsLocation } from './open-store.ts';

describe('the store the configuration names', () => {
  it('is the lowdb folder CRM_DRILL_DATA when RECORDS_URL is unset or blank', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'crm-drill-open-'));
    try {
      const store = await openRecordsStore({ CRM_DRILL_DATA: folder, RECORDS_URL: '  ' });
      await store.createTeam(exampleTeam());
      await store.close();
      // The folder's lock file says it was lowdb that opened it.
      await expectRefusal(
        (async () => {
          const first = await openRecordsStore({ CRM_DRILL_DATA: folder });
          try {
            await openRecordsStore({ CRM_DRILL_DATA: folder });
          } finally {
            await first.close();
          }
        })(),
        'locked',
      );
      expect(recordsLocation({ CRM_DRILL_DATA: folder })).toBe(folder);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it.skipIf(inject('postgresUrl') === undefined)('is PostgreSQL when RECORDS_URL is a postgres:// URL', async () => {
    const store = await openRecordsStore({ RECORDS_URL: inject('postgresUrl'), RECORDS_POOL_SIZE: '2' });
    try {
      expect(await store.isEmpty()).toBe(true);
    } finally {
      await store.close();
    }
  });

  it('refuses a RECORDS_URL that is not a PostgreSQL URL, or a pool size that is not a whole number, naming the setting and hiding the password', async () => {
    const wrong = await expectRefusal(Promise.resolve().then(() => openRecordsStore({ RECORDS_URL: 'mysql://drill:secret@db/records' })), 'invalid', 'RECORDS_URL');
    expect(wrong.message).toContain('mysql://drill:***@db/records');
    expect(wrong.message).not.toContain('secret');
    await expectRefusal(Promise.resolve().then(() => openRecordsStore({ RECORDS_URL: 'postgres://db/records', RECORDS_POOL_SIZE: 'ten' })), 'invalid', 'RECORDS_POOL_SIZE');
    expect(recordsLocation({ RECORDS_URL: 'postgres://drill:secret@db:5432/records' })).toBe('postgres://drill:***@db:5432/records');
  });
});
