import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

/**
 * What a command may touch of the world, passed in so that tests run a
 * command with their own input, output, folder and clock.
 */
export interface Io {
  /** The folder relative paths on the command line start from. */
  readonly cwd: string;
  /** The project folder, which holds `scenarios/` and `content/lessons/`. */
  readonly root: string;
  /** Lines of standard input. */
  readonly stdin: AsyncIterable<string> | Iterable<string>;
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  /** Wall clock, epoch milliseconds: attempts record when each command came. */
  readonly now: () => number;
}

export function processIo(): Io {
  return {
    cwd: process.cwd(),
    root: fileURLToPath(new URL('..', import.meta.url)),
    stdin: createInterface({ input: process.stdin, crlfDelay: Infinity }),
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    now: () => Date.now(),
  };
}
