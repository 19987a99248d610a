import { join, resolve } from 'node:path';
import { Low } from 'lowdb';
import type { AttemptEntry } from '../../engine/scenario/record.ts';
import { AttemptLog } from './attempt-log.ts';
import type { BoardRankingQuery } from './board-ranking.ts';
import { createFolder, DurableJsonFile } from './durable-file.ts';
import { lockFolder, type FolderLock } from './folder-lock.ts';
import type { LessonTalliesQuery } from './lessons-wanted.ts';
import { GroupCommit } from './group-commit.ts';
import { emptyDocument, recordsDocumentFormat, type RecordsDocument } from './records-document.ts';
import type { RetrainingStreaksQuery } from './needs-retraining.ts';
import { RecordsState } from './records-state.ts';
import type { ReportRowsQuery } from './report-rows.ts';
import type { ReportTalliesQuery } from './report-tallies.ts';
import type { LessonVersion, PublishedScenario, StoredAttempt, Team, User } from './schema.ts';
import { StoreError, type AttemptQuery, type RecordsStore } from './store.ts';
import { parseEntries } from './validate.ts';

/** Where the server keeps its records: `CRM_DRILL_DATA`, or `data/` in the folder it is started from. */
export function dataFolder(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.CRM_DRILL_DATA || 'data');
}

/**
 * The embedded store: a data folder holding `records.json` (the lowdb
 * document: teams, users, attempt summaries), `logs/` (the command logs,
 * see attempt-log.ts) and `records.lock` (see folder-lock.ts).
 *
 * Refuses a folder another store holds (`locked`), a document a newer
 * CRM Drill wrote (`newer-schema`) or one it cannot read (`corrupt`), and
 * never writes over such a file.
 */
export async function openLowdbStore(folder: string): Promise<RecordsStore> {
  await createFolder(folder);
  const lock = await lockFolder(folder);
  try {
    const db = new Low<RecordsDocument>(new DurableJsonFile(join(folder, 'records.json'), recordsDocumentFormat), emptyDocument());
    await db.read();
    const log = await AttemptLog.open(join(folder, 'logs'));
    return new LowdbStore(db, log, lock);
  } catch (error) {
    await lock.release();
    throw error;
  }
}

/**
 * Every change is applied in memory first, checked synchronously (so two
 * racing requests cannot both take one username), then made durable before
 * its promise resolves. An attempt's log line is fsync'd before its summary
 * enters the document, so a summary on disk always has its log.
 * Concurrent changes share their writes through two group commits, one for
 * the log files and one for the document. Reads see a change once it is
 * applied, a write's length before it is durable; its caller, and a second
 * save of the same attempt, are answered only once it is.
 */
class LowdbStore implements RecordsStore {
  readonly #state: RecordsState;
  readonly #log: AttemptLog;
  readonly #lock: FolderLock;
  readonly #logCommit: GroupCommit;
  readonly #documentCommit: GroupCommit;
  /** Attempts being saved, until durable: a second save of one waits for the first instead of answering before it is on disk. */
  readonly #saving = new Map<string, Promise<StoredAttempt>>();
  #closing: Promise<void> | undefined;

  constructor(db: Low<RecordsDocument>, log: AttemptLog, lock: FolderLock) {
    this.#state = new RecordsState(db.data);
    this.#log = log;
    this.#lock = lock;
    this.#logCommit = new GroupCommit(() => log.flush());
    this.#documentCommit = new GroupCommit(() => db.write());
  }

  async saveAttempt(input: StoredAttempt, entries: readonly AttemptEntry[]): Promise<{ created: boolean; attempt: StoredAttempt }> {
    const state = this.#open();
    const attempt = state.parseAttempt(input);
    const logged = parseEntries(entries);
    const saving = this.#saving.get(attempt.id);
    if (saving !== undefined) return { created: false, attempt: await saving };
    const stored = state.attempt(attempt.id);
    if (stored !== undefined) return { created: false, attempt: stored };

    const save = this.#save(attempt, logged);
    this.#saving.set(attempt.id, save);
    try {
      await save;
    } finally {
      this.#saving.delete(attempt.id);
    }
    return { created: true, attempt };
  }

