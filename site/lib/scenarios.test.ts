import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { finish, startAttempt, submit, verifyAttempt, type Attempt, type CommandInput } from '../../engine/index.ts';
import { perfectCommands } from '../../engine/scenario/walkthrough.ts';
import { loadScenario, loadScenarioVersion, parseScenario, ScenarioFileError, scenarioLibrary } from './scenarios.ts';

const scenario = loadScenario('master-data-basics')!;
const perfectPlay = perfectCommands(scenario);

function play(commands: CommandInput[], from: Attempt = startAttempt(scenario)): Attempt {
  return commands.reduce((attempt, command, index) => submit(attempt, command, index * 1000).attempt, from);
}

const perfect = [...perfectPlay];

describe('master-data-basics', () => {
  it('plays to a perfect score', () => {
    const result = finish(play(perfect));
    expect(result).toMatchObject({ completed: true, stepsDone: 4, commands: 7, errorRate: 0, score: 100, stars: 3 });
    expect(result.mistakes).toEqual([]);
  });

  it('records the customer number typed as our code as a format mistake, with its lesson', () => {
    const [first, ...rest] = perfect;
    const wrongCode = { ...first, data: { ...first.data, code: 'V2024-118' } } as CommandInput;
    const result = finish(play([wrongCode, ...perfect.slice(0, 1), ...rest]));
    expect(result.mistakes).toMatchObject([{ code: 'validation.format', field: 'code', step: 'mingde', lesson: 'unified-formats' }]);
    expect(result.completed).toBe(true);
    expect(result.errorRate).toBeCloseTo(1 / 8);
    expect(result.score).toBe(Math.round(100 * (7 / 8)));
  });

  it('records a missing industry as an incomplete record', () => {
    const third = perfect[4];
    const noIndustry = { ...third, data: { ...third.data, industry: '' } } as CommandInput;
    const result = finish(play([...perfect.slice(0, 4), noIndustry, ...perfect.slice(4)]));
    expect(result.mistakes).toMatchObject([{ code: 'validation.incomplete', field: 'industry', step: 'jincheng', lesson: 'complete-records' }]);
  });

  it('warns about the existing Hengtong, and records a duplicate when the trainee creates it anyway', () => {
    const duplicate: CommandInput = {
      type: 'account.create',
      data: { code: 'C-SH-00901', nameZh: '恒通电子(上海)有限公司', nameEn: 'HENGTONG ELECTRONICS (SHANGHAI) CO., LTD', industry: 'electronics', phone: '021-5048 3399' },
    };
    const before = play(perfect.slice(0, 6));
    const warned = submit(before, duplicate, 9000);
    expect(warned.result).toMatchObject({ ok: false, rejection: { code: 'duplicate.suspected', params: { code: 'C-SH-00612' } } });
    expect(warned.mistakes).toEqual([]);
    const forced = submit(warned.attempt, { ...duplicate, data: { ...duplicate.data, confirmDuplicate: true } } as CommandInput, 9500);
    expect(forced.mistakes).toMatchObject([{ code: 'duplicate.created', step: 'hengtong', lesson: 'search-before-create' }]);
  });

  it('verifies a record by replay to the same result', () => {
    const attempt = play(perfect.slice(0, 3));
    expect(verifyAttempt(scenario, attempt.record)).toEqual({ ok: true, result: finish(attempt) });
    expect(verifyAttempt(scenario, { ...attempt.record, scenarioVersion: 99 })).toMatchObject({ ok: false, reason: 'scenario.version-mismatch' });
  });
});

describe('parseScenario', () => {
  it('lists every problem as file:line: path: message', () => {
    const parse = () => parseScenario('scenarios/broken.yaml', 'id: broken\nversion: one\n');
    expect(parse).toThrow(ScenarioFileError);
    expect(parse).toThrow(/^Scenario file scenarios\/broken\.yaml is not valid:\nscenarios\/broken\.yaml:1: title: Invalid key: Expected "title" but received undefined\n/);
    expect(parse).toThrow(/\nscenarios\/broken\.yaml:2: version: Invalid type: Expected number but received "one"\n/);
  });
});

describe('scenarioLibrary', () => {
  const text = readFileSync('scenarios/master-data-basics.yaml', 'utf8');
  const version = (n: number) => text.replace(/^version: 1$/m, `version: ${n}`);

  const folders: string[] = [];
  afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true })));

  function libraryWith(files: Record<string, string>) {
    const folder = mkdtempSync(join(tmpdir(), 'crm-drill-scenarios-'));
    folders.push(folder);
    mkdirSync(join(folder, 'archive'));
    for (const [name, content] of Object.entries(files)) writeFileSync(join(folder, name), content);
    return scenarioLibrary(folder);
  }

  it('finds the current version and the archived ones', () => {
    const library = libraryWith({ 'master-data-basics.yaml': version(3), 'archive/master-data-basics.v1.yaml': version(1), 'archive/master-data-basics.v2.yaml': version(2) });
    expect(library.all().map((scenario) => [scenario.id, scenario.version])).toEqual([['master-data-basics', 3]]);
    expect(library.atVersion('master-data-basics', 3)).toBe(library.all()[0]);
    expect(library.atVersion('master-data-basics', 1)?.version).toBe(1);
    expect(library.atVersion('master-data-basics', 2)?.version).toBe(2);
    expect(library.atVersion('master-data-basics', 4)).toBeUndefined();
    expect(library.atVersion('../master-data-basics', 3)).toBeUndefined();
  });

  it('refuses an archived file whose name and version disagree', () => {
    const library = libraryWith({ 'master-data-basics.yaml': version(3), 'archive/master-data-basics.v1.yaml': version(2) });
    expect(() => library.atVersion('master-data-basics', 1)).toThrow(/master-data-basics\.v1\.yaml:\d+: version: version 2 must match the file name/);
  });

  it('reads only the file of the scenario asked for: a replay after a restart does not wait for every scenario to parse', () => {
    const library = libraryWith({ 'master-data-basics.yaml': version(3), 'broken.yaml': 'id: broken\nversion: [' });
    expect(library.atVersion('master-data-basics', 3)?.version).toBe(3);
    expect(() => library.atVersion('broken', 1)).toThrow(ScenarioFileError);
    expect(() => library.all()).toThrow(ScenarioFileError);
  });

  it('loads the project’s own scenarios, the current version by its number too', () => {
    expect(loadScenarioVersion('master-data-basics', scenario.version)).toBe(scenario);
    expect(loadScenarioVersion('master-data-basics', scenario.version + 1)).toBeUndefined();
  });
});
