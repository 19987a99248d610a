import * as v from 'valibot';
import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { scenarioSchema, type Scenario } from './schema.ts';

/**
 * A scenario file's text, read the way its author sees it: every problem
 * comes with the line and column it is on and the field it is about. Pure —
 * the caller reads the file — and kept out of `engine/index.ts` so the
 * browser does not carry the YAML parser.
 */

/** Something wrong in a scenario file. `line` and `column` count from 1; `path` is like `steps.2.goal.of.0.entity`, empty for the file as a whole. */
export interface Problem {
  readonly line: number;
  readonly column: number;
  readonly path: string;
  readonly message: string;
}

export type ScenarioFile =
  | {
      readonly ok: true;
      readonly scenario: Scenario;
      /** A problem at a field of this file, for checks made outside it (e.g. that a lesson exists). */
      readonly problemAt: (path: readonly PropertyKey[], message: string) => Problem;
    }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/** `file:line: path: message`, the form editors and terminals link to. */
export function formatProblem(file: string, problem: Problem): string {
  return problem.path === '' ? `${file}:${problem.line}: ${problem.message}` : `${file}:${problem.line}: ${problem.path}: ${problem.message}`;
}

export function readScenarioFile(fileName: string, text: string): ScenarioFile {
  const lineCounter = new LineCounter();
  const yaml = parseDocument(text, { lineCounter, merge: true });
  const position = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: Math.max(line, 1), column: col };
  };
  if (yaml.errors.length > 0) {
    return { ok: false, problems: yaml.errors.map((error) => ({ ...position(error.pos[0]), path: '', message: firstLine(error.message) })) };
  }

  const problemAt = (path: readonly PropertyKey[], message: string): Problem => ({
    ...position(offsetOf(yaml, path)),
    path: path.map(String).join('.'),
    message,
  });
  const input: unknown = yaml.toJS();
  const parsed = v.safeParse(scenarioSchema, input);
  if (!parsed.success) {
    const problems = [...parsed.issues, ...otherUnknownKeys(input, parsed.issues)].map((issue) => issueProblem(issue, problemAt));
    return { ok: false, problems: problems.sort((a, b) => a.line - b.line || a.column - b.column) };
  }
  const misnamed = fileNameProblem(fileName, parsed.output, problemAt);
  if (misnamed) return { ok: false, problems: [misnamed] };
  return { ok: true, scenario: parsed.output, problemAt };
}

/** The yaml package's messages end with the position and a picture of the line; ours carry the position already. */
function firstLine(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}

/** An issue as the author reads it, in valibot's English; an unknown key (the schema's objects are strict) at its own line. */
function issueProblem(issue: v.BaseIssue<unknown>, problemAt: (path: readonly PropertyKey[], message: string) => Problem): Problem {
  const path = (issue.path ?? []).map((item) => item.key as PropertyKey);
  return problemAt(path, isUnknownKey(issue) ? `Unrecognized key: "${String(issue.input)}"` : issue.message);
}

/** A strict object's issue for a key it does not have, whose path ends at that key. */
function isUnknownKey(issue: v.BaseIssue<unknown>): boolean {
  return issue.type === 'strict_object' && issue.expected === 'never';
}

/**
 * A strict object names only the first unknown key it meets, so each one
 * named is taken out of `input` (which this changes) and the file checked
 * again, until every unknown key has its own problem.
 */
function otherUnknownKeys(input: unknown, issues: readonly v.BaseIssue<unknown>[]): v.BaseIssue<unknown>[] {
  const others: v.BaseIssue<unknown>[] = [];
  let found = issues.filter(isUnknownKey);
  while (found.length > 0) {
    for (const issue of found) {
      const at = issue.path?.at(-1);
      if (at) delete (at.input as Record<string, unknown>)[at.key as string];
    }
    found = (v.safeParse(scenarioSchema, input).issues ?? []).filter(isUnknownKey);
    others.push(...found);
  }
  return others;
}

/**
 * Where the field at `path` is written: the key of a mapping entry, the start
 * of a list item. A field that is missing points at the nearest ancestor that
 * is there — a missing required field at the object that lacks it.
 */
function offsetOf(yaml: Document, path: readonly PropertyKey[]): number {
  let node: unknown = yaml.contents;
  let offset = yaml.contents?.range?.[0] ?? 0;
  for (const segment of path) {
    const entry = isMap(node) ? node.items.find((pair) => isScalar(pair.key) && String(pair.key.value) === String(segment)) : undefined;
    const item = isSeq(node) && typeof segment === 'number' ? node.items[segment] : undefined;
    if (entry) {
      offset = (isNode(entry.key) ? entry.key.range?.[0] : undefined) ?? offset;
      node = entry.value;
    } else if (isNode(item)) {
      offset = item.range?.[0] ?? offset;
      node = item;
    } else break;
  }
  return offset;
}

/**
 * A current scenario is `<id>.yaml`; an old version kept in
 * `scenarios/archive/` is `<id>.v<version>.yaml`. Either way the name must
 * agree with what the file says.
 */
function fileNameProblem(fileName: string, scenario: Scenario, problemAt: (path: readonly PropertyKey[], message: string) => Problem): Problem | undefined {
  const name = fileName.split(/[\\/]/).pop() ?? fileName;
  const archived = /\.v\d+\.yaml$/.test(name);
  const expected = archived ? `${scenario.id}.v${scenario.version}.yaml` : `${scenario.id}.yaml`;
  if (name === expected) return undefined;
  const idInName = archived ? name.replace(/\.v\d+\.yaml$/, '') : name.replace(/\.yaml$/, '');
  if (idInName !== scenario.id) {
    return problemAt(['id'], `id "${scenario.id}" must match the file name: expected ${expected}, found ${name}`);
  }
  return problemAt(['version'], `version ${scenario.version} must match the file name of an archived version: expected ${expected}, found ${name}`);
}
