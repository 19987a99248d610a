import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from './main.ts';
import { perfectCommands } from '../engine/scenario/walkthrough.ts';
import { loadScenario } from '../site/lib/scenarios.ts';
import { tempProject, testIo } from './test-world.ts';

const scenarioFile = 'scenarios/master-data-basics.yaml';
const root = tempProject({ [scenarioFile]: readFileSync(new URL(`../${scenarioFile}`, import.meta.url), 'utf8') });
const perfectPlay = perfectCommands(loadScenario('master-data-basics')!);
const lines = perfectPlay.map((command) => JSON.stringify(command));
const wrongCode = JSON.stringify({ ...perfectPlay[0], data: { ...perfectPlay[0].data, code: 'V2024-118' } });

async function play(stdin: readonly string[], ...options: string[]) {
  const io = testIo(root, stdin);
  const code = await main(['play', scenarioFile, ...options], io);
  const json = io.printed.indexOf('{');
  return { code, printed: io.printed.slice(0, json), result: JSON.parse(io.printed.slice(json).join('\n')), errors: io.errors };
}

describe('crm-drill play', () => {
  it('plays to a perfect score, step by step', async () => {
    const { code, printed, result, errors } = await play(lines);
    expect(code).toBe(0);
    expect(errors).toEqual([]);
    expect(printed.slice(0, 2)).toEqual(['Enter new customers the unified way (master-data-basics v1, seed 2026)', '']);
    expect(printed).toContain('Step 1 of 4 (mingde):');
    expect(printed).toContain(`> ${lines[0]}`);
    expect(printed.filter((line) => line.startsWith('applied:'))).toEqual([
      'applied: account.created',
      'applied: contact.created',
      'applied: account.created',
      'applied: contact.created',
      'applied: account.created',
      'applied: contact.created',
      'applied: contact.created',
    ]);
    expect(printed.filter((line) => line.startsWith('step done:'))).toEqual(['step done: mingde', 'step done: qihang', 'step done: jincheng', 'step done: hengtong']);
    expect(printed.at(-2)).toMatch(/^All steps done\./);
    expect(result).toMatchObject({ completed: true, score: 100, stars: 3, commands: 7, mistakes: [] });
  });

  it('shows a refusal with its message, the mistake, hints, and what it could not read', async () => {
    const { printed, result, errors } = await play(['hint', wrongCode, '{"type": ', '42', 'hint', 'hint', ...lines.slice(0, 2)]);
    expect(printed).toContain('hint 1: The code is C, the region, and a five-digit serial, joined by dashes. Suzhou\'s region is SU.');
    expect(printed).toContain('refused: validation.format (field code): “V2024-118” is not a customer code. Use our own format, e.g. C-SH-00107.');
    expect(printed).toContain('mistake: validation.format — Wrong format (step mingde, field code; lesson unified-formats)');
    expect(printed).toContain('no more hints for this step');
    expect(errors).toEqual([
      expect.stringMatching(/^not JSON \(.*\): type a command such as \{"type":"account\.create"/),
      expect.stringMatching(/^not a command: a command is a JSON object with a type and data/),
    ]);
    expect(result).toMatchObject({ completed: false, stepsDone: 1, commands: 3, hintsUsed: 2, mistakes: [{ code: 'validation.format', step: 'mingde' }] });
  });

  it('speaks Chinese when asked, and starts from the seed given', async () => {
    const { printed, result } = await play([wrongCode], '--lang', 'zh-CN', '--seed', '7');
    expect(printed[0]).toBe('按统一格式录入新客户 (master-data-basics v1, seed 7)');
    expect(printed).toContain('用一个未被占用的苏州（SU）编码新建客户，再把刘洋添加为联系人。');
    expect(printed).toContain('refused: validation.format (field code): “V2024-118”不是客户编码。请使用公司自己的格式，例如 C-SH-00107。');
    expect(result).toMatchObject({ commands: 1 });
  });

  it('says what is wrong with the command line', async () => {
    const io = testIo(root);
    expect(await main(['play', scenarioFile, '--seed', 'soon'], io)).toBe(2);
    expect(await main(['play', scenarioFile, '--lang', 'fr'], io)).toBe(2);
    expect(await main(['play'], io)).toBe(2);
    expect(io.errors).toEqual([
      'crm-drill play: --seed must be a whole number, got "soon"',
      'Run crm-drill play --help for its usage.',
      'crm-drill play: --lang must be one of en, zh-CN, got "fr"',
      'Run crm-drill play --help for its usage.',
      'crm-drill play: needs one scenario file, got 0',
      'Run crm-drill play --help for its usage.',
    ]);
  });
});
