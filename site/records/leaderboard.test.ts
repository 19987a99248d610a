import { describe, expect, it } from 'vitest';
import { useTranslations } from '../i18n/catalogues.ts';
import { leaderboard, type LeaderboardQuery } from './leaderboard.ts';
import type { StoredAttempt } from './schema.ts';
import { attempt, mistakes, person, team } from './test-records.ts';

// Wednesday 4 March 2026, 10:00 in Beijing. This week began Monday 2 March (1 March 16:00 UTC).
const now = '2026-03-04T02:00:00.000Z';
const thisWeek = '2026-03-03T02:00:00.000Z';
const lastWeek = '2026-02-24T02:00:00.000Z';
const lastMonth = '2026-02-10T02:00:00.000Z';

const ann = person('ann', { teamIds: ['east'] });
const bo = person('bo', { teamIds: ['east'], displayName: 'Bobcat' });
const cy = person('cy', { teamIds: ['west'], displayName: 'Cyclone' });
const lead = person('lead', { role: 'lead', teamIds: ['east'] });
const users = [ann, bo, cy, lead];
const teams = [team('east', 'East'), team('west', 'West')];

function board(attempts: readonly StoredAttempt[], query: Partial<LeaderboardQuery> = {}) {
  return leaderboard({ scope: 'individual', period: 'week', metric: 'score', attempts, users, teams, now, viewer: ann, minCommands: 10, ...query });
}
const values = (result: ReturnType<typeof board>) => result.rows.map((row) => [row.id, row.rank, row.value]);

describe('what counts: nothing can be farmed', () => {
  it('counts an attempt sent twice once', () => {
    const once = attempt('a1', 'ann', thisWeek, { score: 80 });
    expect(values(board([once, once, { ...once, submittedAt: now }]))).toEqual([['ann', 1, 80]]);
  });

  it('gives nothing this week for replaying a scenario mastered last week, and keeps it on the all-time board once', () => {
    const attempts = [attempt('a1', 'ann', lastWeek, { score: 100 }), attempt('a2', 'ann', thisWeek, { score: 100 }), attempt('a3', 'ann', thisWeek, { score: 100 })];
    expect(board(attempts).rows).toEqual([]);
    expect(values(board(attempts, { period: 'all' }))).toEqual([['ann', 1, 100]]);
  });

  it('gives nothing for a worse later run, and only the points gained for a better one', () => {
    const first = attempt('a1', 'ann', lastWeek, { score: 70 });
    expect(board([first, attempt('a2', 'ann', thisWeek, { score: 60 })]).rows).toEqual([]);
    expect(values(board([first, attempt('a2', 'ann', thisWeek, { score: 90 })]))).toEqual([['ann', 1, 20]]);
    expect(values(board([first, attempt('a2', 'ann', thisWeek, { score: 60 })], { period: 'all' }))).toEqual([['ann', 1, 70]]);
  });

  it('counts only completed runs', () => {
    expect(board([attempt('a1', 'ann', thisWeek, { completed: false, score: 40 })]).rows).toEqual([]);
  });

  it('ranks trainees only: a lead practising is not on the board', () => {
    expect(board([attempt('a1', 'lead', thisWeek)]).rows).toEqual([]);
  });

  it('counts a new version of a scenario as a new scenario, and names the versions each row counts', () => {
    const attempts = [attempt('a1', 'ann', lastWeek, { score: 100 }), attempt('a2', 'ann', thisWeek, { score: 90, scenarioVersion: 2 })];
    const [row] = board(attempts).rows;
    expect(row).toMatchObject({ value: 90, counts: [{ scenarioId: 'lead-to-cash', version: 2 }] });
    expect(board(attempts, { period: 'all' }).rows[0]).toMatchObject({
      value: 190,
      counts: [
        { scenarioId: 'lead-to-cash', version: 1 },
        { scenarioId: 'lead-to-cash', version: 2 },
      ],
    });
  });
});

