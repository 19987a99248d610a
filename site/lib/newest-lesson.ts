import type { MistakeCode } from '../../engine/mistakes.ts';
import type { LessonView } from './lessons.ts';

/**
 * A lesson a consultant wrote in the browser, as GET /api/lessons gives it
 * to the player and the lesson pages: the newest version in one language,
 * rendered and sanitised by the server, with what decides where it shows.
 */
export interface StoredLessonView extends LessonView {
  readonly mistake: MistakeCode;
  /** Empty when it fits wherever the mistake happens. */
  readonly scenarioIds: readonly string[];
  readonly version: number;
  /** ISO 8601: the newest save wins. */
  readonly savedAt: string;
}

/** What the player knows of a mistake just made. */
export interface MistakeMade {
  readonly code: MistakeCode;
  /** The lesson the scenario step links the mistake to. */
  readonly lesson: string;
  readonly scenario: string;
}

/**
 * The lesson a trainee sees for a mistake: the newest that fits. Candidates
 * are the lesson the step links to (its newest stored version when there is
 * one, else the built-in file) and every stored lesson about the same
 * mistake code written for this scenario. The most recently saved wins; a
 * built-in lesson counts as the oldest, and on equal times the linked lesson
 * does. A stored lesson about the code written for no scenario in particular
 * is shown only where the step's own lesson exists nowhere: the step's
 * lesson speaks of this story (a segment's value, not a phone number), a
 * general one of the code. Undefined when none exists.
 */
export function newestLesson(mistake: MistakeMade, builtIn: Readonly<Record<string, LessonView>>, stored: readonly StoredLessonView[]): LessonView | undefined {
  const sameCode = (lesson: StoredLessonView) => lesson.id !== mistake.lesson && lesson.mistake === mistake.code;
  const fits = (lesson: StoredLessonView) => lesson.id === mistake.lesson || (sameCode(lesson) && lesson.scenarioIds.includes(mistake.scenario));
  const general = (lesson: StoredLessonView) => sameCode(lesson) && lesson.scenarioIds.length === 0;
  return newestOf(stored.filter(fits), mistake.lesson) ?? builtIn[mistake.lesson] ?? newestOf(stored.filter(general), mistake.lesson);
}

/** The most recently saved of the lessons, the linked one on equal times. */
function newestOf(lessons: readonly StoredLessonView[], linked: string): StoredLessonView | undefined {
  let newest: StoredLessonView | undefined;
  for (const lesson of lessons) {
    const later = newest === undefined || lesson.savedAt > newest.savedAt || (lesson.savedAt === newest.savedAt && lesson.id === linked);
    if (later) newest = lesson;
  }
  return newest;
}
