import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { loadScenarios } from '../site/lib/scenarios.ts';
import { storedAttemptSchema, userSchema } from '../site/records/schema.ts';
import { generateRecords } from './records-data.ts';

const scenarios = loadScenarios();
const now = '2026-03-04T02:00:00.000Z';
const size = { users: 40, teams: 4, attempts: 200, days: 30 };

describe('generateRecords', () => {
  it('gives the same records for the same seed', () => {
    expect(generateRecords(scenarios, 7, now, size)).toEqual(generateRecords(scenarios, 7, now, size));
    expect(generateRecords(scenarios, 8, now, size)).not.toEqual(generateRecords(scenarios, 7, now, size));
  });

  it('makes records the store would accept, oldest attempt first, within the days asked for', () => {
    const { users, teams, attempts } = generateRecords(scenarios, 7, now, size);
    expect(teams).toHaveLength(4);
    expect(users.filter((user) => user.role === 'lead')).toHaveLength(4);
    for (const user of users) v.parse(userSchema, user);
    for (const attempt of attempts) v.parse(storedAttemptSchema, attempt);
    const times = attempts.map((attempt) => Date.parse(attempt.submittedAt));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(Math.min(...times)).toBeGreaterThanOrEqual(Date.parse(now) - 30 * 86_400_000);
  });
});
