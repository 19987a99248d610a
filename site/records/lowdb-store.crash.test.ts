import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectRefusal } from './contract.ts';
import { crashAttempt } from './lowdb-store.crash-attempts.ts';
import { openLowdbStore } from './lowdb-store.ts';

const writer = fileURLToPath(new URL('./lowdb-store.crash-writer.ts', import.meta.url));

/**
 * Runs the writer on `folder` from attempt number `first`, kills it with
 * SIGKILL once it has acknowledged `count` attempts (while its eight clients
 * have more under way), and answers every id it acknowledged.
 */
async function killWriterMidStream(folder: string, first: number, count: number): Promise<string[]> {
  const child = spawn(process.execPath, [writer, folder, String(first)], { stdio: ['ignore', 'pipe', 'pipe'] });
  const acknowledged: string[] = [];
  let stderr = '';
  let pending = '';
  let opened: () => void;
  const open = new Promise<void>((resolve) => (opened = resolve));
  child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
  child.stdout.setEncoding('utf8').on('data', (text: string) => {
    const lines = (pending + text).split('\n');
    pending = lines.pop()!;
    for (const line of lines) {
      if (line === 'open') opened();
      else acknowledged.push(line);
    }
    if (acknowledged.length >= count) child.kill('SIGKILL');
  });
  const closed = once(child, 'close');

  await Promise.race([open, closed]);
  // While the writer runs, a second server on its folder is refused.
  if (child.exitCode === null) expect((await expectRefusal(openLowdbStore(folder), 'locked')).message).toContain(`pid ${child.pid} `);
  await closed;
  expect(child.signalCode, `the writer stopped by itself: ${stderr}`).toBe('SIGKILL');
  return acknowledged;
}

describe('the lowdb store killed mid-write', () => {
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'crm-drill-crash-'));
  });
  afterAll(() => rm(folder, { recursive: true, force: true }));

  it('keeps every acknowledged attempt with its log, twice over', { timeout: 30_000 }, async () => {
    const acknowledged = [...(await killWriterMidStream(folder, 0, 300)), ...(await killWriterMidStream(folder, 10_000, 300))];
    expect(acknowledged.length).toBeGreaterThanOrEqual(600);

    const document = JSON.parse(await readFile(join(folder, 'records.json'), 'utf8')) as { attempts: { id: string }[] };
    expect(document.attempts.length).toBeGreaterThanOrEqual(acknowledged.length);
    expect((await readdir(join(folder, 'logs'))).length).toBeGreaterThan(1);

    const store = await openLowdbStore(folder);
    try {
      for (const id of acknowledged) {
        const { attempt, entries } = crashAttempt(Number(id.slice('crash-'.length)));
        expect(await store.attempt(id)).toEqual(attempt);
        expect(await store.attemptEntries(id)).toEqual(entries);
      }
    } finally {
      await store.close();
    }
  });
});
