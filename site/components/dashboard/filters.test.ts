import { describe, expect, it } from 'vitest';
import { defaultFilters, filtersFromQuery, pageQuery, reportQuery } from './filters.ts';

describe('dashboard filters', () => {
  it('read back what they wrote, keeping only what differs from the defaults', () => {
    const filters = { team: 'east', period: 'week', scenario: 'lead-to-cash', bucket: 'day', lines: 'code', threshold: 25 } as const;
    expect(pageQuery(filters)).toBe('?team=east&period=week&scenario=lead-to-cash&bucket=day&lines=code&threshold=25');
    expect(filtersFromQuery(new URLSearchParams(pageQuery(filters)))).toEqual(filters);
    expect(pageQuery(defaultFilters)).toBe('');
  });

  it('fall back to the defaults for values they do not know', () => {
    expect(filtersFromQuery(new URLSearchParams('period=decade&bucket=hour&lines=moon&threshold=7&team='))).toEqual({ ...defaultFilters, team: undefined, scenario: undefined });
    expect(filtersFromQuery(new URLSearchParams('threshold=55')).threshold).toBe(defaultFilters.threshold);
  });

  it('ask the report API only what it reads, plus extras', () => {
    expect(reportQuery({ ...defaultFilters, team: 'east', lines: 'code' }, { lang: 'zh-CN' })).toBe('?period=month&bucket=week&team=east&lang=zh-CN');
  });
});
