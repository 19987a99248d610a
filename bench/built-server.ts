import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The built site on its production server (site/serve.ts), started for a
 * bench or the API fuzzer (tests/fuzz/): on a port nobody listens on (other
 * worktrees' benches may run on the same machine, and a fixed port could
 * measure their server instead) and a records folder of its own, removed
 * when it stops.
 */
export interface BuiltServer {
  readonly origin: string;
  readonly process: ChildProcess;
  /** Its records folder (CRM_DRILL_DATA); still there after `stop({ keepData: true })`. */
  readonly data: string;
  /** SIGTERM, on which the server finishes its writes and lets go of the folder's lock; resolves once it has exited. */
  stop(options?: { keepData?: boolean }): Promise<void>;
}

/** Why the site cannot be served, or undefined when it is built. */
export function notBuilt(root: string): string | undefined {
  return existsSync(join(root, 'dist', 'server', 'entry.mjs')) ? undefined : 'site not built';
}

/** Starts the server and resolves once it answers (seeding its demo company comes first), for at most 15 s. */
export async function startBuiltServer(root: string, env: Readonly<Record<string, string>> = {}): Promise<BuiltServer> {
  const data = mkdtempSync(join(tmpdir(), 'crm-drill-bench-'));
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ['site/serve.ts'], { cwd: root, env: { ...process.env, ...env, HOST: '127.0.0.1', PORT: String(port), CRM_DRILL_DATA: data }, stdio: 'ignore' });
  const stop = async ({ keepData = false } = {}) => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      await exited;
    }
    if (!keepData) rmSync(data, { recursive: true, force: true });
  };
  try {
    await answers(child, `${origin}/en/`);
  } catch (error) {
    await stop();
    throw error;
  }
  return { origin, process: child, data, stop };
}

async function freePort(): Promise<number> {
  const probe = createServer().listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const address = probe.address();
  await new Promise((closed) => probe.close(closed));
  if (address === null || typeof address === 'string') throw new Error('no free port: the probe server has no TCP address');
  return address.port;
}

async function answers(server: ChildProcess, url: string): Promise<void> {
  for (let tries = 0; tries < 150; tries++) {
    if (server.exitCode !== null) throw new Error(`the server stopped before answering (exit code ${server.exitCode}); start it with node site/serve.ts to see why`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the built site did not answer at ${url} within 15 s`);
}
