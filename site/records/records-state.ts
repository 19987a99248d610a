import {
  attemptQuerySchema,
  deliveredSchema,
  lessonTalliesQuerySchema,
  lessonVersionSchema,
  pendingQuerySchema,
  rankingWindowSchema,
  publishedScenarioSchema,
  reportRowsQuerySchema,
  reportTalliesQuerySchema,
  retrainingStreaksQuerySchema,
  storedAttemptSchema,
  teamSchema,
  userSchema,
  type LessonVersion,
  type PublishedScenario,
  type StoredAttempt,
  type Team,
  type User,
} from './schema.ts';
import { rankingOf, type BoardRankingQuery, type Ranking } from './board-ranking.ts';
import { deepFreeze } from './deep-freeze.ts';
import { lessonTallies, type LessonTalliesQuery, type LessonTally } from './lessons-wanted.ts';
import { retrainingStreaks, type RetrainingStreak, type RetrainingStreaksQuery } from './needs-retraining.ts';
import { refusals } from './refusals.ts';
import { reportOperators, reportTeams } from './report-scope.ts';
import { reportRowChunks, reportRowsChunk, type ReportRow, type ReportRowsQuery } from './report-rows.ts';
import { tallyRuns, type ReportAttemptsQuery, type ReportTallies, type ReportTalliesQuery } from './report-tallies.ts';
import { uniqueRuns, type Run } from './runs.ts';
import type { AttemptQuery } from './store.ts';
import { parseInput } from './validate.ts';

/** What a store keeps, as plain data: the shape of the lowdb document without its version. */
export interface RecordsData {
  teams: Team[];
  users: User[];
  /** Oldest submission first. */
  attempts: StoredAttempt[];
  /** Every version of every lesson written in the browser, oldest save first. */
  lessons: LessonVersion[];
  /** Every version of every uploaded scenario, oldest first. */
  scenarios: PublishedScenario[];
  /** The attempts whose xAPI statements the Learning Record Store has taken, in the order they were marked. */
  xapiDelivered: string[];
}

/** Records with nothing in them yet. */
export function emptyRecords(): RecordsData {
  return { teams: [], users: [], attempts: [], lessons: [], scenarios: [], xapiDelivered: [] };
}


/**
 * Records held in memory with the lookups the interface needs, shared by
 * every store that keeps its data in the process (the memory store, the
 * lowdb store). Each change is checked and applied synchronously, so two
 * requests racing for the same id or username cannot both pass the check.
 *
 * Stored records are deeply frozen: reads hand them out without copying
 * (a leaderboard reads thousands), nobody can change them behind the
 * store's back, and a serialiser may cache each one's JSON.
 */
export class RecordsState {
  readonly #data: RecordsData;
  readonly #teams = new Map<string, Team>();
  readonly #users = new Map<string, User>();
  readonly #usernames = new Map<string, User>();
  readonly #attempts = new Map<string, StoredAttempt>();
  /** The submission time of each of `#data.attempts`, in the same order, for binary search. */
  readonly #times: number[];
  readonly #delivered: Set<string>;

  /** Takes `data` over: its arrays are changed in place, so a document holding them stays current. */
  constructor(data: RecordsData) {
    this.#data = data;
    for (const team of data.teams) this.#teams.set(team.id, deepFreeze(team));
    for (const user of data.users) this.#indexUser(deepFreeze(user));
    // Timestamps may be written with different precisions or offsets, so they are compared as instants, not as text.
    const timed = data.attempts.map((attempt) => ({ attempt: deepFreeze(attempt), time: Date.parse(attempt.submittedAt) }));
    timed.sort((a, b) => a.time - b.time);
    timed.forEach(({ attempt }, index) => (data.attempts[index] = attempt));
    this.#times = timed.map(({ time }) => time);
    for (const attempt of data.attempts) this.#attempts.set(attempt.id, attempt);
    data.lessons.forEach(deepFreeze);
    data.scenarios.forEach(deepFreeze);
    this.#delivered = new Set(data.xapiDelivered);
  }

  isEmpty(): boolean {
    const { teams, users, attempts, lessons, scenarios } = this.#data;
    return teams.length === 0 && users.length === 0 && attempts.length === 0 && lessons.length === 0 && scenarios.length === 0;
  }

