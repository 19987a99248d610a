/**
 * A throwaway PostgreSQL server for the tests and the benchmarks: a new
 * cluster in a temporary folder, listening on a free loopback port, with
 * a database per caller, gone when stopped. Uses Debian's PostgreSQL
 * binaries (`apt-get install postgresql`; `npm test` installs them when they
 * are missing). PostgreSQL refuses to run as root, so as root the cluster
 * belongs to the `postgres` user the package creates.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export interface ThrowawayCluster {
  /** The server's own database, for creating others. */
  readonly url: string;
  /** A new empty database on the cluster; its URL. */
  createDatabase(name: string): Promise<string>;
  stop(): void;
}

export interface ClusterOptions {
  /** Skips flushing to disk: the tests kill app servers, never PostgreSQL, so nothing they check depends on it. Off for benchmarks. */
  readonly fsync?: boolean;
}

const superuser = 'drill';

/** The folder holding Debian's `initdb`, `pg_ctl` and `postgres`, newest version first; undefined when PostgreSQL is not installed. */
export function postgresBinaries(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter((version) => existsSync(join(root, version, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length === 0 ? undefined : join(root, versions[0], 'bin');
}

export async function startThrowawayCluster(options: ClusterOptions = {}): Promise<ThrowawayCluster> {
  const bin = postgresBinaries();
  if (bin === undefined) throw new Error('PostgreSQL is not installed: `npm test` installs it, or run `apt-get install postgresql`.');
  const folder = mkdtempSync(join(tmpdir(), 'crm-drill-postgres-'));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) chownSync(folder, uidOf('postgres'), gidOf('postgres'));
  const run = (program: string, args: string[]) => {
    const [command, ...prefix] = asRoot ? ['runuser', '-u', 'postgres', '--'] : [];
    const result = spawnSync(command ?? join(bin, program), [...prefix, ...(command ? [join(bin, program)] : []), ...args], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${program} failed (exit ${result.status}): ${result.stderr || result.stdout}`);
  };

  const data = join(folder, 'data');
  const port = await freePort();
  run('initdb', ['-D', data, '-U', superuser, '-A', 'trust', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync']);
  const settings = ['-c listen_addresses=127.0.0.1', `-c port=${port}`, `-c unix_socket_directories=${folder}`, '-c max_connections=200'];
  if (options.fsync === false) settings.push('-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off');
  run('pg_ctl', ['start', '-w', '-D', data, '-l', join(folder, 'server.log'), '-o', settings.join(' ')]);

  const url = `postgres://${superuser}@127.0.0.1:${port}/postgres`;
  let stopped = false;
  return {
    url,
    createDatabase: (name) => createDatabase(url, name),
    stop() {
      if (stopped) return;
      stopped = true;
      try {
        run('pg_ctl', ['stop', '-D', data, '-m', 'immediate']);
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    },
  };
}

/** A new empty database beside the one `url` names; its URL. */
export async function createDatabase(url: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
  const created = new URL(url);
  created.pathname = `/${encodeURIComponent(name)}`;
  return created.href;
}

function uidOf(user: string): number {
  return Number(execFileSync('id', ['-u', user], { encoding: 'utf8' }).trim());
}

function gidOf(user: string): number {
  return Number(execFileSync('id', ['-g', user], { encoding: 'utf8' }).trim());
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address !== null ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
