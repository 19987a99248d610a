import { describe, expect, it } from 'vitest';
import { errorReport } from '../../records/error-report.ts';
import { attempt, mistakes, person, team } from '../../records/test-records.ts';
import { heatLevel, keyLabel, trend, type Names } from './chart-data.ts';

const names: Names = {
  scenarios: [{ id: 'lead-to-cash', title: 'Lead to cash', steps: ['zero', 'one'] }],
  code: (code) => `name of ${code}`,
  step: (scenario, number) => `${scenario}, step ${number}`,
};
const report = errorReport({
  attempts: [
    attempt('a1', 'ann', '2026-03-02T02:00:00.000Z', { mistakes: mistakes(['validation.format', 'data.lost']) }),
    attempt('a2', 'bo', '2026-03-03T02:00:00.000Z', { mistakes: mistakes(['validation.format']) }),
  ],
  users: [person('ann', { teamIds: ['east'] }), person('bo', { teamIds: ['east'] })],
  teams: [team('east', '华东销售')],
  now: '2026-03-04T00:00:00.000Z',
  filters: { period: 'month' },
  bucket: 'day',
});

describe('keyLabel', () => {
  it('names each dimension’s keys as a lead reads them', () => {
    expect(keyLabel(report, names, 'operator', 'ann')).toBe('Real ann');
    expect(keyLabel(report, names, 'team', 'east')).toBe('华东销售');
    expect(keyLabel(report, names, 'scenario', 'lead-to-cash')).toBe('Lead to cash');
    expect(keyLabel(report, names, 'step', 'lead-to-cash/one')).toBe('Lead to cash, step 2');
    expect(keyLabel(report, names, 'code', 'data.lost')).toBe('name of data.lost');
    expect(keyLabel(report, names, 'step', 'retired/one')).toBe('retired/one');
  });
});

describe('trend', () => {
  it('keeps the top lines, most mistakes first, with a rate per bucket and gaps as null', () => {
    const lines = trend(report, names, 'operator', 1);
    expect(lines.of).toBe(2);
    expect(lines.buckets).toEqual(['2026-03-01', '2026-03-02', '2026-03-03', '2026-03-04']);
    expect(lines.lines).toEqual([{ key: 'ann', label: 'Real ann', rates: [null, 0.1, null, null], total: 0.1 }]);
  });
});

describe('heatLevel', () => {
  it('shades no mistake as 0 and any mistake at least 1', () => {
    expect([null, 0, 0.001, 0.02, 0.07, 0.1, 0.5].map(heatLevel)).toEqual([0, 0, 1, 1, 2, 3, 4]);
  });
});
