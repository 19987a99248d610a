import { randomUUID } from 'node:crypto';
import { link, readFile, unlink, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { isNodeError } from './durable-file.ts';
import { StoreError } from './store.ts';

/** Who holds a data folder: written into its lock file. */
interface Holder {
  readonly pid: number;
  readonly hostname: string;
  readonly since: string;
}

export interface FolderLock {
  /** Lets go of the folder, unless someone has taken the lock over since. */
  release(): Promise<void>;
}

export const lockFileName = 'records.lock';

/**
 * lowdb keeps the whole document in one process's memory and writes it
 * whole: a second server on the same folder would overwrite the first
 * one's changes with its own. The folder's lock file names the process
 * holding it; a second open, from another process or from this one, is
 * refused with a StoreError `locked` saying who holds it and how to clear
 * a lock left behind. A lock whose process has died on this host (a crash,
 * `kill -9`) is taken over.
 */
export async function lockFolder(folder: string): Promise<FolderLock> {
  const path = join(folder, lockFileName);
  const text = JSON.stringify({ pid: process.pid, hostname: hostname(), since: new Date().toISOString() } satisfies Holder);
  // Written whole under a name of its own, then linked into place: link fails when a lock exists, and the lock is never half written.
  const draft = `${path}.${randomUUID()}`;
  await writeFile(draft, text);
  try {
    // Another process may take a stale lock over between our reading it and removing it: then it holds the lock, and we read that next.
    for (let tries = 0; tries < 3; tries++) {
      try {
        await link(draft, path);
        return { release: () => removeIfUnchanged(path, text) };
      } catch (error) {
        if (!isNodeError(error, 'EEXIST')) throw error;
      }
      const held = await readFile(path, 'utf8').catch((error: unknown) => {
        if (isNodeError(error, 'ENOENT')) return undefined;
        throw error;
      });
      if (held === undefined) continue;
      const holder = parseHolder(held);
      if (holder === undefined || !isStale(holder)) throw locked(folder, path, holder);
      await removeIfUnchanged(path, held);
    }
    throw new StoreError('locked', `${folder}: another process keeps taking the lock ${path} as it is freed; stop the other CRM Drill servers on this folder.`);
  } finally {
    await unlink(draft);
  }
}

function isStale(holder: Holder): boolean {
  if (holder.hostname !== hostname() || holder.pid === process.pid) return false;
  try {
    process.kill(holder.pid, 0);
    return false;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return !isNodeError(error, 'EPERM');
  }
}

function locked(folder: string, path: string, holder: Holder | undefined): StoreError {
  if (holder === undefined) {
    return new StoreError('locked', `${folder} is locked, but its lock ${path} does not say by whom. If no CRM Drill server uses this folder, delete ${path}.`);
  }
  if (holder.pid === process.pid && holder.hostname === hostname()) {
    return new StoreError('locked', `${folder} is already open in this process (pid ${holder.pid}, since ${holder.since}): close that store before opening the folder again.`);
  }
  return new StoreError(
    'locked',
    `${folder} is in use by another CRM Drill server (pid ${holder.pid} on ${holder.hostname}, since ${holder.since}). ` +
      `Two servers on one data folder would overwrite each other's records: stop the other one, or give this one a folder of its own (CRM_DRILL_DATA). ` +
      `If pid ${holder.pid} is not a CRM Drill server, the lock was left behind: delete ${path}.`,
  );
}

function parseHolder(text: string): Holder | undefined {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return undefined;
    const { pid, hostname: host, since } = value as Record<string, unknown>;
    return Number.isSafeInteger(pid) && typeof host === 'string' && typeof since === 'string' ? { pid: pid as number, hostname: host, since } : undefined;
  } catch {
    return undefined;
  }
}

/** Removes the lock file if it still holds `text`: a lock taken over since belongs to someone else. */
async function removeIfUnchanged(path: string, text: string): Promise<void> {
  try {
    if ((await readFile(path, 'utf8')) === text) await unlink(path);
  } catch (error) {
    if (!isNodeError(error, 'ENOENT')) throw error;
  }
}
