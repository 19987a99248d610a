import { appendFile, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AttemptLog } from './attempt-log.ts';
import { exampleEntries } from './examples.ts';

const november = (id: string) => ({ id, submittedAt: '2026-11-30T23:30:00.000Z' });

describe('AttemptLog', () => {
  let folder: string;
  beforeEach(async () => {
    folder = join(await mkdtemp(join(tmpdir(), 'crm-drill-log-')), 'logs');
  });
  afterEach(() => rm(join(folder, '..'), { recursive: true, force: true }));

  it('appends a line per attempt to the file of its month, and reads it back, then after reopening', async () => {
    const log = await AttemptLog.open(folder);
    log.add(november('a1'), exampleEntries(2));
    log.add({ id: 'a2', submittedAt: '2026-12-01T07:30:00+08:00' }, exampleEntries(3));
    await log.flush();
    // 07:30 in Shanghai on 1 December is still November in UTC.
    expect(await readdir(folder)).toEqual(['2026-11.jsonl']);
    const lines = (await readFile(join(folder, '2026-11.jsonl'), 'utf8')).split('\n');
    expect(lines).toEqual([JSON.stringify({ id: 'a1', entries: exampleEntries(2) }), JSON.stringify({ id: 'a2', entries: exampleEntries(3) }), '']);
    expect(await log.read('a2')).toEqual(exampleEntries(3));
    expect(await log.read('a3')).toBeUndefined();

    const reopened = await AttemptLog.open(folder);
    expect(await reopened.read('a1')).toEqual(exampleEntries(2));
    expect(await reopened.read('a2')).toEqual(exampleEntries(3));
  });

  it('cuts off a partial last line, as a crash mid-append leaves it, and appends after it', async () => {
    const log = await AttemptLog.open(folder);
    log.add(november('a1'), exampleEntries(2));
    await log.flush();
    const path = join(folder, '2026-11.jsonl');
    await appendFile(path, '{"id":"a2","entries":[{"kind":"com');

    const reopened = await AttemptLog.open(folder);
    expect(await reopened.read('a1')).toEqual(exampleEntries(2));
    expect(await reopened.read('a2')).toBeUndefined();
    reopened.add(november('a3'), exampleEntries(1));
    await reopened.flush();
    expect(await (await AttemptLog.open(folder)).read('a3')).toEqual(exampleEntries(1));
    expect((await readFile(path, 'utf8')).split('\n')).toHaveLength(3);
  });

  it('keeps the later of two lines for one attempt: the first lost its summary in a crash', async () => {
    const log = await AttemptLog.open(folder);
    log.add(november('a1'), exampleEntries(2));
    await log.flush();
    log.add(november('a1'), exampleEntries(4));
    await log.flush();
    expect(await (await AttemptLog.open(folder)).read('a1')).toEqual(exampleEntries(4));
  });

  it('finds lines across the chunks it scans, a line head split between two', async () => {
    await rm(folder, { recursive: true, force: true });
    await AttemptLog.open(folder);
    const chunk = 4 * 1024 * 1024;
    const first = (padding: number) => `{"id":"big","entries":[],"padding":"${'x'.repeat(padding)}"}\n`;
    const big = first(chunk - 10 - first(0).length);
    await writeFile(join(folder, '2026-11.jsonl'), `${big}${JSON.stringify({ id: 'after', entries: exampleEntries(1) })}\n`);
    const log = await AttemptLog.open(folder);
    expect(await log.read('big')).toEqual([]);
    expect(await log.read('after')).toEqual(exampleEntries(1));
  });

  it('refuses a damaged line with the file and line, leaving the file as it was', async () => {
    const log = await AttemptLog.open(folder);
    log.add(november('a1'), exampleEntries(1));
    await log.flush();
    const path = join(folder, '2026-11.jsonl');
    await appendFile(path, 'garbage\n{"id":"a2","entries":[]}\npartial');
    const before = await readFile(path, 'utf8');
    await expect(AttemptLog.open(folder)).rejects.toMatchObject({
      code: 'corrupt',
      message: `${path}: line 2 (byte ${Buffer.from(before).indexOf('garbage')}) is not an attempt's log: expected {"id":"…","entries":[…]}, received "garbage". The store leaves the file as it is: restore it from a backup.`,
    });
    expect(await readFile(path, 'utf8')).toBe(before);
  });
});
