import { describe, expect, it } from 'vitest';
import { ENGINE_VERSION } from '../version.ts';
import type { AttemptRecord } from './record.ts';
import { finish, revealHint, startAttempt } from './runner.ts';
import { chengjiang, liuYang, play, scenario, withData } from './two-cards.ts';
import { sealAttempt, verifyAttempt } from './verify.ts';

const live = play([withData(chengjiang, { code: 'V2024-118' }), chengjiang, liuYang], revealHint(startAttempt(scenario), 10));
const sealed = sealAttempt(live);

describe('verifyAttempt', () => {
  it('replays the record to the live result', () => {
    expect(verifyAttempt(scenario, live.record)).toEqual({ ok: true, result: finish(live) });
    expect(verifyAttempt(scenario, sealed)).toEqual({ ok: true, result: finish(live) });
  });

  it('trusts nothing but the replay: a record without a claim is scored by what it holds', () => {
    const fewer = { ...live.record, entries: live.record.entries.filter((entry) => entry.kind === 'command').slice(1) };
    const verified = verifyAttempt(scenario, fewer);
    expect(verified.ok && verified.result).toMatchObject({ mistakes: [], hintsUsed: 0, commands: 2, score: 67 });
  });

  it.each<[string, (record: AttemptRecord) => AttemptRecord, string, string, string]>([
    ['another scenario', (record) => ({ ...record, scenarioId: 'master-data-basics' }), 'scenario.mismatch', 'two-cards', 'master-data-basics'],
    ['another version of the scenario', (record) => ({ ...record, scenarioVersion: 2 }), 'scenario.version-mismatch', '3', '2'],
    ['another engine', (record) => ({ ...record, engineVersion: '0.1.0' }), 'engine.version-mismatch', ENGINE_VERSION, '0.1.0'],
    [
      'entries out of order',
      (record) => ({ ...record, entries: [record.entries[0], record.entries[2], record.entries[1], record.entries[3]] }),
      'record.out-of-order',
      'at least 3000',
      '2000',
    ],
    [
      'a command the engine does not know',
      (record) => ({ ...record, entries: [...record.entries, { kind: 'command', offsetMs: 9000, command: { type: 'account.explode', data: {} } }] }),
      'record.unknown-command',
      'a known command type',
      '"account.explode"',
    ],
    ['its last entries cut off', (record) => ({ ...record, entries: record.entries.slice(0, 2) }), 'record.truncated', '4', '2'],
    ['a raised score', (record) => ({ ...record, claimed: { ...record.claimed!, score: 100 } }), 'result.mismatch', '39', '100'],
    ['a claim of completion', (record) => ({ ...record, claimed: { ...record.claimed!, completed: true } }), 'result.mismatch', 'false', 'true'],
    ['a mistake removed from the claim', (record) => ({ ...record, claimed: { ...record.claimed!, mistakes: 0 } }), 'result.mismatch', '1', '0'],
    ['an entry added after sealing', (record) => ({ ...record, entries: [...record.entries, { kind: 'hint', offsetMs: 99_000 }] }), 'result.mismatch', '5', '4'],
  ])('refuses a record with %s, saying why', (_what, tamper, reason, expected, received) => {
    const verified = verifyAttempt(scenario, tamper(sealed));
    expect(verified).toMatchObject({ ok: false, reason, expected, received });
    expect(!verified.ok && verified.message).toMatch(/\S/);
  });
});

describe('sealAttempt', () => {
  it('claims what the attempt came to', () => {
    expect(sealed.claimed).toEqual({ entries: 4, score: 39, stars: 0, completed: false, mistakes: 1 });
    expect(sealed.entries).toEqual(live.record.entries);
  });
});
