import { describe, expect, it } from 'vitest';
import { loadScenarios } from '../lib/scenarios.ts';
import { useTranslations } from '../i18n/catalogues.ts';
import { badgeParams, badges, badgeStandings } from './badges.ts';
import { contactEntrySteps } from './contact-steps.ts';
import type { StoredAttempt } from './schema.ts';
import { attempt, mistakes } from './test-records.ts';

const contactSteps = contactEntrySteps(loadScenarios());
const day = (n: number) => `2026-03-${String(n).padStart(2, '0')}T02:00:00.000Z`;
const standing = (attempts: readonly StoredAttempt[], id: string) => badgeStandings('ann', attempts, contactSteps).find((entry) => entry.badge.id === id)!;

/** A master-data-basics run: four steps, each entering one contact, with mistakes in the steps named. */
function cards(id: string, at: string, wrongSteps: readonly string[] = [], fields: Partial<StoredAttempt> = {}): StoredAttempt {
  const steps = ['mingde', 'qihang', 'jincheng', 'hengtong'];
  return attempt(id, 'ann', at, {
    scenarioId: 'master-data-basics',
    mistakes: mistakes(wrongSteps.map(() => 'validation.format')),
    perStep: steps.map((step) => ({ id: step, commands: 3, mistakes: wrongSteps.includes(step) ? 1 : 0, hints: 0 })),
    ...fields,
  });
}

describe('contactEntrySteps', () => {
  it('reads from the scenarios which steps have the trainee enter contacts, leaving out the ones the fixture already holds', () => {
    expect(contactSteps.get('master-data-basics@1/mingde')).toBe(1);
    expect(contactSteps.get('moving-from-excel@1/import')).toBe(3);
    // 陈敏 raised the complaint and is in the fixture; taking the ticket enters no one.
    expect(contactSteps.has('complaint-within-sla@1/take')).toBe(false);
    expect(contactSteps.get('complaint-within-sla@1/call')).toBe(1);
    expect([...contactSteps.values()].reduce((sum, n) => sum + n, 0)).toBeGreaterThanOrEqual(10);
  });
});

describe('badgeStandings', () => {
  it('gives the first-scenario badge at the first completed run, and none for an unfinished one', () => {
    expect(standing([attempt('a1', 'ann', day(2), { completed: false })], 'first-scenario')).toMatchObject({ done: 0, of: 1 });
    expect(standing([attempt('a1', 'ann', day(2), { completed: false }), attempt('a2', 'ann', day(3))], 'first-scenario')).toMatchObject({ done: 1, earnedAt: day(3) });
  });

  it('counts each step’s clean contacts once, however often it is replayed', () => {
    const replays = [cards('m1', day(2)), cards('m2', day(3)), cards('m3', day(4))];
    expect(standing(replays, 'ten-clean-contacts')).toMatchObject({ done: 4, of: 10 });
  });

  it('counts a step with a mistake only once it is done cleanly, and ignores other people’s runs', () => {
    const runs = [cards('m1', day(2), ['qihang', 'hengtong']), cards('m2', day(3), ['hengtong']), { ...cards('x1', day(2)), userId: 'bo' }];
    expect(standing(runs, 'ten-clean-contacts').done).toBe(3);
  });

  it('earns ten clean contacts across scenarios, dated by the run that reached ten', () => {
    const excel = (id: string, at: string) =>
      attempt(id, 'ann', at, {
        scenarioId: 'moving-from-excel',
        perStep: ['import', 'find-the-customer', 'fix-the-cells'].map((step) => ({ id: step, commands: 5, mistakes: 0, hints: 0 })),
      });
    expect(standing([cards('m1', day(2)), excel('e1', day(5)), excel('e2', day(6))], 'ten-clean-contacts')).toEqual(expect.objectContaining({ done: 10, earnedAt: day(5) }));
  });

  it('gives the perfect lead-to-cash badge only with no mistake and no hint', () => {
    expect(standing([attempt('a1', 'ann', day(2), { hintsUsed: 1 }), attempt('a2', 'ann', day(3), { mistakes: mistakes(['data.lost']) })], 'perfect-lead-to-cash').done).toBe(0);
    expect(standing([attempt('a1', 'ann', day(2), { scenarioVersion: 2 })], 'perfect-lead-to-cash').earnedAt).toBe(day(2));
  });

  it('counts a three-star streak over different scenarios: a replay does not lengthen it, a lower run breaks it', () => {
    const three = (id: string, at: string, scenarioId: string, stars = 3) => attempt(id, 'ann', at, { scenarioId, stars });
    const broken = [three('a', day(2), 'one'), three('b', day(3), 'two'), three('c', day(4), 'three', 2), three('d', day(5), 'four')];
    expect(standing(broken, 'three-star-streak')).toMatchObject({ done: 1 });
    const replayed = [three('a', day(2), 'one'), three('b', day(3), 'one'), three('c', day(4), 'two')];
    expect(standing(replayed, 'three-star-streak')).toMatchObject({ done: 2 });
    expect(standing([...replayed, three('d', day(5), 'three')], 'three-star-streak')).toMatchObject({ done: 3, earnedAt: day(5) });
  });

  it('counts a resubmitted attempt once', () => {
    const once = attempt('a1', 'ann', day(2), { scenarioId: 'one' });
    expect(standing([once, once, once, once, once], 'five-scenarios').done).toBe(1);
  });
});

describe('badge texts', () => {
  it.each(['en', 'zh-CN'] as const)('read whole in %s', (locale) => {
    const t = useTranslations(locale);
    for (const badge of badges) {
      expect(`${t(badge.name)} ${t(badge.description, badgeParams(badge))}`).not.toMatch(/\{\w+\}/);
    }
  });
});
