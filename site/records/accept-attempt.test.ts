import { describe, expect, it } from 'vitest';
import type { CommandInput } from '../../engine/commands.ts';
import { startAttempt, submit } from '../../engine/scenario/runner.ts';
import { sealAttempt } from '../../engine/scenario/verify.ts';
import { perfectCommands } from '../../engine/scenario/walkthrough.ts';
import { loadScenario, loadScenarioVersion } from '../lib/scenarios.ts';
import { acceptAttempt } from './accept-attempt.ts';
import { createMemoryStore } from './memory-store.ts';

const scenario = loadScenario('master-data-basics')!;
const perfectPlay = perfectCommands(scenario);
const now = new Date('2026-11-23T08:00:00Z');

/** The record the player would send after these commands, four seconds apart. */
function played(commands: readonly CommandInput[]) {
  return sealAttempt(commands.reduce((attempt, command, index) => submit(attempt, command, (index + 1) * 4000).attempt, startAttempt(scenario)));
}

const perfect = played(perfectPlay);
const [first] = perfectPlay;
const malformedPhone = first.type === 'account.create' ? { ...first, data: { ...first.data, phone: '139 1234 567' } } : first;
const withMistake = played([malformedPhone, ...perfectPlay]);

function accept(body: unknown, { store = createMemoryStore(), userId = 'u-mei' } = {}) {
  return { store, outcome: acceptAttempt({ store, userId, body, now, scenarioAt: loadScenarioVersion }) };
}

describe('acceptAttempt', () => {
  it('stores the result its own replay gives', async () => {
    const { store, outcome } = accept({ id: 'a-1', record: withMistake });
    const accepted = await outcome;
    expect(accepted).toMatchObject({ ok: true, created: true, attempt: { id: 'a-1', userId: 'u-mei', scenarioId: 'master-data-basics', completed: true, submittedAt: now.toISOString() } });
    if (!accepted.ok) return;
    expect(accepted.attempt.mistakes.map((mistake) => mistake.code)).toEqual(['validation.format']);
    expect(accepted.attempt.score).toBeLessThan(100);
    expect(await store.attempt('a-1')).toEqual(accepted.attempt);
    expect(await store.attemptEntries('a-1')).toEqual(withMistake.entries);
  });

  it('ignores a forged score: the claim is dropped and the replay decides', async () => {
    const honest = await accept({ id: 'a-1', record: withMistake }).outcome;
    const forged = await accept({ id: 'a-1', record: { ...withMistake, claimed: { ...withMistake.claimed!, score: 100, stars: 3, mistakes: 0 } } }).outcome;
    expect(forged).toEqual(honest);
    expect(forged.ok && forged.attempt.score).toBeLessThan(100);
  });

  it('answers a retry of the same id with what was stored, changing nothing', async () => {
    const store = createMemoryStore();
    const first = await accept({ id: 'a-1', record: perfect }, { store }).outcome;
    const again = await accept({ id: 'a-1', record: withMistake }, { store }).outcome;
    expect(first).toMatchObject({ ok: true, created: true });
    expect(again).toEqual({ ok: true, created: false, attempt: first.ok && first.attempt });
    expect(await store.attempts()).toHaveLength(1);
  });

  it('refuses an id that is another user’s attempt', async () => {
    const store = createMemoryStore();
    await accept({ id: 'a-1', record: perfect }, { store }).outcome;
    expect(await accept({ id: 'a-1', record: perfect }, { store, userId: 'u-lin' }).outcome).toMatchObject({ ok: false, error: { code: 'conflict', field: 'id' } });
    expect((await store.attempts()).map((attempt) => attempt.userId)).toEqual(['u-mei']);
  });

  it('refuses a body of the wrong shape, naming the field, and stores nothing', async () => {
    const { store, outcome } = accept({ id: 'a 1', record: perfect });
    expect(await outcome).toMatchObject({ ok: false, error: { code: 'request.invalid', field: 'id' } });
    expect(await accept({ id: 'a-1', record: { ...perfect, seed: 'x' } }).outcome).toMatchObject({ ok: false, error: { code: 'request.invalid', field: 'record.seed' } });
    expect(await store.isEmpty()).toBe(true);
  });

  it('refuses a log over 5,000 commands with 413’s code', async () => {
    const entries = Array.from({ length: 5_001 }, (_, index) => ({ kind: 'command' as const, offsetMs: index, command: { type: 'clock.advance', data: { minutes: 1 } } }));
    expect(await accept({ id: 'a-1', record: { ...perfect, entries, claimed: undefined } }).outcome).toMatchObject({ ok: false, error: { code: 'request.too-large', field: 'record.entries' } });
  });

  it('refuses a scenario version the server does not have, and a log that does not replay', async () => {
    expect(await accept({ id: 'a-1', record: { ...perfect, scenarioVersion: 99 } }).outcome).toMatchObject({
      ok: false,
      error: { code: 'attempt.scenario-unknown', field: 'record.scenarioVersion' },
    });
    const outOfOrder = { ...perfect, entries: [...perfect.entries].reverse() };
    const refused = await accept({ id: 'a-1', record: outOfOrder }).outcome;
    expect(refused).toMatchObject({ ok: false, error: { code: 'attempt.not-replayable' } });
    expect(!refused.ok && refused.error.message).toMatch(/^record\.out-of-order: /);
  });
});
