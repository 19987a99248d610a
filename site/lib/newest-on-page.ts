import { loadJson } from './api-client.ts';
import type { StoredLessonView } from './newest-lesson.ts';

/**
 * A lesson page shows the newest version of its lesson, as the player does:
 * the static page carries the built-in file, and when a consultant has saved
 * a version in the browser since, it takes that one's title, summary and
 * body (rendered and sanitised by the server). The lesson is the article's
 * `data-lesson-id`, or the page's `?id=` on the reader page for lessons
 * written only in the browser. Answers whether a stored version was shown.
 */
export async function showNewestLesson(article: HTMLElement): Promise<boolean> {
  const id = article.dataset.lessonId ?? new URLSearchParams(location.search).get('id');
  const loaded = await loadJson<{ lessons: StoredLessonView[] }>(`/api/lessons?locale=${encodeURIComponent(document.documentElement.lang)}`);
  const lesson = loaded.status === 'ready' ? loaded.data.lessons.find((candidate) => candidate.id === id) : undefined;
  if (lesson === undefined) return false;
  const part = (name: string) => article.querySelector<HTMLElement>(`[data-lesson-${name}]`)!;
  part('title').textContent = lesson.title;
  part('summary').textContent = lesson.summary;
  part('body').innerHTML = lesson.html;
  // The layout's title is "<lesson> · <site>".
  document.title = [lesson.title, ...document.title.split(' · ').slice(1)].join(' · ');
  return true;
}
