import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import type { Scenario } from '../../engine/index.ts';
import { formatProblem, type Problem } from '../../engine/scenario/file.ts';
import { learningPathsSchema, type LearningPath } from '../../engine/scenario/paths.ts';
import { loadScenarios } from './scenarios.ts';

export type { LearningPath };

/** The learning paths file, as named in errors (from the project folder). */
export const learningPathsFile = 'scenarios/paths/learning-paths.yaml';

/** A learning paths file that is not valid: every problem, each as `file:line: path: message`. */
export class LearningPathsFileError extends Error {
  readonly file: string;
  readonly problems: readonly Problem[];

  constructor(file: string, problems: readonly Problem[]) {
    const lines = problems.map((problem) => formatProblem(file, problem)).join('\n');
    super(`Learning paths file ${file} is not valid:\n${lines}\nSee scenarios/README.md (Learning paths) for the format.`);
    this.name = 'LearningPathsFileError';
    this.file = file;
    this.problems = problems;
  }
}

/**
 * Parses and validates a learning paths file's text: the schema
 * (engine/scenario/paths.ts), then that every scenario it names is one of
 * `scenarioIds`. `file` names it in errors.
 */
export function parseLearningPaths(file: string, text: string, scenarioIds: ReadonlySet<string>): LearningPath[] {
  const lineCounter = new LineCounter();
  const yaml = parseDocument(text, { lineCounter });
  const lineOf = (offset: number) => Math.max(lineCounter.linePos(offset).line, 1);
  if (yaml.errors.length > 0) {
    // The yaml package's messages end with the position and a picture of the line; ours carry the line already.
    const message = (error: Error) => error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    throw new LearningPathsFileError(file, yaml.errors.map((error) => ({ line: lineOf(error.pos[0]), column: 1, path: '', message: message(error) })));
  }
  const problemAt = (path: readonly (string | number)[], message: string): Problem => ({ line: lineOf(offsetOf(yaml, path)), column: 1, path: path.join('.'), message });

  const parsed = v.safeParse(learningPathsSchema, yaml.toJS());
  if (!parsed.success) {
    throw new LearningPathsFileError(
      file,
      parsed.issues.map((issue) => problemAt((issue.path ?? []).map((item) => item.key as string | number), issue.message)),
    );
  }
  const unknown = parsed.output.paths.flatMap((path, pathIndex) =>
    path.scenarios.flatMap((id, index) =>
      scenarioIds.has(id) ? [] : [problemAt(['paths', pathIndex, 'scenarios', index], `no scenario "${id}" in scenarios/: expected one of ${[...scenarioIds].join(', ')}`)],
    ),
  );
  if (unknown.length > 0) throw new LearningPathsFileError(file, unknown);
  return parsed.output.paths;
}

/** Where the value at `path` is written; a missing one points at the nearest ancestor that is there. */
function offsetOf(yaml: Document, path: readonly (string | number)[]): number {
  for (let length = path.length; length > 0; length--) {
    const node: unknown = yaml.getIn(path.slice(0, length), true);
    if (isNode(node) && node.range) return node.range[0];
  }
  return yaml.contents?.range?.[0] ?? 0;
}

let cached: LearningPath[] | undefined;

/** Every learning path in `scenarios/paths/learning-paths.yaml`, validated against the scenarios, in the file's order. */
export function loadLearningPaths(): LearningPath[] {
  cached ??= parseLearningPaths(
    learningPathsFile,
    readFileSync(join(process.cwd(), learningPathsFile), 'utf8'),
    new Set(loadScenarios().map((scenario) => scenario.id)),
  );
  return cached;
}

export function loadLearningPath(id: string): LearningPath | undefined {
  return loadLearningPaths().find((path) => path.id === id);
}

/** A path's scenarios, in its order. */
export function scenariosOf(path: LearningPath): Scenario[] {
  const scenarios = loadScenarios();
  return path.scenarios.map((id) => scenarios.find((scenario) => scenario.id === id)!);
}

/** The paths a scenario is on, in the file's order. */
export function pathsWith(scenarioId: string): LearningPath[] {
  return loadLearningPaths().filter((path) => path.scenarios.includes(scenarioId));
}

/** What the finish screen offers next: a scenario and the paths it comes next on, or (no `next`) the paths this scenario ends. */
export interface NextInPath {
  next?: { title: string; url: string };
  paths: { title: string; url: string }[];
}

/** For each scenario that comes next on a path this one is on, those paths; the paths it ends are grouped under no next scenario. */
export function nextInPaths(scenarioId: string): { next?: Scenario; paths: LearningPath[] }[] {
  const scenarios = loadScenarios();
  const byNext = new Map<string | undefined, LearningPath[]>();
  for (const path of pathsWith(scenarioId)) {
    const nextId = path.scenarios[path.scenarios.indexOf(scenarioId) + 1];
    byNext.set(nextId, [...(byNext.get(nextId) ?? []), path]);
  }
  return [...byNext].map(([nextId, paths]) => ({ next: scenarios.find((scenario) => scenario.id === nextId), paths }));
}