  createTeam(input: Team): Team {
    const team = deepFreeze(parseInput(teamSchema, input, 'team'));
    if (this.#teams.has(team.id)) throw refusals.teamIdTaken(team.id);
    this.#data.teams.push(team);
    this.#teams.set(team.id, team);
    return team;
  }

  teams(): Team[] {
    return [...this.#data.teams];
  }

  createUser(input: User): User {
    const user = deepFreeze(parseInput(userSchema, input, 'user'));
    // The username first: an id made from it would otherwise hide which field the admin must change.
    this.#checkUsernameFree(user);
    if (this.#users.has(user.id)) throw refusals.userIdTaken(user.id);
    this.#checkTeamsExist(user);
    this.#data.users.push(user);
    this.#indexUser(user);
    return user;
  }

  /** Several people at once, or none: every one is checked (against the store and each other) before any is kept. */
  createUsers(inputs: readonly User[]): User[] {
    const users = inputs.map((input, index) => deepFreeze(parseInput(userSchema, input, `users.${index}`)));
    const ids = new Set<string>();
    const usernames = new Set<string>();
    for (const user of users) {
      if (usernames.has(user.username)) throw refusals.usernameTwice(user.username);
      this.#checkUsernameFree(user);
      if (this.#users.has(user.id) || ids.has(user.id)) throw refusals.userIdTaken(user.id);
      this.#checkTeamsExist(user);
      ids.add(user.id);
      usernames.add(user.username);
    }
    for (const user of users) {
      this.#data.users.push(user);
      this.#indexUser(user);
    }
    return users;
  }

  updateUser(id: string, change: Partial<Omit<User, 'id'>>): User {
    const current = this.#users.get(id);
    if (current === undefined) throw refusals.noSuchUser(id);
    const user = deepFreeze(parseInput(userSchema, { ...current, ...change, id }, 'user'));
    this.#checkUsernameFree(user, id);
    this.#checkTeamsExist(user);
    this.#data.users[this.#data.users.indexOf(current)] = user;
    this.#usernames.delete(current.username);
    this.#indexUser(user);
    return user;
  }

  user(id: string): User | undefined {
    return this.#users.get(id);
  }

  userByUsername(username: string): User | undefined {
    return this.#usernames.get(username.trim().toLowerCase());
  }

  users(query: { teamId?: string; role?: User['role'] } = {}): User[] {
    return this.#data.users.filter(
      (user) => (query.teamId === undefined || user.teamIds.includes(query.teamId)) && (query.role === undefined || user.role === query.role),
    );
  }

  /** Checks an attempt for `addAttempt`, which may come after an await (the lowdb store writes its log first). */
  parseAttempt(input: StoredAttempt): StoredAttempt {
    return deepFreeze(parseInput(storedAttemptSchema, input, 'attempt'));
  }

  /** Adds a parsed attempt whose id is not taken, after the ones submitted at the same time or earlier. */
  addAttempt(attempt: StoredAttempt): void {
    const time = Date.parse(attempt.submittedAt);
    // After those submitted at the same instant, so equal times keep the order they were saved in.
    const at = countBefore(this.#times, (other) => other <= time);
    this.#data.attempts.splice(at, 0, attempt);
    this.#times.splice(at, 0, time);
    this.#attempts.set(attempt.id, attempt);
  }

  attempt(id: string): StoredAttempt | undefined {
    return this.#attempts.get(id);
  }

  attempts(input: AttemptQuery = {}): StoredAttempt[] {
    const query = parseInput(attemptQuerySchema, input, 'query');
    const from = query.from === undefined ? -Infinity : Date.parse(query.from);
    const to = query.to === undefined ? Infinity : Date.parse(query.to);
    const start = countBefore(this.#times, (time) => time < from);
    const end = countBefore(this.#times, (time) => time < to);
    const userIds = query.userIds === undefined ? undefined : new Set(query.userIds);
    const found: StoredAttempt[] = [];
    for (let index = start; index < end; index++) {
      const attempt = this.#data.attempts[index];
      if (userIds !== undefined && !userIds.has(attempt.userId)) continue;
      if (query.scenarioId !== undefined && attempt.scenarioId !== query.scenarioId) continue;
      found.push(attempt);
    }
    return found;
  }

  boardRanking(query: BoardRankingQuery): Ranking {
    return rankingOf(this.#data, { ...query, ...parseInput(rankingWindowSchema, query, 'query') });
  }

  /** The trainees a report is about (report-scope.ts reportOperators) and their runs in its span, on its scenario, each once. */
  #reportRuns({ teamIds, scenarioId, from, to }: Omit<ReportAttemptsQuery, 'bucket'>): { operators: User[]; runs: Run[] } {
    const operators = reportOperators(this.#data.users, teamIds);
    return { operators, runs: uniqueRuns(this.attempts({ userIds: operators.map((user) => user.id), scenarioId, from, to })) };
  }

  reportTallies(input: ReportTalliesQuery): ReportTallies {
    const { bucket, top, ...asked } = parseInput(reportTalliesQuerySchema, input, 'query');
    const { operators, runs } = this.#reportRuns(asked);
    const frame = { operators: new Map(operators.map((user) => [user.id, user])), teams: reportTeams(this.#data.teams, asked.teamIds) };
    return tallyRuns(runs, frame, { bucket, top });
  }

  /** Every chunk at once: the records are in memory already, and the rows are fewer than the attempts. */
  reportRows(input: ReportRowsQuery): ReportRow[][] {
    const { bucket, chunk, ...asked } = parseInput(reportRowsQuerySchema, input, 'query');
    return reportRowChunks(this.#reportRuns(asked).runs, bucket, chunk ?? reportRowsChunk);
  }

  lessonTallies(input: LessonTalliesQuery): LessonTally[] {
    return lessonTallies(this.#data.attempts, parseInput(lessonTalliesQuerySchema, input, 'query'));
  }

  retrainingStreaks(input: RetrainingStreaksQuery): RetrainingStreak[] {
    const { teamIds, scenarioId, from, to, ...rules } = parseInput(retrainingStreaksQuerySchema, input, 'query');
    return retrainingStreaks(this.#reportRuns({ teamIds, scenarioId, from, to }).runs, rules);
  }

  /** `durable`: whether an attempt is on disk yet; one still being written waits for a later call. */
  xapiPending(limit: number, durable: (attemptId: string) => boolean = () => true): StoredAttempt[] {
    const query = parseInput(pendingQuerySchema, { limit }, 'query');
    const pending: StoredAttempt[] = [];
    for (const attempt of this.#data.attempts) {
      if (pending.length === query.limit) break;
      if (!this.#delivered.has(attempt.id) && durable(attempt.id)) pending.push(attempt);
    }
    return pending;
  }

  markXapiDelivered(attemptIds: readonly string[]): void {
    const { attemptIds: ids } = parseInput(deliveredSchema, { attemptIds }, 'delivered');
    const unknown = ids.find((id) => !this.#attempts.has(id));
    if (unknown !== undefined) throw refusals.noSuchDeliveredAttempt(unknown);
    for (const id of ids) {
      if (this.#delivered.has(id)) continue;
      this.#delivered.add(id);
      this.#data.xapiDelivered.push(id);
    }
  }

  saveLesson(input: LessonVersion): LessonVersion {
    const lesson = deepFreeze(parseInput(lessonVersionSchema, input, 'lesson'));
    const latest = this.lessons({ lessonId: lesson.lessonId, locale: lesson.locale }).at(-1)?.version ?? 0;
    if (lesson.version !== latest + 1) throw refusals.lessonNotNext(lesson, latest);
    this.#data.lessons.push(lesson);
    return lesson;
  }

  lessons(query: { lessonId?: string; locale?: string } = {}): LessonVersion[] {
    return this.#data.lessons.filter(
      (lesson) => (query.lessonId === undefined || lesson.lessonId === query.lessonId) && (query.locale === undefined || lesson.locale === query.locale),
    );
  }

  publishScenario(input: PublishedScenario): PublishedScenario {
    const scenario = deepFreeze(parseInput(publishedScenarioSchema, input, 'scenario'));
    if (this.#data.scenarios.some((other) => other.scenarioId === scenario.scenarioId && other.version === scenario.version)) {
      throw refusals.scenarioPublished(scenario);
    }
    this.#data.scenarios.push(scenario);
    return scenario;
  }

  publishedScenarios(): PublishedScenario[] {
    return [...this.#data.scenarios];
  }

  #indexUser(user: User): void {
    this.#users.set(user.id, user);
    this.#usernames.set(user.username, user);
  }

  /** `holderId`: the user being changed, who may keep their own username. */
  #checkUsernameFree(user: User, holderId?: string): void {
    const holder = this.#usernames.get(user.username);
    if (holder !== undefined && holder.id !== holderId) throw refusals.usernameTaken(user.username, holder.id);
  }

  #checkTeamsExist(user: User): void {
    const unknown = user.teamIds.find((teamId) => !this.#teams.has(teamId));
    if (unknown !== undefined) throw refusals.noSuchTeam(unknown);
  }
}

/** How many of the ascending `times` come before the point `before` marks, found by binary search. */
function countBefore(times: readonly number[], before: (time: number) => boolean): number {
  let low = 0;
  let high = times.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (before(times[middle])) low = middle + 1;
    else high = middle;
  }
  return low;
}
