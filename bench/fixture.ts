import { performance } from 'node:perf_hooks';
import { fixtureSizes, generateFixture } from '../engine/index.ts';
import { round, type Figure } from './figures.ts';

/**
 * How long the largest seeded sandbox takes to build: every record goes
 * through the engine's own rules (valibot schemas, phone numbers, duplicate keys), so
 * this is also how fast the engine takes in a big import.
 */

export const largeFixtureTargetMs = 3_000;

export function measureFixture(seed: number, now: number, rounds = 3): Figure[] {
  const times: number[] = [];
  let counts = { accounts: 0, contacts: 0 };
  for (let run = 0; run < rounds; run++) {
    const started = performance.now();
    const state = generateFixture({ seed, size: 'large', now });
    times.push(performance.now() - started);
    counts = { accounts: Object.keys(state.accounts).length, contacts: Object.keys(state.contacts).length };
  }
  const median = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)];
  return [
    { name: 'fixture.largeMs', value: round(median, 0), unit: 'ms', target: { atMost: largeFixtureTargetMs }, note: `median of ${rounds}, ${fixtureSizes.large.toLocaleString('en-US')} accounts` },
    { name: 'fixture.largeAccounts', value: counts.accounts, unit: 'accounts' },
    { name: 'fixture.largeContacts', value: counts.contacts, unit: 'contacts' },
  ];
}
