import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The built site on its production server (site/serve.ts), started for a
 * bench, the API fuzzer (tests/fuzz/) or a test: on a port nobody listens on
 * (other worktrees' benches may run on the same machine, and a fixed port
 * could measure their server instead) and a records folder of its own,
 * removed when it stops, unless it is given its records (a folder kept
 * across restarts, or `RECORDS_URL`).
 */
export interface BuiltServer {
  readonly origin: string;
  readonly process: ChildProcess;
  /** Its records folder (CRM_DRILL_DATA); still there after `stop({ keepData: true })`, and always when it was given. */
  readonly data: string;
  /** SIGTERM, on which the server finishes its writes and lets go of the folder's lock; resolves once it has exited. */
  stop(options?: { keepData?: boolean }): Promise<void>;
  /** SIGKILL, as a crash or an out-of-memory killer would: nothing finished, nothing let go (but a records folder of its own removed); resolves once it has exited. */
  kill(): Promise<void>;
  /** What it has printed, both streams, the last 8 KB. */
  output(): string;
}

export interface BuiltServerOptions {
  /** Set on top of this process's environment (DEMO_PASSWORD, RECORDS_URL…). */
  readonly env?: Readonly<Record<string, string>>;
  /** The records folder to serve, kept when the server stops: a restart finds what the last server left. */
  readonly data?: string;
}

/** Why the site cannot be served, or undefined when it is built. */
export function notBuilt(root: string): string | undefined {
  return existsSync(join(root, 'dist', 'server', 'entry.mjs')) ? undefined : 'site not built';
}

/** Starts the server and resolves once it answers (seeding its demo company comes first), for at most 15 s. */
export async function startBuiltServer(root: string, { env = {}, data: given }: BuiltServerOptions = {}): Promise<BuiltServer> {
  const data = given ?? mkdtempSync(join(tmpdir(), 'crm-drill-bench-'));
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ['site/serve.ts'], {
    cwd: root,
    env: { ...process.env, ...env, HOST: '127.0.0.1', PORT: String(port), CRM_DRILL_DATA: data },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Read as it comes, or a chatty server would block on a full pipe; kept to say why it stopped.
  let output = '';
  const keep = (text: string) => (output = (output + text).slice(-8192));
  child.stdout.setEncoding('utf8').on('data', keep);
  child.stderr.setEncoding('utf8').on('data', keep);
  const end = (signal: NodeJS.Signals) => async ({ keepData = false } = {}) => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = once(child, 'exit');
      child.kill(signal);
      await exited;
    }
    if (!keepData && given === undefined) rmSync(data, { recursive: true, force: true });
  };
  const stop = end('SIGTERM');
  try {
    await answers(child, `${origin}/en/`, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { origin, process: child, data, stop, kill: end('SIGKILL'), output: () => output };
}

async function freePort(): Promise<number> {
  const probe = createServer().listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const address = probe.address();
  await new Promise((closed) => probe.close(closed));
  if (address === null || typeof address === 'string') throw new Error('no free port: the probe server has no TCP address');
  return address.port;
}

async function answers(server: ChildProcess, url: string, output: () => string): Promise<void> {
  // Polled often: a test restarting the server a hundred times waits out each poll's remainder.
  const interval = 20;
  for (let waited = 0; waited < 15_000; waited += interval) {
    if (server.exitCode !== null) throw new Error(`the server stopped before answering (exit code ${server.exitCode}): ${output().trim() || 'it said nothing'}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
  throw new Error(`the built site did not answer at ${url} within 15 s`);
}
