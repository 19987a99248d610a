import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openRecordsStore } from '../../site/records/open-store.ts';
import { describeKilledServer } from './killed-server.ts';

describeKilledServer('lowdb', async () => {
  const folder = await mkdtemp(join(tmpdir(), 'crm-drill-crash-server-'));
  return {
    // RECORDS_URL emptied, so a shell's own cannot send the server elsewhere.
    server: { data: folder, env: { RECORDS_URL: '' } },
    open: () => openRecordsStore({ CRM_DRILL_DATA: folder }),
    remove: () => rm(folder, { recursive: true, force: true }),
  };
});
