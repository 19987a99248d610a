import type { LocaleId } from '../../i18n/locales.ts';
import { loadJson } from '../../lib/api-client.ts';
import type { LessonView } from '../../lib/lessons.ts';
import { newestLesson, type MistakeMade, type StoredLessonView } from '../../lib/newest-lesson.ts';

/**
 * The lessons the player shows: those built into the page, and the newest
 * consultants wrote in the browser, asked for once when the player opens.
 * Without an answer (offline, or no records server) the built-in lessons
 * stand. Stored lessons come rendered and sanitised by the server, so the
 * player never carries a Markdown parser.
 */
export class NewestLessons {
  readonly #builtIn: Readonly<Record<string, LessonView>>;
  readonly #lessonsUrl: string;
  #stored: readonly StoredLessonView[] = $state.raw([]);

  constructor(builtIn: Readonly<Record<string, LessonView>>, lessonsUrl: string) {
    this.#builtIn = builtIn;
    this.#lessonsUrl = lessonsUrl;
  }

  async fetch(locale: LocaleId): Promise<void> {
    const loaded = await loadJson<{ lessons: StoredLessonView[] }>(`/api/lessons?locale=${encodeURIComponent(locale)}`);
    if (loaded.status === 'ready') this.#stored = loaded.data.lessons;
  }

  /** The lesson to show for a mistake (newest-lesson.ts says which). */
  for(mistake: MistakeMade): LessonView | undefined {
    return newestLesson(mistake, this.#builtIn, this.#stored);
  }

  /** A lesson's page: a built-in lesson has its own; one written only in the browser is read on the reader page. */
  url(id: string): string {
    return id in this.#builtIn ? `${this.#lessonsUrl}${id}/` : `${this.#lessonsUrl}read/?id=${encodeURIComponent(id)}`;
  }
}
