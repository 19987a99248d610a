import * as v from 'valibot';
import type { MistakeCode } from '../../../engine/mistakes.ts';
import type { Topic } from '../../../engine/scenario/topics.ts';
import type { LocaleId } from '../../i18n/locales.ts';
import { loadJson, send, type Loaded } from '../../lib/api-client.ts';
import { lessonEditSchema, type EditorVersion } from '../../lib/lesson-edit.ts';

/** The fields a consultant edits; mistake and topic are empty until chosen. */
export interface LessonDraft {
  readonly title: string;
  readonly summary: string;
  readonly mistake: MistakeCode | '';
  readonly topic: Topic | '';
  readonly scenarioIds: readonly string[];
  readonly body: string;
}
export type DraftField = keyof LessonDraft;

/** Why a field was refused, for the form to say in the reader's language. */
export type FieldProblem = { readonly kind: 'required' } | { readonly kind: 'tooLong'; readonly max: number } | { readonly kind: 'other'; readonly message: string };

/** How the last save ended. `conflict` names the version someone else saved meanwhile. */
export type SaveOutcome =
  | { readonly kind: 'saved'; readonly version: number }
  | { readonly kind: 'conflict'; readonly latest: EditorVersion }
  | { readonly kind: 'invalid' }
  /** The session ended (or its token no longer matches) since the page opened: the text stays, to save once signed in again. */
  | { readonly kind: 'session-ended' }
  | { readonly kind: 'failed'; readonly message: string };

/** Milliseconds of quiet typing before the preview is asked for again. */
const previewDelay = 400;

const fields = ['title', 'summary', 'mistake', 'topic', 'scenarioIds', 'body'] as const satisfies readonly DraftField[];
const isField = (name: string | undefined): name is DraftField => (fields as readonly string[]).includes(name ?? '');

function draftOf({ title, summary, mistake, topic, scenarioIds, body }: EditorVersion): LessonDraft {
  return { title, summary, mistake, topic, scenarioIds, body };
}

/** The schema's first issue on each field, as a problem the form can name. */
function problemsOf(issues: readonly v.BaseIssue<unknown>[]): Partial<Record<DraftField, FieldProblem>> {
  const problems: Partial<Record<DraftField, FieldProblem>> = {};
  for (const issue of issues) {
    const field = v.getDotPath(issue)?.split('.')[0];
    if (!isField(field) || problems[field]) continue;
    if (issue.type === 'max_length') problems[field] = { kind: 'tooLong', max: Number(issue.requirement) };
    else if (issue.type === 'min_length' || issue.type === 'picklist') problems[field] = { kind: 'required' };
    else problems[field] = { kind: 'other', message: issue.message };
  }
  return problems;
}

/**
 * One language of one lesson in the editor: its versions, the draft being
 * written (starting from the newest version), its preview from the server's
 * renderer, and its save. A save goes in as the version after the one the
 * draft started from; when someone saved meanwhile the draft is kept, the
 * history reloaded, and the next save goes after theirs.
 */
export class LessonTranslation {
  readonly lessonId: string;
  readonly locale: LocaleId;
  #csrfToken: string;
  versions: Loaded<readonly EditorVersion[]> = $state({ status: 'loading' });
  draft: LessonDraft = $state({ title: '', summary: '', mistake: '', topic: '', scenarioIds: [], body: '' });
  /** The version the draft builds on: the next save is this plus one. */
  base = $state(0);
  dirty = $state(false);
  previewHtml = $state('');
  previewing = $state(false);
  saving = $state(false);
  outcome: SaveOutcome | undefined = $state();
  problems: Partial<Record<DraftField, FieldProblem>> = $state({});
  #previewTimer: ReturnType<typeof setTimeout> | undefined;
  /** Counts preview requests, so an answer overtaken by a newer request is dropped. */
  #previewAsked = 0;

  constructor(lessonId: string, locale: LocaleId, csrfToken: string, start: { mistake?: MistakeCode }) {
    this.lessonId = lessonId;
    this.locale = locale;
    this.#csrfToken = csrfToken;
    this.draft = { ...this.draft, mistake: start.mistake ?? '' };
  }

  get newest(): EditorVersion | undefined {
    return this.versions.status === 'ready' ? this.versions.data.at(-1) : undefined;
  }

  /** Loads the versions and starts the draft from the newest. */
  async open(): Promise<void> {
    await this.#reload();
    const newest = this.newest;
    if (newest !== undefined) this.draft = draftOf(newest);
    this.#preview();
  }

  edit(change: Partial<LessonDraft>): void {
    this.draft = { ...this.draft, ...change };
    this.dirty = true;
    this.outcome = undefined;
    for (const field of Object.keys(change) as DraftField[]) delete this.problems[field];
    if (change.body !== undefined) {
      clearTimeout(this.#previewTimer);
      this.#previewTimer = setTimeout(() => this.#preview(), previewDelay);
    }
  }

  /** Saves the draft as the next version. */
  async save(): Promise<void> {
    if (this.saving) return;
    const edit = { ...this.draft, locale: this.locale, baseVersion: this.base };
    const checked = v.safeParse(lessonEditSchema, edit);
    if (!checked.success) {
      this.problems = problemsOf(checked.issues);
      this.outcome = { kind: 'invalid' };
      return;
    }
    this.saving = true;
    const saved = await send<{ lesson: EditorVersion }>('PUT', `/api/lessons/${this.lessonId}`, checked.output, this.#csrfToken);
    this.saving = false;
    if (saved.ok) {
      const versions = this.versions.status === 'ready' ? this.versions.data : [];
      this.versions = { status: 'ready', data: [...versions, saved.data.lesson] };
      this.base = saved.data.lesson.version;
      this.dirty = false;
      this.outcome = { kind: 'saved', version: saved.data.lesson.version };
    } else if (saved.status === 401 || (saved.status === 403 && saved.error?.code !== 'auth.forbidden')) {
      this.outcome = { kind: 'session-ended' };
    } else if (saved.error?.code === 'conflict') {
      await this.#reload();
      const latest = this.newest;
      this.outcome = latest === undefined ? { kind: 'failed', message: saved.error.message } : { kind: 'conflict', latest };
    } else if (saved.error !== undefined && isField(saved.error.field)) {
      this.problems = { [saved.error.field]: { kind: 'other', message: saved.error.message } };
      this.outcome = { kind: 'invalid' };
    } else {
      this.outcome = { kind: 'failed', message: saved.error?.message ?? `HTTP ${saved.status}` };
    }
  }

  /** Puts an older version's text in the draft and saves it as the newest. */
  async restore(version: EditorVersion): Promise<void> {
    this.draft = draftOf(version);
    this.dirty = true;
    this.problems = {};
    this.#preview();
    await this.save();
  }

  async #reload(): Promise<void> {
    const loaded = await loadJson<{ versions: EditorVersion[] }>(`/api/lessons/${this.lessonId}?locale=${encodeURIComponent(this.locale)}`);
    this.versions = loaded.status === 'ready' ? { status: 'ready', data: loaded.data.versions } : loaded;
    this.base = this.newest?.version ?? 0;
  }

  async #preview(): Promise<void> {
    const asked = ++this.#previewAsked;
    if (this.draft.body.trim() === '') {
      this.previewHtml = '';
      this.previewing = false;
      return;
    }
    this.previewing = true;
    const shown = await send<{ html: string }>('POST', '/api/lessons/preview', { body: this.draft.body }, this.#csrfToken);
    if (asked !== this.#previewAsked) return;
    this.previewing = false;
    if (shown.ok) this.previewHtml = shown.data.html;
  }
}
