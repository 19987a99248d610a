import { open, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { AttemptEntry } from '../../engine/scenario/record.ts';
import { createFolder, syncFolder } from './durable-file.ts';
import type { StoredAttempt } from './schema.ts';
import { StoreError } from './store.ts';

/** Where an attempt's line is: its file in the log folder and its bytes, newline included. */
interface LogLocation {
  readonly file: string;
  readonly offset: number;
  readonly length: number;
}

interface QueuedLine {
  readonly id: string;
  readonly file: string;
  readonly line: Buffer;
}

const logFileName = /^\d{4}-\d{2}\.jsonl$/;
/** A line starts with the attempt id, as JSON.stringify writes `{ id, entries }`: the scan reads no further. */
const lineStart = /^\{"id":"([A-Za-z0-9._-]{1,64})",/;
const headBytes = 80;
const scanChunkBytes = 4 * 1024 * 1024;

/**
 * Attempts' command logs, kept out of the lowdb document: one append-only
 * JSON-lines file per month of submission (`logs/2026-11.jsonl`), a line
 * `{"id":…,"entries":[…]}` per attempt. Saving an attempt appends its line
 * instead of rewriting every log ever kept, and the line is fsync'd before
 * the attempt's summary is written.
 *
 * Opening scans each file once, reading line breaks and ids only, into an
 * index from attempt id to byte range: reading one attempt's log reads one
 * line. A line without its newline at the end of a file is what a crash
 * mid-append leaves, never acknowledged: it is cut off, not a reason to
 * refuse the store. A line the store did not write is refused as corrupt.
 */
export class AttemptLog {
  readonly #folder: string;
  readonly #index: Map<string, LogLocation>;
  /** The bytes in each file: where its next line goes. */
  readonly #sizes: Map<string, number>;
  #queued: QueuedLine[] = [];

  private constructor(folder: string, index: Map<string, LogLocation>, sizes: Map<string, number>) {
    this.#folder = folder;
    this.#index = index;
    this.#sizes = sizes;
  }

  /** Opens the log folder; the caller holds the data folder's lock, so cutting off a partial line races with no writer. */
  static async open(folder: string): Promise<AttemptLog> {
    await createFolder(folder);
    const index = new Map<string, LogLocation>();
    const sizes = new Map<string, number>();
    // Month order: when a crash left an attempt's line without its summary and it was saved again later, the later line is the one kept.
    const files = (await readdir(folder)).filter((name) => logFileName.test(name)).sort();
    for (const file of files) sizes.set(file, await scanFile(folder, file, index));
    return new AttemptLog(folder, index, sizes);
  }

  /** Queues an attempt's line, serialised now; it reaches the disk with the next `flush`. */
  add(attempt: Pick<StoredAttempt, 'id' | 'submittedAt'>, entries: readonly AttemptEntry[]): void {
    const file = `${new Date(attempt.submittedAt).toISOString().slice(0, 7)}.jsonl`;
    this.#queued.push({ id: attempt.id, file, line: Buffer.from(`${JSON.stringify({ id: attempt.id, entries })}\n`) });
  }

  /** Appends every queued line, one write and one fsync per file, and indexes them once they are on disk. */
  async flush(): Promise<void> {
    const queued = this.#queued;
    this.#queued = [];
    const byFile = Map.groupBy(queued, ({ file }) => file);
    await Promise.all([...byFile].map(([file, lines]) => this.#append(file, lines)));
  }

  /** The attempt's entries, or undefined when no line holds them. */
  async read(id: string): Promise<AttemptEntry[] | undefined> {
    const location = this.#index.get(id);
    if (location === undefined) return undefined;
    const path = join(this.#folder, location.file);
    const bytes = Buffer.alloc(location.length);
    const file = await open(path, 'r');
    try {
      await file.read(bytes, 0, location.length, location.offset);
    } finally {
      await file.close();
    }
    let line: unknown;
    try {
      line = JSON.parse(bytes.toString('utf8'));
    } catch (error) {
      throw damaged(path, `the line of attempt "${id}" at byte ${location.offset} is not valid JSON (${(error as Error).message})`);
    }
    if (!isLogLine(line) || line.id !== id) throw damaged(path, `the line at byte ${location.offset} is not the log of attempt "${id}"`);
    return line.entries;
  }

  async #append(file: string, lines: readonly QueuedLine[]): Promise<void> {
    const created = !this.#sizes.has(file);
    const handle = await open(join(this.#folder, file), 'a');
    try {
      await handle.writeFile(Buffer.concat(lines.map(({ line }) => line)));
      await handle.datasync();
    } finally {
      await handle.close();
    }
    if (created) await syncFolder(this.#folder);
    let offset = this.#sizes.get(file) ?? 0;
    for (const { id, line } of lines) {
      this.#index.set(id, { file, offset, length: line.length });
      offset += line.length;
    }
    this.#sizes.set(file, offset);
  }
}

/** Indexes a file's lines and answers its size once a partial last line is cut off. */
async function scanFile(folder: string, file: string, index: Map<string, LogLocation>): Promise<number> {
  const path = join(folder, file);
  const handle = await open(path, 'r+');
  try {
    const chunk = Buffer.allocUnsafe(scanChunkBytes);
    let position = 0;
    let start = 0;
    let head = '';
    let lineNumber = 0;
    for (let read = await handle.read(chunk, 0, chunk.length, 0); read.bytesRead > 0; read = await handle.read(chunk, 0, chunk.length, position)) {
      const bytes = chunk.subarray(0, read.bytesRead);
      for (let from = 0; from < bytes.length; ) {
        const newline = bytes.indexOf(0x0a, from);
        const end = newline === -1 ? bytes.length : newline;
        if (head.length < headBytes) head += bytes.toString('latin1', from, Math.min(end, from + headBytes - head.length));
        if (newline === -1) break;
        lineNumber += 1;
        const id = lineStart.exec(head)?.[1];
        if (id === undefined) {
          throw damaged(path, `line ${lineNumber} (byte ${start}) is not an attempt's log: expected {"id":"…","entries":[…]}, received ${JSON.stringify(head.slice(0, 40))}`);
        }
        const next = position + newline + 1;
        index.set(id, { file, offset: start, length: next - start });
        start = next;
        head = '';
        from = newline + 1;
      }
      position += read.bytesRead;
    }
    if (start < position) {
      await handle.truncate(start);
      await handle.sync();
    }
    return start;
  } finally {
    await handle.close();
  }
}

function damaged(path: string, what: string): StoreError {
  return new StoreError('corrupt', `${path}: ${what}. The store leaves the file as it is: restore it from a backup.`);
}

function isLogLine(value: unknown): value is { id: string; entries: AttemptEntry[] } {
  return typeof value === 'object' && value !== null && 'id' in value && 'entries' in value && Array.isArray(value.entries);
}
