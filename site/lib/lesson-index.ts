import { mistakeCodes, type MistakeCode, type Scenario } from '../../engine/index.ts';
import { topics, type Topic } from '../../engine/scenario/topics.ts';

/** What the lessons index, the glossary and the guides need of a lesson. */
export interface LessonCard {
  readonly id: string;
  readonly mistake: MistakeCode;
  readonly topic: Topic;
}

/**
 * Lessons in the order a trainee meets them: by the first scenario step that
 * links to each (scenarios ordered easiest first), then the lessons no
 * scenario links to yet, by id.
 */
export function inTrainingOrder<T extends LessonCard>(lessons: readonly T[], scenarios: readonly Scenario[]): T[] {
  const firstLinked = new Map<string, number>();
  for (const watch of scenarios.flatMap((scenario) => scenario.steps.flatMap((step) => step.watches))) {
    if (!firstLinked.has(watch.lesson)) firstLinked.set(watch.lesson, firstLinked.size);
  }
  const rank = (lesson: T) => firstLinked.get(lesson.id) ?? Number.POSITIVE_INFINITY;
  return [...lessons].sort((a, b) => rank(a) - rank(b) || a.id.localeCompare(b.id));
}

/** The lessons of each topic in `order`, keeping the lessons' own order; topics without a lesson are left out. */
export function lessonsByTopic<T extends LessonCard>(lessons: readonly T[], order: readonly Topic[] = topics) {
  return order
    .map((topic) => ({ topic, lessons: lessons.filter((lesson) => lesson.topic === topic) }))
    .filter((group) => group.lessons.length > 0);
}

/** Every mistake code, each with its lessons (possibly none), keeping the lessons' own order. */
export function lessonsByMistake<T extends LessonCard>(lessons: readonly T[]) {
  return mistakeCodes.map((code) => ({ code, lessons: lessons.filter((lesson) => lesson.mistake === code) }));
}

/** The scenarios that train a mistake: those with a step that watches for it. */
export function scenariosTraining(code: MistakeCode, scenarios: readonly Scenario[]): Scenario[] {
  return scenarios.filter((scenario) => scenario.steps.some((step) => step.watches.some((watch) => watch.mistake === code)));
}

/** The glossary entry's fragment id for a code: `validation.incomplete` → `validation-incomplete` (no dot to trip CSS selectors). */
export function mistakeAnchor(code: MistakeCode): string {
  return code.replaceAll('.', '-');
}
