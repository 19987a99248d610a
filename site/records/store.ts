import type { AttemptEntry } from '../../engine/scenario/record.ts';
import type { BoardRankingQuery, Ranking } from './board-ranking.ts';
import type { LessonTalliesQuery, LessonTally } from './lessons-wanted.ts';
import type { RetrainingStreak, RetrainingStreaksQuery } from './needs-retraining.ts';
import type { ReportRow, ReportRowsQuery } from './report-rows.ts';
import type { ReportTallies, ReportTalliesQuery } from './report-tallies.ts';
import type { LessonVersion, PublishedScenario, StoredAttempt, Team, User } from './schema.ts';

/**
 * The one way the site reaches a company's records. lowdb (a JSON file under
 * data/) is the embedded default; PostgreSQL comes behind the same interface.
 * Every implementation passes the contract suite in contract.ts.
 *
 * Durability is part of the contract: a promise that resolves means the
 * write is on disk (or committed), so the server may acknowledge it; a
 * promise that rejects changed nothing.
 */
export interface RecordsStore {
  /**
   * Keeps a verified attempt and its entries (the command log). Idempotent by
   * attempt id: a second save of the same id keeps the first and answers
   * `created: false` with what is stored, whatever the second carried.
   */
  saveAttempt(attempt: StoredAttempt, entries: readonly AttemptEntry[]): Promise<{ created: boolean; attempt: StoredAttempt }>;
  attempt(id: string): Promise<StoredAttempt | undefined>;
  /** The attempt's command log, for replaying it step by step. */
  attemptEntries(id: string): Promise<AttemptEntry[] | undefined>;
  /** Attempts, oldest submission first, narrowed by whichever of the query's fields are given (`from` inclusive, `to` exclusive). */
  attempts(query?: AttemptQuery): Promise<StoredAttempt[]>;
  /**
   * A board's ranking and the places it shows, as `rankingOf`
   * (board-ranking.ts) computes it from the attempts, users and teams: a
   * store may keep it ready (PostgreSQL does), since boards are drawn on
   * every page view and a company's attempts only grow. Refuses a window
   * that is not whole numbers (`invalid` on `neighbours`, `offset` or `limit`).
   */
  boardRanking(query: BoardRankingQuery): Promise<Ranking>;
  /**
   * The error report's sums over the attempts it is about, as `tallyRuns`
   * (report-tallies.ts) counts them: PostgreSQL keeps day totals for it,
   * so a report does not read the attempts themselves. Refuses a malformed
   * instant or bucket (`invalid`).
   */
  reportTallies(query: ReportTalliesQuery): Promise<ReportTallies>;
  /**
   * The error report's CSV rows (report-rows.ts) in the file's order, a
   * chunk at a time, as `reportRows` computes them from the attempts:
   * PostgreSQL sums each chunk in SQL, so neither the attempts nor every
   * row are held at once. No chunk is empty. Refuses a malformed instant,
   * bucket or chunk (`invalid`) when the first chunk is asked for.
   */
  reportRows(query: ReportRowsQuery): AsyncIterable<readonly ReportRow[]>;
  /**
   * Each mistake/lesson pair made in any attempt on record, counted as
   * `lessonTallies` (lessons-wanted.ts) counts them: PostgreSQL keeps each
   * person's first and latest attempts for it, so the list does not read
   * every attempt. Refuses an unknown mistake code (`invalid`).
   */
  lessonTallies(query: LessonTalliesQuery): Promise<LessonTally[]>;
  /**
   * The needs-retraining list's streaks, as `retrainingStreaks`
   * (needs-retraining.ts) finds them in the attempts in scope: PostgreSQL
   * keeps a row per attempt and code made, so it reads a few a person.
   * Refuses an unknown code, a negative threshold or a streak not from 1 (`invalid`).
   */
  retrainingStreaks(query: RetrainingStreaksQuery): Promise<RetrainingStreak[]>;

  /**
   * Up to `limit` attempts whose xAPI statements have not been marked
   * delivered to the company's Learning Record Store (site/xapi/), oldest
   * submission first. Only attempts already durable are listed: nothing is
   * sent that a crash could still take back. Refuses a `limit` that is not a
   * whole number from 1 (`invalid` on `limit`).
   */
  xapiPending(limit: number): Promise<StoredAttempt[]>;
  /**
   * Marks attempts' statements as delivered, so `xapiPending` lists them no
   * more. Idempotent: marking an attempt again changes nothing. All or none:
   * an id no attempt has refuses the whole list (`not-found` on
   * `attemptIds`), since only ids `xapiPending` answered should come here.
   */
  markXapiDelivered(attemptIds: readonly string[]): Promise<void>;

  /** Refuses an id already taken with a `conflict` StoreError. */
  createTeam(team: Team): Promise<Team>;
  teams(): Promise<Team[]>;

  /** Refuses an id or username already taken, or a team that does not exist, with a StoreError. */
  createUser(user: User): Promise<User>;
  /** Several users in one write, all or none: refuses the whole list as `createUser` would any one of them, or when two share an id or username. */
  createUsers(users: readonly User[]): Promise<User[]>;
  /** Changes the given fields (not the id); refuses an unknown user or a username taken by another. */
  updateUser(id: string, change: Partial<Omit<User, 'id'>>): Promise<User>;
  user(id: string): Promise<User | undefined>;
  /** The user signing in as `username`, compared lower-cased. */
  userByUsername(username: string): Promise<User | undefined>;
  users(query?: { teamId?: string; role?: User['role'] }): Promise<User[]>;

  /**
   * Keeps a new version of a lesson in one language. Its `version` must be
   * the next one (1 for a lesson's first in that language): a save made from
   * an older version, after someone else's, is refused with a `conflict`
   * on `version`, so nobody's edit is overwritten unseen.
   */
  saveLesson(lesson: LessonVersion): Promise<LessonVersion>;
  /** Every saved version of every lesson, narrowed by whichever of the query's fields are given, oldest save first. */
  lessons(query?: { lessonId?: string; locale?: LessonVersion['locale'] }): Promise<LessonVersion[]>;

  /** Keeps an uploaded scenario file; refuses a scenario id and version already published with a `conflict` on `version`. */
  publishScenario(scenario: PublishedScenario): Promise<PublishedScenario>;
  /** Every published version of every uploaded scenario, oldest first. */
  publishedScenarios(): Promise<PublishedScenario[]>;

  /** True before anything has been stored: the demo company is seeded only then. */
  isEmpty(): Promise<boolean>;
  /**
   * Tidies up after many records were saved at once (an import): PostgreSQL
   * vacuums and analyses its tables, since its triggers rewrote each
   * person's totals once per attempt and the boards would read the dead
   * rows too until autovacuum came round; lowdb and memory have nothing to do.
   */
  settle(): Promise<void>;
  /** Finishes pending writes and lets go of the data (a lock, a connection pool). */
  close(): Promise<void>;
}

export interface AttemptQuery {
  readonly userIds?: readonly string[];
  readonly scenarioId?: string;
  readonly from?: string;
  readonly to?: string;
}

/** Why the store refused or could not work; the API maps `conflict` to 409 and `not-found` to 404. */
export type StoreErrorCode = 'conflict' | 'not-found' | 'invalid' | 'locked' | 'corrupt' | 'newer-schema';

export class StoreError extends Error {
  readonly code: StoreErrorCode;
  /** The field the refusal is about, when it is about one. */
  readonly field?: string;

  constructor(code: StoreErrorCode, message: string, field?: string) {
    super(message);
    this.name = 'StoreError';
    this.code = code;
    this.field = field;
  }
}
