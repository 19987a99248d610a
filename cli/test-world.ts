import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from 'vitest';
import type { Io } from './io.ts';

/**
 * The world a command sees in a test: a throw-away project folder holding
 * copies of the real lessons plus the files the test writes, lines to read,
 * and everything printed kept as lines.
 */

const folders: string[] = [];
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

/** A project folder with the real `content/lessons/` and the given files (path → text). */
export function tempProject(files: Readonly<Record<string, string>>): string {
  const root = mkdtempSync(join(tmpdir(), 'crm-drill-cli-'));
  folders.push(root);
  cpSync(new URL('../content/lessons', import.meta.url), join(root, 'content/lessons'), { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

export interface TestIo extends Io {
  readonly printed: string[];
  readonly errors: string[];
}

/** Input lines and a clock that moves a second per reading, in `root` as both the project and the working folder. */
export function testIo(root: string, stdin: readonly string[] = []): TestIo {
  const printed: string[] = [];
  const errors: string[] = [];
  let clock = 0;
  return {
    cwd: root,
    root,
    stdin,
    out: (line) => printed.push(...line.split('\n')),
    err: (line) => errors.push(...line.split('\n')),
    now: () => (clock += 1000),
    printed,
    errors,
  };
}
