import { randomUUID } from 'node:crypto';
import { describe, inject } from 'vitest';
import { openRecordsStore } from '../../site/records/open-store.ts';
import { createDatabase } from '../postgres-cluster.ts';
import { describeKilledServer } from './killed-server.ts';

const cluster = inject('postgresUrl');

describe.skipIf(cluster === undefined)('PostgreSQL', () => {
  describeKilledServer('PostgreSQL', async () => {
    const url = await createDatabase(cluster!, `crash_${randomUUID().replaceAll('-', '')}`);
    return { server: { env: { RECORDS_URL: url } }, open: () => openRecordsStore({ RECORDS_URL: url }), remove: async () => {} };
  });
});
