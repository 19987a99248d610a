import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CommandInput } from '../engine/commands.ts';
import type { AttemptRecord } from '../engine/scenario/record.ts';
import { startAttempt, submit } from '../engine/scenario/runner.ts';
import { sealAttempt } from '../engine/scenario/verify.ts';
import { perfectCommands } from '../engine/scenario/walkthrough.ts';
import { parseScenario } from '../site/lib/scenarios.ts';
import { main } from './main.ts';
import { tempProject, testIo } from './test-world.ts';

const text = readFileSync(new URL('../scenarios/master-data-basics.yaml', import.meta.url), 'utf8');
const scenarioFile = 'scenarios/master-data-basics.yaml';
const scenario = parseScenario(scenarioFile, text);
const perfectPlay = perfectCommands(scenario);
function sealed(commands: readonly CommandInput[]): AttemptRecord {
  const attempt = commands.reduce((played, command, index) => submit(played, command, (index + 1) * 1000).attempt, startAttempt(scenario));
  return sealAttempt(attempt);
}
const perfect = sealed(perfectPlay);

async function verify(attempt: unknown, scenarioText = text) {
  const root = tempProject({ [scenarioFile]: scenarioText, 'attempt.json': typeof attempt === 'string' ? attempt : JSON.stringify(attempt) });
  const io = testIo(root);
  const code = await main(['verify', '--scenario', scenarioFile, '--attempt', 'attempt.json'], io);
  return { code, printed: io.printed.join('\n'), errors: io.errors };
}

describe('crm-drill verify', () => {
  it('prints the replayed result of a perfect attempt', async () => {
    const { code, printed, errors } = await verify(perfect);
    expect(errors).toEqual([]);
    expect(code).toBe(0);
    expect(JSON.parse(printed)).toMatchObject({ ok: true, result: { completed: true, score: 100, stars: 3, mistakes: [] } });
  });

  it('refuses a hand-edited score with its reason', async () => {
    const wrongCode = { ...perfectPlay[0], data: { ...perfectPlay[0].data, code: 'V2024-118' } } as CommandInput;
    const honest = sealed([wrongCode, ...perfectPlay]);
    expect(honest.claimed).toMatchObject({ score: 88, mistakes: 1 });
    const { code, printed } = await verify({ ...honest, claimed: { ...honest.claimed, score: 100 } });
    expect(code).toBe(1);
    expect(JSON.parse(printed)).toMatchObject({ ok: false, reason: 'result.mismatch', expected: '88', received: '100' });
  });

  it('refuses a record made on another version', async () => {
    const { code, printed } = await verify({ ...perfect, scenarioVersion: 2 });
    expect(code).toBe(1);
    expect(JSON.parse(printed)).toMatchObject({ ok: false, reason: 'scenario.version-mismatch', expected: '1', received: '2' });
  });

  it('names the field of a record that is not one', async () => {
    const entries = perfect.entries.map((entry, index) => (index === 3 ? { ...entry, offsetMs: 'soon' } : entry));
    const { code, printed, errors } = await verify({ ...perfect, entries, seed: undefined });
    expect(code).toBe(2);
    expect(printed).toBe('');
    expect(errors).toEqual(['attempt.json: seed: Invalid key: Expected "seed" but received undefined', 'attempt.json: entries.3.offsetMs: Invalid type: Expected number but received "soon"']);
  });

  it('says when the record is not JSON, and when the scenario file is not valid', async () => {
    const { code, errors } = await verify('{"scenarioId": ', text.replace('difficulty: 1', 'difficulty: easy'));
    expect(code).toBe(2);
    expect(errors).toEqual([
      expect.stringMatching(/^scenarios\/master-data-basics\.yaml:\d+: difficulty: Invalid type: Expected number but received "easy"$/),
      expect.stringMatching(/^attempt\.json: not an attempt record: .*JSON/),
    ]);
  });
});
