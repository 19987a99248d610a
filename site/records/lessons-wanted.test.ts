import { describe, expect, it } from 'vitest';
import { useTranslations } from '../i18n/catalogues.ts';
import { loadScenarios } from '../lib/scenarios.ts';
import { lessonsWanted, wantedReasonKeys } from './lessons-wanted.ts';
import type { StoredAttempt } from './schema.ts';
import { attempt, mistakes } from './test-records.ts';

const scenarios = loadScenarios();
const lessonIds = new Set(['unified-formats', 'complete-records']);
const day = (n: number) => `2026-03-${String(n).padStart(2, '0')}T02:00:00.000Z`;
const formats = (userId: string, n: number, repeated: boolean, again = true): StoredAttempt[] => [
  attempt(`${userId}-1`, userId, day(n), { mistakes: mistakes(['validation.format', 'validation.format'], 'inquiries', 'unified-formats') }),
  ...(again ? [attempt(`${userId}-2`, userId, day(n + 1), { mistakes: repeated ? mistakes(['validation.format'], 'convert', 'unified-formats') : [] })] : []),
];
const wanted = (attempts: readonly StoredAttempt[]) => lessonsWanted({ attempts, lessonIds, scenarios, minPeople: 3 });

describe('lessonsWanted', () => {
  it('lists mistakes that link to a lesson not written yet, most made first', () => {
    const attempts = [
      attempt('a1', 'ann', day(2), { mistakes: mistakes(['log.missing-activity', 'log.missing-activity'], 'qualify', 'log-every-contact') }),
      attempt('b1', 'bo', day(2), { mistakes: mistakes(['validation.incomplete'], 'needs', 'stage-entry-facts') }),
      attempt('c1', 'cy', day(2), { mistakes: mistakes(['validation.incomplete'], 'inquiries', 'complete-records') }),
    ];
    expect(wanted(attempts).map((entry) => [entry.code, entry.lesson, entry.reason, entry.mistakes, entry.people])).toEqual([
      ['log.missing-activity', 'log-every-contact', 'missing', 2, 1],
      ['validation.incomplete', 'stage-entry-facts', 'missing', 1, 1],
    ]);
  });

  it('lists a lesson whose readers make the same mistake again in a later attempt', () => {
    // Three of four people who saw the lesson and tried again repeated it; a fifth never tried again and is left out.
    const attempts = [...formats('p1', 2, true), ...formats('p2', 2, true), ...formats('p3', 2, true), ...formats('p4', 2, false), ...formats('p5', 2, false, false)];
    expect(wanted(attempts)).toEqual([
      { code: 'validation.format', lesson: 'unified-formats', reason: 'not-working', mistakes: 13, people: 5, seen: 4, repeated: 3, repeatRate: 0.75, scenarioIds: ['lead-to-cash'] },
    ]);
  });

  it('leaves a lesson that works, or one too few people have been judged on, off the list', () => {
    expect(wanted([...formats('p1', 2, true), ...formats('p2', 2, false), ...formats('p3', 2, false), ...formats('p4', 2, false)])).toEqual([]);
    expect(wanted([...formats('p1', 2, true), ...formats('p2', 2, true)])).toEqual([]);
  });

  it('does not count a slip later in the same attempt as a repeat', () => {
    const same = ['p1', 'p2', 'p3'].map((id) => attempt(id, id, day(2), { mistakes: mistakes(['validation.format', 'validation.format', 'validation.format'], 'inquiries', 'unified-formats') }));
    const later = ['p1', 'p2', 'p3'].map((id) => attempt(`${id}-2`, id, day(3)));
    expect(wanted([...same, ...later])).toEqual([]);
  });

  it('names each reason in both languages', () => {
    for (const locale of ['en', 'zh-CN'] as const) {
      const t = useTranslations(locale);
      expect(t(wantedReasonKeys['not-working'], { percent: 75 })).toContain('75');
      expect(t(wantedReasonKeys.missing)).not.toMatch(/\{\w+\}/);
    }
  });
});
