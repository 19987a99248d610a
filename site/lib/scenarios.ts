import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Scenario } from '../../engine/index.ts';
import { formatProblem, readScenarioFile, type Problem } from '../../engine/scenario/file.ts';

/** A scenario file that is not valid: every problem, each as `file:line: path: message`. */
export class ScenarioFileError extends Error {
  readonly file: string;
  readonly problems: readonly Problem[];

  constructor(file: string, problems: readonly Problem[]) {
    const lines = problems.map((problem) => formatProblem(file, problem)).join('\n');
    super(`Scenario file ${file} is not valid:\n${lines}\nSee scenarios/README.md for the format.`);
    this.name = 'ScenarioFileError';
    this.file = file;
    this.problems = problems;
  }
}

/** Parses and validates one scenario file's text; `file` names it in errors and must be `<id>.yaml` or `<id>.v<version>.yaml`. */
export function parseScenario(file: string, text: string): Scenario {
  const read = readScenarioFile(file, text);
  if (!read.ok) throw new ScenarioFileError(file, read.problems);
  return read.scenario;
}

/**
 * The scenarios in a folder: the current version of each as `<id>.yaml`, and
 * older versions, kept so that attempts made on them stay verifiable, as
 * `archive/<id>.v<version>.yaml`. Each file is read once, when first
 * needed: a server replaying a submitted attempt needs its one scenario, and
 * parsing every file would add half a second to its first answer after each
 * start.
 */
export function scenarioLibrary(folder: string) {
  const yamlIn = (path: string) => (existsSync(path) ? readdirSync(path).filter((name) => name.endsWith('.yaml')) : []);
  const parsed = new Map<string, Scenario>();
  const read = (path: string) => {
    const scenario = parsed.get(path) ?? parseScenario(relative(process.cwd(), path), readFileSync(path, 'utf8'));
    parsed.set(path, scenario);
    return scenario;
  };
  let current: Scenario[] | undefined;

  /** Every current scenario, ordered by difficulty then id. */
  function all(): Scenario[] {
    current ??= yamlIn(folder)
      .map((name) => read(join(folder, name)))
      .sort((a, b) => a.difficulty - b.difficulty || a.id.localeCompare(b.id));
    return current;
  }

  /** The file `name` in `path`, looked up among the names on disk, never joined from the caller's id, so an id cannot reach outside the folder. */
  function file(path: string, name: string): Scenario | undefined {
    return yamlIn(path).includes(name) ? read(join(path, name)) : undefined;
  }

  /** One version of a scenario: the current one (its file is named for its id), or one from the archive. */
  function atVersion(id: string, version: number): Scenario | undefined {
    const now = file(folder, `${id}.yaml`);
    if (now?.version === version) return now;
    return file(join(folder, 'archive'), `${id}.v${version}.yaml`);
  }

  return { all, atVersion };
}

const library = scenarioLibrary(join(process.cwd(), 'scenarios'));

/** Every current scenario in `scenarios/`, validated, ordered by difficulty then id. */
export function loadScenarios(): Scenario[] {
  return library.all();
}

export function loadScenario(id: string): Scenario | undefined {
  return loadScenarios().find((scenario) => scenario.id === id);
}

/** The version of a scenario an attempt was made on: the current file, or its copy in `scenarios/archive/`. */
export function loadScenarioVersion(id: string, version: number): Scenario | undefined {
  return library.atVersion(id, version);
}
