import { describe, expect, it } from 'vitest';
import type { CommandInput } from '../../../engine/commands.ts';
import { revealHint, startAttempt, submit } from '../../../engine/scenario/runner.ts';
import { perfectCommands } from '../../../engine/scenario/walkthrough.ts';
import { loadScenario } from '../../lib/scenarios.ts';
import { replayAttempt } from './replay.ts';

const scenario = loadScenario('master-data-basics')!;
const perfectPlay = perfectCommands(scenario);
const slip = { ...perfectPlay[0], data: { ...perfectPlay[0].data, phone: '6552 3180' } } as CommandInput;

describe('replayAttempt', () => {
  it('gives each entry its answer, its mistakes and the sandbox after it, ending where the attempt ended', () => {
    const played = [slip, ...perfectPlay].reduce((attempt, command, index) => submit(attempt, command, (index + 1) * 1000).attempt, revealHint(startAttempt(scenario), 500));
    const replay = replayAttempt(scenario, played.record);

    expect(replay.steps).toHaveLength(played.record.entries.length);
    const [hint, refused, created] = replay.steps;
    expect(hint).toMatchObject({ entry: { kind: 'hint' }, mistakes: [], completed: [] });
    expect(hint.command).toBeUndefined();
    expect(refused).toMatchObject({ command: 0, result: { ok: false, rejection: { code: 'validation.format', field: 'phone' } } });
    expect(refused.mistakes.map((mistake) => mistake.code)).toEqual(['validation.format']);
    expect(refused.attempt.state).toBe(hint.attempt.state);
    expect(created.command).toBe(1);
    expect(created.result?.ok).toBe(true);
    expect(created.attempt.state.accounts['C-SU-00901']).toBeDefined();
    expect(replay.start.state.accounts['C-SU-00901']).toBeUndefined();
    expect(replay.steps.at(-1)!.attempt.state).toEqual(played.state);
    expect(replay.steps.flatMap((step) => step.mistakes)).toEqual(replay.result.mistakes);
    expect(replay.steps.flatMap((step) => step.completed)).toEqual(scenario.steps.map((step) => step.id));
  });
});