describe('accuracy', () => {
  it('is 1 − mistakes ÷ commands over the best run of each version, and needs the minimum of commands', () => {
    const attempts = [
      // Ann's best run on lead-to-cash has 2 mistakes in 20; her worse run is left out.
      attempt('a1', 'ann', thisWeek, { score: 90, mistakes: mistakes(['validation.format', 'validation.format']) }),
      attempt('a2', 'ann', thisWeek, { score: 50, mistakes: mistakes(['data.lost', 'data.lost', 'data.lost', 'data.lost']) }),
      // One lucky, flawless, short run does not top the board.
      attempt('b1', 'bo', thisWeek, { commands: 5 }),
    ];
    expect(values(board(attempts, { metric: 'accuracy' }))).toEqual([['ann', 1, 0.9]]);
    expect(values(board(attempts, { metric: 'accuracy', minCommands: 5 }))).toEqual([
      ['bo', 1, 1],
      ['ann', 2, 0.9],
    ]);
  });

  it('adds the commands of several scenarios to reach the minimum', () => {
    const attempts = [attempt('b1', 'bo', thisWeek, { commands: 6 }), attempt('b2', 'bo', thisWeek, { commands: 6, scenarioId: 'master-data-basics' })];
    expect(values(board(attempts, { metric: 'accuracy' }))).toEqual([['bo', 1, 1]]);
  });
});

describe('completed and most improved', () => {
  it('counts a scenario version the first time it is completed', () => {
    const attempts = [attempt('a1', 'ann', lastWeek), attempt('a2', 'ann', thisWeek), attempt('a3', 'ann', thisWeek, { scenarioId: 'funnel-hygiene' })];
    expect(values(board(attempts, { metric: 'completed' }))).toEqual([['ann', 1, 1]]);
    expect(values(board(attempts, { metric: 'completed', period: 'all' }))).toEqual([['ann', 1, 2]]);
  });

  it('is the fall in error rate since the previous period, when both qualify', () => {
    const attempts = [
      attempt('a1', 'ann', lastWeek, { mistakes: mistakes(['data.lost', 'data.lost', 'data.lost', 'data.lost']) }),
      attempt('a2', 'ann', thisWeek, { mistakes: mistakes(['data.lost']) }),
      // Bo has no run last week: nothing to compare.
      attempt('b1', 'bo', thisWeek),
    ];
    const [row] = board(attempts, { metric: 'improved' }).rows;
    expect(row).toMatchObject({ id: 'ann', rank: 1, commands: 40 });
    expect(row.value).toBeCloseTo(0.15);
    expect(board(attempts, { metric: 'improved' }).total).toBe(1);
  });

  it('compares this month with everything before it on the all-time board', () => {
    const attempts = [attempt('a1', 'ann', lastMonth, { mistakes: mistakes(['data.lost', 'data.lost']) }), attempt('a2', 'ann', thisWeek)];
    expect(board(attempts, { metric: 'improved', period: 'all' }).rows[0].value).toBeCloseTo(0.1);
  });
});

describe('teams', () => {
  const more = [person('dee', { teamIds: ['west'] }), person('eve', { teamIds: ['west'] }), person('fay', { teamIds: ['west'] })];

  it('average totals over every trainee, so a big team does not win by size', () => {
    const attempts = [
      attempt('a1', 'ann', thisWeek, { score: 80 }),
      attempt('b1', 'bo', thisWeek, { score: 60 }),
      attempt('c1', 'cy', thisWeek, { score: 100 }),
      attempt('d1', 'dee', thisWeek, { score: 100 }),
    ];
    const result = board(attempts, { scope: 'team', users: [...users, ...more] });
    expect(result.rows.map((row) => [row.id, row.value, row.members, row.isViewer])).toEqual([
      ['east', 70, { counted: 2, total: 2 }, true],
      ['west', 50, { counted: 2, total: 4 }, false],
    ]);
  });

  it('average rates over qualifying members, and rank a team once half its trainees qualify', () => {
    const attempts = [attempt('a1', 'ann', thisWeek, { mistakes: mistakes(['data.lost', 'data.lost']) }), attempt('c1', 'cy', thisWeek)];
    const result = board(attempts, { scope: 'team', metric: 'accuracy', users: [...users, ...more] });
    // East: Ann alone is half of two. West: Cy alone is a quarter of four.
    expect(result.rows.map((row) => [row.id, row.value])).toEqual([['east', 0.9]]);
    expect(result.rules.map((rule) => rule.key)).toContain('board.rule.team.quorum');
  });
});

