import { describe, expect, it } from 'vitest';
import type { LessonView } from './lessons.ts';
import { newestLesson, type MistakeMade, type StoredLessonView } from './newest-lesson.ts';

const builtIn: Record<string, LessonView> = {
  'unified-formats': { id: 'unified-formats', title: 'Built-in formats', summary: 's', html: '<p>file</p>' },
};
const made: MistakeMade = { code: 'validation.format', lesson: 'unified-formats', scenario: 'master-data-basics' };

function stored(overrides: Partial<StoredLessonView>): StoredLessonView {
  return { id: 'unified-formats', title: 'Stored', summary: 's', html: '<p>stored</p>', mistake: 'validation.format', scenarioIds: [], version: 1, savedAt: '2026-11-20T10:00:00.000Z', ...overrides };
}

describe('newestLesson', () => {
  it('shows the built-in lesson while nothing was written in the browser', () => {
    expect(newestLesson(made, builtIn, [])?.title).toBe('Built-in formats');
  });

  it('shows the newest stored version of the linked lesson over its file', () => {
    expect(newestLesson(made, builtIn, [stored({ title: 'Edited', version: 3 })])?.title).toBe('Edited');
  });

  it('shows a newer lesson about the same code written for this scenario', () => {
    const linked = stored({ title: 'Linked' });
    const forThis = stored({ id: 'codes-here', title: 'For this', scenarioIds: ['master-data-basics'], savedAt: '2026-11-22T10:00:00.000Z' });
    expect(newestLesson(made, builtIn, [forThis, linked])?.title).toBe('For this');
    expect(newestLesson(made, builtIn, [forThis])?.title).toBe('For this');
  });

  it('keeps the step’s own lesson over a newer one written for no scenario in particular, which serves only where the step’s lesson exists nowhere', () => {
    const forAny = stored({ id: 'phone-numbers', title: 'For any', savedAt: '2026-11-21T10:00:00.000Z' });
    expect(newestLesson(made, builtIn, [forAny])?.title).toBe('Built-in formats');
    expect(newestLesson(made, builtIn, [stored({ title: 'Linked' }), forAny])?.title).toBe('Linked');
    const unwritten: MistakeMade = { ...made, lesson: 'not-yet-written' };
    expect(newestLesson(unwritten, builtIn, [forAny])?.title).toBe('For any');
  });

  it('passes over lessons for other scenarios or other codes, however new', () => {
    const elsewhere = stored({ id: 'codes-there', scenarioIds: ['lead-to-cash'], savedAt: '2026-11-22T10:00:00.000Z' });
    const otherCode = stored({ id: 'dupes', mistake: 'duplicate.created', savedAt: '2026-11-22T10:00:00.000Z' });
    expect(newestLesson(made, builtIn, [elsewhere, otherCode])?.title).toBe('Built-in formats');
  });

  it('keeps the linked lesson when another was saved at the same moment', () => {
    const other = stored({ id: 'phone-numbers', title: 'Other' });
    expect(newestLesson(made, builtIn, [stored({ title: 'Linked' }), other])?.title).toBe('Linked');
    expect(newestLesson(made, builtIn, [other, stored({ title: 'Linked' })])?.title).toBe('Linked');
  });

  it('finds a stored lesson for a link no file has, and nothing when there is none', () => {
    const unwritten: MistakeMade = { ...made, lesson: 'not-yet-written', code: 'duplicate.created' };
    expect(newestLesson(unwritten, builtIn, [])).toBeUndefined();
    expect(newestLesson(unwritten, builtIn, [stored({ id: 'not-yet-written', mistake: 'duplicate.created', title: 'Now written' })])?.title).toBe('Now written');
  });
});
