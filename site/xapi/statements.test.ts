import { describe, expect, it } from 'vitest';
import { exampleAttempt } from '../records/examples.ts';
import { attemptPassed, attemptStatements, drillIris, type AttemptStatementsInput } from './statements.ts';
import { statementProblems } from './test-validation.ts';

const origin = 'https://drill.example.com';
const iris = drillIris(origin);
const title = { en: 'Master data basics', 'zh-CN': '主数据基础' };
const input = (overrides: Partial<AttemptStatementsInput> = {}): AttemptStatementsInput => ({
  attempt: exampleAttempt(),
  person: { name: 'Li Wei' },
  title,
  origin,
  ...overrides,
});
const verbsOf = (input: AttemptStatementsInput) => attemptStatements(input).map((statement) => statement.verb.id.split('/').at(-1));

describe('attemptStatements', () => {
  it('says a completed attempt was attempted, completed and passed, then each mistake, every statement valid xAPI', () => {
    const statements = attemptStatements(input());
    expect(verbsOf(input())).toEqual(['attempted', 'completed', 'passed', 'made-mistake', 'made-mistake']);
    for (const statement of statements) expect(statementProblems(statement), statement.verb.id).toEqual([]);
  });

  it('names the person by their account on the site and their real name, and the scenario in both languages', () => {
    const [attempted] = attemptStatements(input());
    expect(attempted.actor).toEqual({ objectType: 'Agent', name: 'Li Wei', account: { homePage: origin, name: 'u-li-wei' } });
    expect(JSON.stringify(attempted)).not.toContain('scrypt');
    expect(attempted.object).toEqual({
      objectType: 'Activity',
      id: `${origin}/scenarios/master-data-basics`,
      definition: { name: { 'en-US': 'Master data basics', 'zh-CN': '主数据基础' }, type: 'http://adlnet.gov/expapi/activities/simulation' },
    });
    expect(attempted.context.extensions).toEqual({ [iris.attempt]: 'att-0001', [iris.scenarioVersion]: 2, [iris.engineVersion]: '0.1.0' });
    expect(attempted.timestamp).toBe('2026-11-02T09:30:00.000Z');
  });

  it('scores the outcome 0–1 scaled and 0–100 raw, with the wall time as its duration', () => {
    const passed = attemptStatements(input()).find((statement) => statement.verb.id.endsWith('/passed'));
    expect(passed?.result).toEqual({
      score: { scaled: 0.82, raw: 82, min: 0, max: 100 },
      success: true,
      completion: true,
      duration: 'PT611.5S',
      extensions: { [iris.stars]: 2, [iris.hintsUsed]: 1, [iris.commands]: 24 },
    });
  });

  it('gives each mistake its code, step and lesson as extensions', () => {
    const mistakes = attemptStatements(input()).filter((statement) => statement.verb.id === iris.mistakeVerb);
    expect(mistakes.map((statement) => statement.result)).toEqual([
      { success: false, extensions: { [iris.mistakeCode]: 'validation.format', [iris.step]: 'mingde', [iris.lesson]: 'unified-formats' } },
      { success: false, extensions: { [iris.mistakeCode]: 'duplicate.created', [iris.step]: 'jincheng', [iris.lesson]: 'search-before-create' } },
    ]);
  });

  it('leaves out completed for an unfinished attempt, which fails; valid without a known person or title too', () => {
    const unfinished = input({ attempt: exampleAttempt({ completed: false, score: 55, stars: 1, mistakes: [] }), person: undefined, title: undefined });
    expect(verbsOf(unfinished)).toEqual(['attempted', 'failed']);
    const statements = attemptStatements(unfinished);
    for (const statement of statements) expect(statementProblems(statement)).toEqual([]);
    expect(statements[0].actor).toEqual({ objectType: 'Agent', account: { homePage: origin, name: 'u-li-wei' } });
    expect(statements[0].object.definition.name).toEqual({ 'en-US': 'master-data-basics' });
    expect(statements[1].result).toMatchObject({ success: false, completion: false, score: { scaled: 0.55 } });
  });

  it('gives the same ids every time, one per attempt, kind and mistake, and one registration per attempt', () => {
    const ids = attemptStatements(input()).map((statement) => statement.id);
    expect(attemptStatements(input()).map((statement) => statement.id)).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
    const other = attemptStatements(input({ attempt: exampleAttempt({ id: 'att-0002' }) }));
    expect(other.map((statement) => statement.id).filter((id) => ids.includes(id))).toEqual([]);
    expect(new Set(attemptStatements(input()).map((statement) => statement.context.registration)).size).toBe(1);
    expect(other[0].context.registration).not.toBe(attemptStatements(input())[0].context.registration);
  });

  it('is checked by the validator: a statement broken on purpose is refused', () => {
    const [attempted] = attemptStatements(input());
    expect(statementProblems({ ...attempted, verb: { id: 'attempted' } })).not.toEqual([]);
    expect(statementProblems({ ...attempted, result: { score: { scaled: 82 } } })).not.toEqual([]);
  });
});

describe('attemptPassed', () => {
  it('is a completed attempt with at least one star', () => {
    expect(attemptPassed({ completed: true, stars: 1 })).toBe(true);
    expect(attemptPassed({ completed: true, stars: 0 })).toBe(false);
    expect(attemptPassed({ completed: false, stars: 3 })).toBe(false);
  });
});
