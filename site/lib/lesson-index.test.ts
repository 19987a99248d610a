import { describe, expect, it } from 'vitest';
import { mistakeCodes, type MistakeCode, type Scenario } from '../../engine/index.ts';
import type { Topic } from '../../engine/scenario/topics.ts';
import { inTrainingOrder, lessonsByMistake, lessonsByTopic, mistakeAnchor, scenariosTraining } from './lesson-index.ts';

const lesson = (id: string, topic: Topic, mistake: MistakeCode) => ({ id, topic, mistake });
const lessons = [
  lesson('unified-formats', 'base-data', 'validation.format'),
  lesson('log-every-contact', 'communication', 'log.missing-activity'),
  lesson('search-before-create', 'base-data', 'duplicate.created'),
  lesson('import-merge-not-double', 'migration', 'duplicate.created'),
];

/** Only what these functions read of a scenario: its id and what its steps watch. */
function scenario(id: string, ...steps: { mistake: MistakeCode; lesson: string }[][]): Scenario {
  return { id, steps: steps.map((watches, index) => ({ id: `step-${index}`, watches })) } as unknown as Scenario;
}
const scenarios = [
  scenario('master-data-basics', [{ mistake: 'duplicate.created', lesson: 'search-before-create' }], [{ mistake: 'validation.format', lesson: 'unified-formats' }]),
  scenario('moving-from-excel', [{ mistake: 'duplicate.created', lesson: 'import-merge-not-double' }, { mistake: 'duplicate.created', lesson: 'search-before-create' }]),
];

describe('inTrainingOrder', () => {
  it('puts lessons in the order scenario steps first link them, then the unlinked ones by id', () => {
    expect(inTrainingOrder(lessons, scenarios).map((l) => l.id)).toEqual(['search-before-create', 'unified-formats', 'import-merge-not-double', 'log-every-contact']);
  });

  it('leaves the list it was given alone', () => {
    const copy = [...lessons];
    inTrainingOrder(lessons, scenarios);
    expect(lessons).toEqual(copy);
  });
});

describe('lessonsByTopic', () => {
  it('groups by topic in the topics order, keeps the lessons order, and leaves out empty topics', () => {
    expect(lessonsByTopic(lessons).map((group) => [group.topic, group.lessons.map((l) => l.id)])).toEqual([
      ['base-data', ['unified-formats', 'search-before-create']],
      ['communication', ['log-every-contact']],
      ['migration', ['import-merge-not-double']],
    ]);
  });

  it('takes only the topics asked for, in the order asked', () => {
    expect(lessonsByTopic(lessons, ['migration', 'sales', 'base-data']).map((group) => group.topic)).toEqual(['migration', 'base-data']);
  });
});

describe('lessonsByMistake', () => {
  it('lists every mistake code, in the engine order, with its lessons or none', () => {
    const groups = lessonsByMistake(lessons);
    expect(groups.map((group) => group.code)).toEqual([...mistakeCodes]);
    expect(groups.find((group) => group.code === 'duplicate.created')?.lessons.map((l) => l.id)).toEqual(['search-before-create', 'import-merge-not-double']);
    expect(groups.find((group) => group.code === 'deadline.missed')?.lessons).toEqual([]);
  });
});

describe('scenariosTraining', () => {
  it('finds the scenarios with a step watching the code, each once', () => {
    expect(scenariosTraining('duplicate.created', scenarios).map((s) => s.id)).toEqual(['master-data-basics', 'moving-from-excel']);
    expect(scenariosTraining('validation.format', scenarios).map((s) => s.id)).toEqual(['master-data-basics']);
    expect(scenariosTraining('deadline.missed', scenarios)).toEqual([]);
  });
});

describe('mistakeAnchor', () => {
  it('gives every code a distinct fragment id without dots', () => {
    const anchors = mistakeCodes.map(mistakeAnchor);
    expect(new Set(anchors).size).toBe(mistakeCodes.length);
    expect(anchors.every((anchor) => /^[a-z-]+$/.test(anchor))).toBe(true);
    expect(mistakeAnchor('notify.team-not-informed')).toBe('notify-team-not-informed');
  });
});
