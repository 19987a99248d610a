import { describe, expect, it } from 'vitest';
import { formatProblem, readScenarioFile, type Problem } from './file.ts';

/** A small valid scenario; each test breaks one thing in it and asserts the line the problem is reported at. */
const valid = `# A comment before the first key
id: one-card
version: 2
title: { en: One card, zh-CN: 一张名片 }
briefing:
  en: Enter one customer.
  zh-CN: 录入一个客户。
roles: [trainee]
difficulty: 1
minutes: 5
fixture:
  seed: 7
  accounts: 3
start: 2026-03-02T09:00:00+08:00
steps:
  - id: mingde
    instruction: { en: Create Mingde., zh-CN: 新建明德。 }
    goal:
      type: all
      of:
        - type: exists
          entity: account
          where: { nameZh: 苏州明德包装材料有限公司 }
    watches:
      - { mistake: validation.format, lesson: unified-formats }
topics: [base-data]
`;

function problems(fileName: string, text: string): readonly Problem[] {
  const file = readScenarioFile(fileName, text);
  return file.ok ? [] : file.problems;
}

describe('readScenarioFile', () => {
  it('reads a valid file, with defaults filled in', () => {
    const file = readScenarioFile('scenarios/one-card.yaml', valid);
    expect(file.ok && file.scenario).toMatchObject({ id: 'one-card', version: 2, prerequisites: [], scoring: { hintCost: 5 } });
    expect(file.ok && file.scenario.steps[0]).toMatchObject({ hints: [], expects: [] });
  });

  it('points a missing required field at the object that lacks it', () => {
    expect(problems('one-card.yaml', valid.replace('  accounts: 3\n', ''))).toEqual([
      { line: 11, column: 1, path: 'fixture.accounts', message: 'Invalid key: Expected "accounts" but received undefined' },
    ]);
    expect(problems('one-card.yaml', valid.replace('minutes: 5\n', ''))).toEqual([
      { line: 2, column: 1, path: 'minutes', message: 'Invalid key: Expected "minutes" but received undefined' },
    ]);
  });

  it('points a value of the wrong type at its key', () => {
    expect(problems('one-card.yaml', valid.replace('version: 2', 'version: two'))).toEqual([
      { line: 3, column: 1, path: 'version', message: 'Invalid type: Expected number but received "two"' },
    ]);
    expect(problems('one-card.yaml', valid.replace('entity: account', 'entity: acount'))).toMatchObject([
      {
        line: 22,
        column: 11,
        path: 'steps.0.goal.of.0.entity',
        message: expect.stringMatching(/^Invalid type: Expected \("account" \| "contact" \| .* but received "acount"$/),
      },
    ]);
  });

  it('points into flow mappings and list items', () => {
    expect(problems('one-card.yaml', valid.replace('lesson: unified-formats', 'lesson: Unified Formats'))).toMatchObject([
      { line: 25, column: 39, path: 'steps.0.watches.0.lesson' },
    ]);
    expect(problems('one-card.yaml', valid.replace('roles: [trainee]', 'roles: [trainee, boss]'))).toMatchObject([
      { line: 8, column: 18, path: 'roles.1' },
    ]);
  });

  it('reports each unknown key at its own line', () => {
    const text = valid.replace('minutes: 5\n', 'minutes: 5\nminute: 5\n').replace('    goal:\n', '    hint: Try C-SU.\n    goal:\n');
    expect(problems('one-card.yaml', text)).toEqual([
      { line: 11, column: 1, path: 'minute', message: 'Unrecognized key: "minute"' },
      { line: 19, column: 5, path: 'steps.0.hint', message: 'Unrecognized key: "hint"' },
    ]);
  });

  it('reports every unknown key of one object, not only the first', () => {
    const text = valid.replace('minutes: 5\n', 'minutes: 5\nminute: 5\nlevel: easy\n').replace('  seed: 7\n', '  seed: 7\n  size: small\n  sead: 8\n');
    expect(problems('one-card.yaml', text)).toEqual([
      { line: 11, column: 1, path: 'minute', message: 'Unrecognized key: "minute"' },
      { line: 12, column: 1, path: 'level', message: 'Unrecognized key: "level"' },
      { line: 15, column: 3, path: 'fixture.size', message: 'Unrecognized key: "size"' },
      { line: 16, column: 3, path: 'fixture.sead', message: 'Unrecognized key: "sead"' },
    ]);
  });

  it('reports every schema problem at once, in the order of the file', () => {
    const text = valid.replace('    goal:\n', '    hint: Try C-SU.\n    goal:\n').replace('difficulty: 1', 'difficulty: 9').replace('type: exists', 'type: exist');
    expect(problems('one-card.yaml', text).map((problem) => `${problem.line} ${problem.path}`)).toEqual([
      '9 difficulty',
      '18 steps.0.hint',
      '22 steps.0.goal.of.0.type',
    ]);
  });

  it('reports YAML syntax errors at their line, before any schema check', () => {
    expect(problems('one-card.yaml', valid.replace('roles: [trainee]', 'roles: [trainee'))).toMatchObject([
      { line: 9, column: 1, path: '', message: expect.stringContaining('Flow sequence in block collection must be sufficiently indented and end with a ]') },
    ]);
    expect(problems('one-card.yaml', valid.replace('minutes: 5', 'minutes: 5\nminutes: 6'))).toEqual([
      { line: 11, column: 1, path: '', message: 'Map keys must be unique' },
    ]);
  });

  it('reports an empty file as a whole', () => {
    expect(problems('one-card.yaml', '')).toEqual([{ line: 1, column: 1, path: '', message: 'Invalid type: Expected Object but received null' }]);
  });

  it('requires the id to be the file name', () => {
    expect(problems('scenarios/two-cards.yaml', valid)).toEqual([
      { line: 2, column: 1, path: 'id', message: 'id "one-card" must match the file name: expected one-card.yaml, found two-cards.yaml' },
    ]);
  });

  it('names an archived version after its id and version', () => {
    expect(readScenarioFile('scenarios/archive/one-card.v2.yaml', valid).ok).toBe(true);
    expect(problems('scenarios/archive/one-card.v1.yaml', valid)).toEqual([
      {
        line: 3,
        column: 1,
        path: 'version',
        message: 'version 2 must match the file name of an archived version: expected one-card.v2.yaml, found one-card.v1.yaml',
      },
    ]);
    expect(problems('scenarios\\archive\\two-cards.v2.yaml', valid)).toMatchObject([{ line: 2, path: 'id' }]);
  });

  it('places problems found by later checks', () => {
    const file = readScenarioFile('one-card.yaml', valid);
    expect(file.ok && file.problemAt(['steps', 0, 'watches', 0, 'lesson'], 'no such lesson')).toEqual({
      line: 25,
      column: 39,
      path: 'steps.0.watches.0.lesson',
      message: 'no such lesson',
    });
  });
});

describe('formatProblem', () => {
  it('writes file:line: path: message', () => {
    expect(formatProblem('scenarios/one-card.yaml', { line: 3, column: 1, path: 'version', message: 'Invalid input' })).toBe(
      'scenarios/one-card.yaml:3: version: Invalid input',
    );
    expect(formatProblem('one-card.yaml', { line: 9, column: 1, path: '', message: 'Map keys must be unique' })).toBe('one-card.yaml:9: Map keys must be unique');
  });
});
