import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DurableJsonFile } from './durable-file.ts';
import { StoreError } from './store.ts';

const format = {
  parse(text: string): string[] {
    const value: unknown = JSON.parse(text);
    if (!Array.isArray(value)) throw new StoreError('corrupt', 'expected a list');
    return value.map(String);
  },
  serialize: (data: string[]) => JSON.stringify(data),
};

describe('DurableJsonFile', () => {
  let folder: string;
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'crm-drill-durable-'));
  });
  afterEach(() => rm(folder, { recursive: true, force: true }));

  it('reads nothing before the first write, then what was written, leaving no temp file', async () => {
    const file = new DurableJsonFile(join(folder, 'list.json'), format);
    expect(await file.read()).toBeNull();
    await file.write(['a', 'b']);
    expect(await file.read()).toEqual(['a', 'b']);
    expect(await readdir(folder)).toEqual(['list.json']);
  });

  it('writes the data as it was when the write began', async () => {
    const file = new DurableJsonFile(join(folder, 'list.json'), format);
    const data = ['a'];
    const writing = file.write(data);
    data.push('late');
    await writing;
    expect(await file.read()).toEqual(['a']);
  });

  it('refuses a file it cannot read with its path and what to do, leaving it as it was', async () => {
    const path = join(folder, 'list.json');
    await writeFile(path, '{"not":"a list"}');
    const file = new DurableJsonFile(path, format);
    await expect(file.read()).rejects.toMatchObject({ code: 'corrupt', message: `${path}: expected a list. The store leaves it as it is: restore it from a backup, or move it aside to start with no records.` });
    expect(await readFile(path, 'utf8')).toBe('{"not":"a list"}');
  });
});
