import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatProblem, readScenarioFile, type ScenarioFile } from '../engine/scenario/file.ts';
import type { Scenario } from '../engine/scenario/schema.ts';
import type { Io } from './io.ts';

/** A scenario file from disk, read as the site reads it. A file that cannot be read at all is one problem, at line 1. */
export function readScenarioAt(io: Io, path: string): ScenarioFile {
  let text: string;
  try {
    text = readFileSync(resolve(io.cwd, path), 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    return { ok: false, problems: [{ line: 1, column: 1, path: '', message: `cannot be read: ${reason}` }] };
  }
  return readScenarioFile(path, text);
}

/** The scenario in a file; when it is not valid, every problem is printed as `file:line: path: message` and the answer is undefined. */
export function loadScenarioAt(io: Io, path: string): Scenario | undefined {
  const file = readScenarioAt(io, path);
  if (file.ok) return file.scenario;
  for (const problem of file.problems) io.err(formatProblem(path, problem));
  return undefined;
}
