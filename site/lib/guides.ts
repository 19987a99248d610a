import type { Topic } from '../../engine/scenario/topics.ts';
import { lessonsByTopic, type LessonCard } from './lesson-index.ts';

/**
 * Printed operation guides, one per kind of trainee (seed 000: guides stuck
 * to the desk). The ids are the learning paths' (scenarios/paths/), so a
 * trainee's guide and path go by the same name.
 */
export const guideRoles = ['new-staff', 'sales', 'service', 'project-team', 'leads'] as const;
export type GuideRole = (typeof guideRoles)[number];

export function isGuideRole(value: unknown): value is GuideRole {
  return (guideRoles as readonly unknown[]).includes(value);
}

/**
 * The topics whose lessons each guide prints, most used first. Every topic
 * is on some guide, so every lesson reaches a desk.
 */
export const guideTopics: Readonly<Record<GuideRole, readonly Topic[]>> = {
  /** What everyone does from the first day: records entered right, every contact logged and shared. */
  'new-staff': ['base-data', 'communication'],
  /** The funnel and the deal's paperwork, and keeping the customer's team in the loop. */
  sales: ['sales', 'communication', 'segmentation'],
  /** Complaints to closure within the SLA, with the customer's team told. */
  service: ['service', 'communication'],
  /** The base-data rules a roll-out sets, the Excel migration, and reading the error reports. */
  'project-team': ['base-data', 'migration', 'leadership'],
  /** What their team is trained on, and how to lead it: division of labour, stage metrics, who to retrain. */
  leads: ['leadership', 'team', 'segmentation', 'sales', 'service'],
};

/** A guide's content: the role's topics in order, each with its lessons; topics with no lesson yet are left out. */
export function guideFor<T extends LessonCard>(role: GuideRole, lessons: readonly T[]) {
  return lessonsByTopic(lessons, guideTopics[role]);
}
