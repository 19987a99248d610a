import { mkdir, open, readFile, rename } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Adapter } from 'lowdb';
import { StoreError } from './store.ts';

/** How a document becomes text and back; `parse` refuses what it cannot read with a StoreError. */
export interface DocumentFormat<T> {
  parse(text: string): T;
  serialize(data: T): string;
}

/**
 * A lowdb adapter whose writes survive a crash or a power cut. lowdb's own
 * JSONFile (steno) writes a temp file and renames it, but never fsyncs, so
 * after a power cut the rename may be on disk and the data not. Here the
 * temp file is fsync'd before the rename and the folder after it: once
 * `write` resolves, the new document is on disk, and until then the old one
 * is whole.
 *
 * Writes must not overlap (they share the temp file): the store runs them
 * through a GroupCommit.
 */
export class DurableJsonFile<T> implements Adapter<T> {
  readonly #path: string;
  readonly #format: DocumentFormat<T>;

  constructor(path: string, format: DocumentFormat<T>) {
    this.#path = path;
    this.#format = format;
  }

  /** The document, or null when there is no file yet; a file that cannot be read is refused, never replaced. */
  async read(): Promise<T | null> {
    let text: string;
    try {
      text = await readFile(this.#path, 'utf8');
    } catch (error) {
      if (isNodeError(error, 'ENOENT')) return null;
      throw error;
    }
    try {
      return this.#format.parse(text);
    } catch (error) {
      if (!(error instanceof StoreError)) throw error;
      const advice =
        error.code === 'newer-schema'
          ? 'Run the CRM Drill version that wrote it, or restore the copy saved before that upgrade.'
          : 'The store leaves it as it is: restore it from a backup, or move it aside to start with no records.';
      throw new StoreError(error.code, `${this.#path}: ${error.message}. ${advice}`, error.field);
    }
  }

  async write(data: T): Promise<void> {
    // Serialised before the first await: the file holds the data as it was when the write began.
    const text = this.#format.serialize(data);
    const temporary = `${this.#path}.tmp`;
    const file = await open(temporary, 'w');
    try {
      await file.writeFile(text);
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(temporary, this.#path);
    await syncFolder(dirname(this.#path));
  }
}

/** Makes a folder's entries durable: a file created in it or renamed into it is only on disk once its folder is fsync'd. */
export async function syncFolder(path: string): Promise<void> {
  const folder = await open(path, 'r');
  try {
    await folder.sync();
  } finally {
    await folder.close();
  }
}

/** Creates a folder and any missing parents, durably: each new folder is an entry in its parent, fsync'd with it. */
export async function createFolder(path: string): Promise<void> {
  const topmost = await mkdir(path, { recursive: true });
  if (topmost === undefined) return;
  for (let folder = path; folder !== dirname(topmost); folder = dirname(folder)) await syncFolder(dirname(folder));
}

export function isNodeError(error: unknown, code: string): error is NodeJS.ErrnoException {
  return error instanceof Error && (error as NodeJS.ErrnoException).code === code;
}