  async #save(attempt: StoredAttempt, entries: AttemptEntry[]): Promise<StoredAttempt> {
    this.#log.add(attempt, entries);
    await this.#logCommit.commit();
    this.#state.addAttempt(attempt);
    await this.#documentCommit.commit();
    return attempt;
  }

  async attempt(id: string) {
    return this.#open().attempt(id);
  }

  async attemptEntries(id: string) {
    const state = this.#open();
    await this.#saving.get(id);
    if (state.attempt(id) === undefined) return undefined;
    const entries = await this.#log.read(id);
    if (entries === undefined) throw new StoreError('corrupt', `attempt "${id}" has a summary in records.json but no line in logs/: a log file was removed or cut short.`);
    return entries;
  }

  async attempts(query?: AttemptQuery) {
    return this.#open().attempts(query);
  }

  async boardRanking(query: BoardRankingQuery) {
    return this.#open().boardRanking(query);
  }

  async reportTallies(query: ReportTalliesQuery) {
    return this.#open().reportTallies(query);
  }

  async *reportRows(query: ReportRowsQuery) {
    yield* this.#open().reportRows(query);
  }

  async lessonTallies(query: LessonTalliesQuery) {
    return this.#open().lessonTallies(query);
  }

  async retrainingStreaks(query: RetrainingStreaksQuery) {
    return this.#open().retrainingStreaks(query);
  }

  async xapiPending(limit: number) {
    return this.#open().xapiPending(limit, (attemptId) => !this.#saving.has(attemptId));
  }

  async markXapiDelivered(attemptIds: readonly string[]) {
    this.#open().markXapiDelivered(attemptIds);
    await this.#documentCommit.commit();
  }

  async createTeam(team: Team) {
    const created = this.#open().createTeam(team);
    await this.#documentCommit.commit();
    return created;
  }

  async teams() {
    return this.#open().teams();
  }

  async createUser(user: User) {
    const created = this.#open().createUser(user);
    await this.#documentCommit.commit();
    return created;
  }

  async createUsers(users: readonly User[]) {
    const created = this.#open().createUsers(users);
    await this.#documentCommit.commit();
    return created;
  }

  async updateUser(id: string, change: Partial<Omit<User, 'id'>>) {
    const updated = this.#open().updateUser(id, change);
    await this.#documentCommit.commit();
    return updated;
  }

  async user(id: string) {
    return this.#open().user(id);
  }

  async userByUsername(username: string) {
    return this.#open().userByUsername(username);
  }

  async users(query?: { teamId?: string; role?: User['role'] }) {
    return this.#open().users(query);
  }

  async saveLesson(lesson: LessonVersion) {
    const saved = this.#open().saveLesson(lesson);
    await this.#documentCommit.commit();
    return saved;
  }

  async lessons(query?: { lessonId?: string; locale?: LessonVersion['locale'] }) {
    return this.#open().lessons(query);
  }

  async publishScenario(scenario: PublishedScenario) {
    const published = this.#open().publishScenario(scenario);
    await this.#documentCommit.commit();
    return published;
  }

  async publishedScenarios() {
    return this.#open().publishedScenarios();
  }

  async isEmpty() {
    return this.#open().isEmpty();
  }

  async settle(): Promise<void> {
    this.#open();
  }

  close(): Promise<void> {
    this.#closing ??= this.#finish();
    return this.#closing;
  }

  async #finish(): Promise<void> {
    // Saves waiting on the log commit add their summaries to the document only afterwards.
    await Promise.allSettled(this.#saving.values());
    await this.#documentCommit.settled();
    await this.#lock.release();
  }

  /** Each method starts here: a closed store, or one whose write failed (memory may then hold what the disk does not), answers nothing. */
  #open(): RecordsState {
    if (this.#closing !== undefined) throw new Error('The records store is closed.');
    const failure = this.#logCommit.failure ?? this.#documentCommit.failure;
    if (failure !== undefined) throw new Error('The records store stopped after a failed write: restart the server to reopen it from what is on disk.', { cause: failure.error });
    return this.#state;
  }
}
