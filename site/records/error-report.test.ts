import { describe, expect, it } from 'vitest';
import { errorReport, reportPeopleShown, tally } from './error-report.ts';
import type { ReportFilters } from './report-scope.ts';
import { attempt, mistakes, person, team } from './test-records.ts';

// Wednesday 4 March 2026, 10:00 in Beijing; the week's days are 2, 3 and 4 March.
const now = '2026-03-04T02:00:00.000Z';
const monday = '2026-03-02T02:00:00.000Z';
const tuesday = '2026-03-03T02:00:00.000Z';

const users = [
  person('ann', { teamIds: ['east'] }),
  person('bo', { teamIds: ['east'] }),
  person('cy', { teamIds: ['west'] }),
  person('lead', { role: 'lead', teamIds: ['east'] }),
];
const teams = [team('east'), team('west')];
const formats = (n: number) => mistakes(Array.from({ length: n }, () => 'validation.format' as const));
const attempts = [
  attempt('a0', 'ann', '2026-02-25T02:00:00.000Z', { mistakes: mistakes(['data.lost']) }),
  attempt('a1', 'ann', monday, { commands: 20, mistakes: mistakes(['validation.format', 'validation.format']) }),
  attempt('a2', 'ann', tuesday, { commands: 10, mistakes: mistakes(['validation.format']), scenarioId: 'master-data-basics' }),
  // Unfinished, and counted: every command issued is a command.
  attempt('b1', 'bo', tuesday, { commands: 20, completed: false }),
  attempt('c1', 'cy', now, { commands: 10, mistakes: mistakes(['data.lost']) }),
  attempt('l1', 'lead', now, { mistakes: mistakes(['data.lost', 'data.lost']) }),
];
const report = (filters: Partial<ReportFilters> = {}, bucket: 'day' | 'week' = 'day') =>
  errorReport({ attempts: [...attempts, attempts[1]], users, teams, now, filters: { period: 'week', ...filters }, bucket });

describe('errorReport', () => {
  it('counts every attempt of the trainees in the period once, finished or not', () => {
    expect(report().totals).toEqual({ attempts: 4, commands: 60, mistakes: 4, errorRate: 4 / 60 });
  });

  it('draws the period up to now as buckets with no gaps, an empty one as a gap in the line', () => {
    const { buckets, series } = report();
    expect(buckets.map((bucket) => bucket.key)).toEqual(['2026-03-02', '2026-03-03', '2026-03-04']);
    expect(series.operator.find((line) => line.key === 'ann')?.points).toEqual([tally(20, 2), tally(10, 1), tally(0, 0)]);
    expect(tally(0, 0).errorRate).toBeNull();
  });

  it('pools a team’s members, and rates a code over all the bucket’s commands', () => {
    const { series } = report();
    expect(series.team.map((line) => [line.key, line.points])).toEqual([
      ['east', [tally(20, 2), tally(30, 1), tally(0, 0)]],
      ['west', [tally(0, 0), tally(0, 0), tally(10, 1)]],
    ]);
    expect(series.code.map((line) => [line.key, line.points])).toEqual([
      ['validation.format', [tally(20, 2), tally(30, 1), tally(10, 0)]],
      ['data.lost', [tally(20, 0), tally(30, 0), tally(10, 1)]],
    ]);
    expect(series.scenario.map((line) => [line.key, line.total])).toEqual([
      ['lead-to-cash', tally(50, 3)],
      ['master-data-basics', tally(10, 1)],
    ]);
    expect(series.step.map((line) => line.key)).toEqual(['lead-to-cash/one', 'master-data-basics/one']);
  });

  it('cuts time into weeks as well', () => {
    expect(report({ period: 'all' }, 'week').buckets.map((bucket) => bucket.key)).toEqual(['2026-02-23', '2026-03-02']);
  });

  it('filters by team and by scenario', () => {
    expect(report({ teamIds: ['west'] }).totals).toMatchObject({ attempts: 1, commands: 10 });
    expect(report({ teamIds: ['west'] }).operators.map((operator) => operator.id)).toEqual(['cy']);
    expect(report({ scenarioId: 'master-data-basics' }).totals).toMatchObject({ attempts: 1, commands: 10, mistakes: 1 });
  });

  it('gives bars for every code with how many made it, and a heat map worst operator first', () => {
    const { byCode, heatMap } = report();
    expect(byCode).toHaveLength(10);
    expect(byCode.find((bar) => bar.code === 'validation.format')).toEqual({ code: 'validation.format', tally: tally(60, 3), operators: 1 });
    expect(heatMap.operators).toEqual(['ann', 'cy', 'bo']);
    expect(heatMap.cells[0][heatMap.codes.indexOf('validation.format')]).toEqual(tally(30, 3));
    expect(heatMap.cells[2].every((cell) => cell.mistakes === 0)).toBe(true);
  });

  it('lists a code as recurring when the same person makes it in two attempts', () => {
    expect(report().recurring).toEqual([{ code: 'validation.format', people: 1, mistakes: 3, operators: [{ userId: 'ann', attempts: 2, mistakes: 3 }] }]);
    // Ann lost data last week and Cy this week: two people once each is not a habit.
    expect(report({ period: 'all' }).recurring.map((entry) => entry.code)).toEqual(['validation.format']);
  });

  it('names the top operators and teams of a large company, with how many there are in all', () => {
    // 30 people on 25 teams, person n making n format mistakes in each of two attempts: the worst are the last.
    const many = Array.from({ length: 30 }, (_, n) => person(`p${String(n).padStart(2, '0')}`, { teamIds: [`t${n % 25}`] }));
    const made = many.flatMap((user, n) => [monday, tuesday].map((at) => attempt(`${user.id}-${at}`, user.id, at, { commands: 100, mistakes: formats(n + 1) })));
    const large = errorReport({ attempts: made, users: many, teams: Array.from({ length: 25 }, (_, n) => team(`t${n}`)), now, filters: { period: 'week' }, bucket: 'day' });
    expect(reportPeopleShown).toBe(20);
    expect(large.series.operator.map((line) => line.key)).toEqual(many.slice(10).map((user) => user.id).reverse());
    expect(large.lineCounts).toMatchObject({ operator: 30, team: 25, code: 1 });
    expect(large.series.team).toHaveLength(20);
    expect(large.heatMap).toMatchObject({ of: 30, operators: many.slice(10).map((user) => user.id).reverse() });
    expect(large.recurring).toEqual([expect.objectContaining({ code: 'validation.format', people: 30, mistakes: 2 * ((30 * 31) / 2) })]);
    expect(large.recurring[0].operators).toHaveLength(20);
    expect(large.operators.map((operator) => operator.id)).toEqual(many.slice(10).map((user) => user.id));
    expect(large.totals).toMatchObject({ attempts: 60, commands: 6000, mistakes: 2 * ((30 * 31) / 2) });
  });

  it('has nothing to draw for a period with no attempts', () => {
    const empty = errorReport({ attempts: [], users, teams, now, filters: { period: 'all' }, bucket: 'day' });
    expect(empty).toMatchObject({ buckets: [], totals: { attempts: 0, commands: 0, errorRate: null }, recurring: [] });
  });
});
