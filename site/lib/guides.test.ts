import { describe, expect, it } from 'vitest';
import { topics } from '../../engine/scenario/topics.ts';
import { guideFor, guideRoles, guideTopics, isGuideRole } from './guides.ts';

describe('guideTopics', () => {
  it.each(guideRoles)('gives %s at least one topic, each once', (role) => {
    expect(guideTopics[role].length).toBeGreaterThan(0);
    expect(new Set(guideTopics[role]).size).toBe(guideTopics[role].length);
  });

  it('puts every topic on some guide, so every lesson reaches a desk', () => {
    const covered = new Set(guideRoles.flatMap((role) => guideTopics[role]));
    expect(topics.filter((topic) => !covered.has(topic))).toEqual([]);
  });
});

describe('isGuideRole', () => {
  it('knows the five roles and nothing else', () => {
    expect(guideRoles.every(isGuideRole)).toBe(true);
    expect(isGuideRole('trainee')).toBe(false);
    expect(isGuideRole(undefined)).toBe(false);
  });
});

describe('guideFor', () => {
  const lessons = [
    { id: 'search-before-create', topic: 'base-data', mistake: 'duplicate.created' },
    { id: 'promise-within-sla', topic: 'service', mistake: 'deadline.missed' },
    { id: 'log-every-contact', topic: 'communication', mistake: 'log.missing-activity' },
    { id: 'import-required-fields', topic: 'migration', mistake: 'validation.incomplete' },
  ] as const;

  it("prints the role's topics in the role's order, with their lessons", () => {
    expect(guideFor('service', lessons).map((group) => [group.topic, group.lessons.map((l) => l.id)])).toEqual([
      ['service', ['promise-within-sla']],
      ['communication', ['log-every-contact']],
    ]);
  });

  it('leaves out topics with no lesson yet', () => {
    expect(guideFor('project-team', lessons).map((group) => group.topic)).toEqual(['base-data', 'migration']);
  });
});