describe('ranks and neighbours', () => {
  const field = ['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7'].map((id) => person(id));
  // Scores 90, 80, 80, 80, 70, 60, 50: three share second place.
  const scores = [90, 80, 80, 80, 70, 60, 50];
  const attempts = field.map((p, index) => attempt(`x${index}`, p.id, thisWeek, { score: scores[index] }));
  const ranked = (viewerId: string, neighbours?: number) =>
    leaderboard({ scope: 'individual', period: 'week', metric: 'score', attempts, users: field, teams, now, viewer: field.find((p) => p.id === viewerId)!, minCommands: 10, neighbours }).rows.map((row) => [row.id, row.rank]);

  it('gives equal values one rank, and the next rank after them counts them all', () => {
    expect(ranked('p1')).toEqual([
      ['p1', 1],
      ['p2', 2],
      ['p3', 2],
      ['p4', 2],
      ['p5', 5],
      ['p6', 6],
      ['p7', 7],
    ]);
  });

  it('shows a trainee only their place and n rows either side, ranks kept', () => {
    expect(ranked('p5', 1)).toEqual([
      ['p4', 2],
      ['p5', 5],
      ['p6', 6],
    ]);
    expect(ranked('p1', 2)).toEqual([
      ['p1', 1],
      ['p2', 2],
      ['p3', 2],
    ]);
    expect(ranked('p3', 0)).toEqual([['p3', 2]]);
  });

  it('shows nothing around a viewer who is not on the board, but says how many are', () => {
    const result = leaderboard({ scope: 'individual', period: 'week', metric: 'score', attempts, users: [...field, ann], teams, now, viewer: ann, minCommands: 10, neighbours: 2 });
    expect(result).toMatchObject({ rows: [], total: 7 });
  });
});

describe('names by viewer', () => {
  const attempts = [attempt('a1', 'ann', thisWeek, { score: 90 }), attempt('b1', 'bo', thisWeek, { score: 80 }), attempt('c1', 'cy', thisWeek, { score: 70 })];
  const names = (viewer: LeaderboardQuery['viewer']) => board(attempts, { viewer }).rows.map((row) => [row.name, row.nameKind, row.isViewer]);

  it('shows a trainee the display names others chose, and their own row as others see it', () => {
    expect(names(ann)).toEqual([
      ['Real ann', 'real', true],
      ['Bobcat', 'display', false],
      ['Cyclone', 'display', false],
    ]);
    expect(names(bo)[1]).toEqual(['Bobcat', 'display', true]);
  });

  it('shows a lead the real names of the teams they lead, and display names elsewhere', () => {
    expect(names(lead)).toEqual([
      ['Real ann', 'real', false],
      ['Real bo', 'real', false],
      ['Cyclone', 'display', false],
    ]);
  });

  it('shows an admin every real name', () => {
    expect(names(person('root', { role: 'admin' })).map(([name]) => name)).toEqual(['Real ann', 'Real bo', 'Real cy']);
  });
});

describe('the rules printed on the board', () => {
  it('read whole in both languages, with the board’s own numbers filled in', () => {
    const { rules } = board([], { scope: 'team', metric: 'accuracy', minCommands: 30, neighbours: 3 });
    for (const locale of ['en', 'zh-CN'] as const) {
      const t = useTranslations(locale);
      const texts = rules.map((rule) => t(rule.key, rule.params));
      expect(texts.filter((text) => /\{\w+\}/.test(text))).toEqual([]);
      expect(texts.join('\n')).toContain('30');
    }
    expect(rules.map((rule) => rule.key)).toEqual(expect.arrayContaining(['board.rule.period.week', 'board.rule.accuracy', 'board.rule.neighbours', 'board.rule.bestPerVersion']));
  });
});
