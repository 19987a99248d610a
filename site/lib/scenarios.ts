import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import * as z from 'zod/mini';
import { scenarioSchema, type Scenario } from '../../engine/index.ts';

const scenariosFolder = join(process.cwd(), 'scenarios');

/** A scenario file that does not match the schema: which file, which field, what was expected. */
export class ScenarioFileError extends Error {
  constructor(file: string, problems: string) {
    super(`Scenario file ${file} is not valid:\n${problems}\nSee scenarios/README.md for the format.`);
    this.name = 'ScenarioFileError';
  }
}

/** The engine's schemas use zod/mini, which carries no messages of its own: a scenario author gets zod's English ones. */
const englishMessages = z.locales.en().localeError;

/** Parses and validates one scenario file's text. */
export function parseScenario(file: string, text: string): Scenario {
  const parsed = scenarioSchema.safeParse(parse(text), { error: englishMessages });
  if (!parsed.success) throw new ScenarioFileError(file, z.prettifyError(parsed.error));
  const expectedName = `${parsed.data.id}.yaml`;
  if (!file.endsWith(expectedName)) throw new ScenarioFileError(file, `✖ id "${parsed.data.id}" must match the file name (${expectedName})`);
  return parsed.data;
}

let cache: Scenario[] | undefined;

/** Every scenario in `scenarios/`, validated, ordered by difficulty then id. Read once per build. */
export function loadScenarios(): Scenario[] {
  cache ??= readdirSync(scenariosFolder)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => parseScenario(join('scenarios', name), readFileSync(join(scenariosFolder, name), 'utf8')))
    .sort((a, b) => a.difficulty - b.difficulty || a.id.localeCompare(b.id));
  return cache;
}

export function loadScenario(id: string): Scenario | undefined {
  return loadScenarios().find((scenario) => scenario.id === id);
}
