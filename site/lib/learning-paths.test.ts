import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { learningPathsFile, LearningPathsFileError, loadLearningPaths, parseLearningPaths, scenariosOf } from './learning-paths.ts';
import { loadScenarios } from './scenarios.ts';

const scenarios = loadScenarios();
const ids = new Set(scenarios.map((scenario) => scenario.id));

describe(learningPathsFile, () => {
  it('parses, and names only scenarios that exist', () => {
    const paths = loadLearningPaths();
    expect(paths.map((path) => path.id)).toEqual(['new-staff', 'sales', 'service', 'project-team', 'leads', 'deals']);
    for (const path of paths) expect(path.scenarios.filter((id) => !ids.has(id)), path.id).toEqual([]);
  });

  it.each(loadLearningPaths().map((path) => [path.id, path] as const))('%s puts easy problems first: difficulty never goes down', (_id, path) => {
    const difficulties = scenariosOf(path).map((scenario) => scenario.difficulty);
    expect(difficulties).toEqual([...difficulties].sort((a, b) => a - b));
  });

  it('puts every scenario on at least one path', () => {
    const onAPath = new Set(loadLearningPaths().flatMap((path) => path.scenarios));
    expect(scenarios.map((scenario) => scenario.id).filter((id) => !onAPath.has(id))).toEqual([]);
  });
});

describe('a learning paths file that is not valid', () => {
  const good = readFileSync(learningPathsFile, 'utf8');
  const problems = (text: string) => {
    try {
      parseLearningPaths('paths.yaml', text, ids);
    } catch (error) {
      expect(error).toBeInstanceOf(LearningPathsFileError);
      return (error as Error).message;
    }
    throw new Error('expected the file to be refused');
  };

  it('names the field, the line and what it expected', () => {
    const message = problems(good.replace('      zh-CN: 销售\n', ''));
    expect(message).toMatch(/^Learning paths file paths\.yaml is not valid:\npaths\.yaml:\d+: paths\.1\.title\.zh-CN: Invalid key: Expected "zh-CN" but received undefined/);
    expect(message).toContain('See scenarios/README.md');
    const line = Number(/paths\.yaml:(\d+):/.exec(message)![1]);
    expect(good.split('\n')[line - 1]).toContain('en: Sales');
  });

  it('names a scenario that does not exist, with the ones that do', () => {
    const message = problems(good.replace('[master-data-basics, moving-from-excel', '[master-data-basics, moving-from-exel'));
    expect(message).toMatch(/paths\.yaml:\d+: paths\.3\.scenarios\.1: no scenario "moving-from-exel" in scenarios\/: expected one of /);
  });

  it('refuses an unknown key, a path id used twice and a scenario listed twice', () => {
    expect(problems(good.replace('  - id: sales\n', '  - id: sales\n    colour: blue\n'))).toMatch(/paths\.1\.colour: Invalid key: Expected never/);
    expect(problems(good.replace('id: leads', 'id: sales'))).toMatch(/paths\.4\.id: path id "sales" is listed twice; each may appear once/);
    // The first path's list, whatever else it holds, with its first scenario again in second place.
    expect(problems(good.replace('[master-data-basics, ', '[master-data-basics, master-data-basics, '))).toMatch(
      /paths\.0\.scenarios\.1: scenario "master-data-basics" is listed twice/,
    );
  });

  it('reports YAML syntax errors at their line', () => {
    expect(problems('paths:\n  - id: [unclosed\n')).toMatch(/^Learning paths file paths\.yaml is not valid:\npaths\.yaml:\d+: /);
  });
});
