import { dataFolder, openLowdbStore } from './lowdb-store.ts';
import { openPostgresStore } from './postgres-store.ts';
import { StoreError, type RecordsStore } from './store.ts';

/** Whether `where` names a PostgreSQL database rather than a folder. */
export function isPostgresUrl(where: string): boolean {
  return /^postgres(ql)?:\/\//.test(where);
}

/**
 * The store the configuration names: PostgreSQL when `RECORDS_URL` is a
 * `postgres://` (or `postgresql://`) URL, with `RECORDS_POOL_SIZE`
 * connections at most; otherwise the lowdb folder `CRM_DRILL_DATA` (data/).
 * Switching is configuration alone; `crm-drill records export`/`import`
 * carry the records across.
 */
export function openRecordsStore(env: NodeJS.ProcessEnv = process.env): Promise<RecordsStore> {
  const url = env.RECORDS_URL?.trim();
  if (!url) return openLowdbStore(dataFolder(env));
  if (!isPostgresUrl(url)) throw new StoreError('invalid', `RECORDS_URL: expected a postgres://user:password@host:port/database URL, received ${JSON.stringify(redacted(url))}`, 'RECORDS_URL');
  return openPostgresStore(url, { poolSize: poolSize(env.RECORDS_POOL_SIZE) });
}

/** Where the configured records are, for a message: the URL without its password, or the folder. */
export function recordsLocation(env: NodeJS.ProcessEnv = process.env): string {
  const url = env.RECORDS_URL?.trim();
  return url ? redacted(url) : dataFolder(env);
}

function poolSize(text: string | undefined): number | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  const size = Number(text);
  if (!Number.isSafeInteger(size) || size < 1 || size > 1000) throw new StoreError('invalid', `RECORDS_POOL_SIZE: expected a whole number from 1 to 1000, received ${JSON.stringify(text)}`, 'RECORDS_POOL_SIZE');
  return size;
}

function redacted(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.href;
  } catch {
    return url.replace(/:[^:@/]*@/, ':***@');
  }
}
