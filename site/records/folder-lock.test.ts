import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectRefusal } from './contract.ts';
import { lockFileName, lockFolder } from './folder-lock.ts';

/** The pid of a process that has exited: what a server killed with SIGKILL leaves in its lock. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await once(child, 'exit');
  return child.pid!;
}

describe('lockFolder', () => {
  let folder: string;
  let lockPath: string;
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'crm-drill-lock-'));
    lockPath = join(folder, lockFileName);
  });
  afterEach(() => rm(folder, { recursive: true, force: true }));

  it('refuses a second lock from this process until the first is released', async () => {
    const lock = await lockFolder(folder);
    const refusal = await expectRefusal(lockFolder(folder), 'locked');
    expect(refusal.message).toContain(`already open in this process (pid ${process.pid}`);
    await lock.release();
    await (await lockFolder(folder)).release();
  });

  it('refuses a folder another live process holds, saying which and how to clear it', async () => {
    await writeFile(lockPath, JSON.stringify({ pid: process.ppid, hostname: hostname(), since: '2026-11-02T08:00:00.000Z' }));
    const refusal = await expectRefusal(lockFolder(folder), 'locked');
    expect(refusal.message).toContain(`in use by another CRM Drill server (pid ${process.ppid} on ${hostname()}, since 2026-11-02T08:00:00.000Z)`);
    expect(refusal.message).toContain(`delete ${lockPath}`);
  });

  it('refuses a lock from another host or one it cannot read, whose holder it cannot check', async () => {
    await writeFile(lockPath, JSON.stringify({ pid: await deadPid(), hostname: 'other-host', since: '2026-11-02T08:00:00.000Z' }));
    await expectRefusal(lockFolder(folder), 'locked');
    await writeFile(lockPath, 'pid?');
    expect((await expectRefusal(lockFolder(folder), 'locked')).message).toContain('does not say by whom');
  });

  it('takes over a lock whose process has died', async () => {
    await writeFile(lockPath, JSON.stringify({ pid: await deadPid(), hostname: hostname(), since: '2026-11-02T08:00:00.000Z' }));
    const lock = await lockFolder(folder);
    expect(JSON.parse(await readFile(lockPath, 'utf8'))).toMatchObject({ pid: process.pid });
    await lock.release();
  });

  it('leaves a lock taken over since in place when released', async () => {
    const lock = await lockFolder(folder);
    const other = JSON.stringify({ pid: process.ppid, hostname: hostname(), since: '2026-11-02T08:00:00.000Z' });
    await writeFile(lockPath, other);
    await lock.release();
    expect(await readFile(lockPath, 'utf8')).toBe(other);
  });
});
