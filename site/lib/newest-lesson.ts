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
 * mistake code written for this scenario or for any. The most recently saved
 * wins; a built-in lesson counts as the oldest, and on equal times the
 * linked lesson does. Undefined only when the step links to a lesson that
 * exists nowhere.
 */
export function newestLesson(mistake: MistakeMade, builtIn: Readonly<Record<string, LessonView>>, stored: readonly StoredLessonView[]): LessonView | undefined {
  const fits = (lesson: StoredLessonView) =>
    lesson.id === mistake.lesson || (lesson.mistake === mistake.code && (lesson.scenarioIds.length === 0 || lesson.scenarioIds.includes(mistake.scenario)));
  let newest: StoredLessonView | undefined;
  for (const lesson of stored) {
    if (!fits(lesson)) continue;
    const later = newest === undefined || lesson.savedAt > newest.savedAt || (lesson.savedAt === newest.savedAt && lesson.id === mistake.lesson);
    if (later) newest = lesson;
  }
  return newest ?? builtIn[mistake.lesson];
}
