import { describe, expect, it } from 'vitest';
import { verifyAttempt } from '../engine/index.ts';
import { loadScenario, loadScenarioVersion } from '../site/lib/scenarios.ts';
import { acceptAttempt } from '../site/records/accept-attempt.ts';
import { createMemoryStore } from '../site/records/memory-store.ts';
import { longAttempt, submissionBodies } from './submission-bodies.ts';

const scenario = loadScenario('master-data-basics')!;
const now = new Date('2026-03-02T01:00:00Z');

describe('longAttempt', () => {
  it('is a sealed record of the commands asked for, which the server’s replay accepts as it is', () => {
    const record = longAttempt(scenario, 7, 200);
    expect(record.entries).toHaveLength(200);
    expect(record.seed).toBe(scenario.fixture.seed);
    expect(record.claimed?.entries).toBe(200);
    expect(verifyAttempt(scenario, record).ok).toBe(true);
  });

  it('gives the same log for the same seed, and another for another', () => {
    expect(longAttempt(scenario, 7, 50)).toEqual(longAttempt(scenario, 7, 50));
    expect(longAttempt(scenario, 8, 50).entries).not.toEqual(longAttempt(scenario, 7, 50).entries);
  });
});

describe('submissionBodies', () => {
  it('gives every submission its own id, so the server stores each as a new attempt', async () => {
    const body = submissionBodies({ scenario, seed: 7, commands: 30, variants: 2, idPrefix: 'bench-' });
    const store = createMemoryStore();
    const accepted = [];
    for (const n of [0, 1, 2, 3]) accepted.push(await acceptAttempt({ store, userId: 'u-mei', body: JSON.parse(body(n)), now, scenarioAt: loadScenarioVersion }));
    expect(accepted.map((outcome) => outcome.ok && outcome.created)).toEqual([true, true, true, true]);
    expect((await store.attempts()).map((attempt) => attempt.id)).toEqual(['bench-0', 'bench-1', 'bench-2', 'bench-3']);
  });

  it('sends the variants in turn', () => {
    const body = submissionBodies({ scenario, seed: 7, commands: 30, variants: 2, idPrefix: 'bench-' });
    const record = (n: number) => JSON.parse(body(n)).record;
    expect(record(2)).toEqual(record(0));
    expect(record(1).entries).not.toEqual(record(0).entries);
  });
});
