import type { AttemptEntry } from '../../engine/scenario/record.ts';
import { emptyRecords, RecordsState } from './records-state.ts';
import type { RecordsStore } from './store.ts';
import { parseEntries } from './validate.ts';

/**
 * A RecordsStore that keeps everything in the process and loses it on exit:
 * for tests of the modules that use a store, and the contract suite's
 * reference for what a store answers. Nothing to wait for, so every write
 * is "durable" once it returns.
 */
export function createMemoryStore(): RecordsStore {
  const state = new RecordsState(emptyRecords());
  const logs = new Map<string, AttemptEntry[]>();
  let closed = false;

  /** Each method starts here, so a closed store answers nothing, as a closed lowdb store or pool would not. */
  function open(): RecordsState {
    if (closed) throw new Error('The records store is closed.');
    return state;
  }

  return {
    async saveAttempt(input, entries) {
      const attempt = open().parseAttempt(input);
      // Commands carry data of any shape, which valibot hands back as is: a copy keeps the caller's objects out of the store.
      const log = structuredClone(parseEntries(entries));
      const stored = state.attempt(attempt.id);
      if (stored !== undefined) return { created: false, attempt: stored };
      state.addAttempt(attempt);
      logs.set(attempt.id, log);
      return { created: true, attempt };
    },
    async attempt(id) {
      return open().attempt(id);
    },
    async attemptEntries(id) {
      open();
      const log = logs.get(id);
      return log === undefined ? undefined : structuredClone(log);
    },
    async attempts(query) {
      return open().attempts(query);
    },
    async boardRanking(query) {
      return open().boardRanking(query);
    },
    async reportTallies(query) {
      return open().reportTallies(query);
    },
    async *reportRows(query) {
      yield* open().reportRows(query);
    },
    async lessonTallies(query) {
      return open().lessonTallies(query);
    },
    async retrainingStreaks(query) {
      return open().retrainingStreaks(query);
    },
    async xapiPending(limit) {
      return open().xapiPending(limit);
    },
    async markXapiDelivered(attemptIds) {
      open().markXapiDelivered(attemptIds);
    },
    async createTeam(team) {
      return open().createTeam(team);
    },
    async teams() {
      return open().teams();
    },
    async createUser(user) {
      return open().createUser(user);
    },
    async createUsers(users) {
      return open().createUsers(users);
    },
    async updateUser(id, change) {
      return open().updateUser(id, change);
    },
    async user(id) {
      return open().user(id);
    },
    async userByUsername(username) {
      return open().userByUsername(username);
    },
    async users(query) {
      return open().users(query);
    },
    async saveLesson(lesson) {
      return open().saveLesson(lesson);
    },
    async lessons(query) {
      return open().lessons(query);
    },
    async publishScenario(scenario) {
      return open().publishScenario(scenario);
    },
    async publishedScenarios() {
      return open().publishedScenarios();
    },
    async isEmpty() {
      return open().isEmpty();
    },
    async settle() {
      open();
    },
    async close() {
      closed = true;
    },
  };
}
