import * as v from 'valibot';
import type { CommandInput } from '../../../engine/commands.ts';
import { attemptRecordSchema, type AttemptRecord } from '../../../engine/scenario/record.ts';
import {
  finish,
  hintsRevealed,
  isFinished,
  resumeAttempt,
  revealHint,
  startAttempt,
  submit,
  type Attempt,
  type Mistake,
  type Submitted,
} from '../../../engine/scenario/runner.ts';
import type { Scenario } from '../../../engine/scenario/schema.ts';
import { sealAttempt } from '../../../engine/scenario/verify.ts';
import { newAttemptId } from '../../lib/attempt-id.ts';
import { recordFinished } from '../../lib/progress.ts';

/** What is kept in the browser so a reload resumes the attempt: the record itself, when it started, and the id the records server will know it by. */
interface Stored {
  readonly record: AttemptRecord;
  readonly startedAt: number;
  /** Absent in attempts kept before ids were given. */
  readonly id?: string;
}

/**
 * One trainee's attempt at one scenario, in the browser: runs every action
 * through the engine's runner and keeps the attempt's record in
 * localStorage after each one. The record is all that is kept; everything
 * shown is derived by replaying it, exactly as the server will.
 */
export class PlayerSession {
  #attempt: Attempt = $state.raw()!;
  #startedAt = 0;
  #id = newAttemptId();
  #storageKey: string;
  /** The latest recorded mistake whose lesson is on screen, until dismissed. */
  lesson: Mistake | undefined = $state.raw();
  /** True when the attempt was restored from an earlier visit. */
  resumed = $state(false);

  constructor(scenario: Scenario) {
    this.#attempt = startAttempt(scenario);
    this.#storageKey = `crm-drill.attempt.${scenario.id}.v${scenario.version}`;
  }

  get attempt(): Attempt {
    return this.#attempt;
  }
  get finished(): boolean {
    return isFinished(this.#attempt);
  }
  get result() {
    return finish(this.#attempt);
  }
  /** What the records server is sent once the attempt is finished: its id (a retry is recognised by it) and its record. */
  submission(): { id: string; record: AttemptRecord } {
    return { id: this.#id, record: sealAttempt(this.#attempt) };
  }
  get hintsRevealed(): number {
    return hintsRevealed(this.#attempt);
  }

  /** Picks up an attempt kept from an earlier visit; a kept record that no longer fits is dropped. */
  restore(): void {
    this.#startedAt = Date.now();
    const kept = localStorage.getItem(this.#storageKey);
    if (kept === null) return;
    try {
      const stored = JSON.parse(kept) as Stored;
      const record = v.parse(attemptRecordSchema, stored.record);
      if (record.entries.length === 0) return;
      this.#attempt = resumeAttempt(this.#attempt.scenario, record);
      this.#startedAt = stored.startedAt;
      if (stored.id !== undefined) this.#id = stored.id;
      this.resumed = true;
    } catch {
      localStorage.removeItem(this.#storageKey);
    }
  }

  /** Runs a command; the caller shows the engine's answer by the form. */
  run(command: CommandInput): Submitted {
    const submitted = submit(this.#attempt, command, this.#offset());
    this.#attempt = submitted.attempt;
    if (submitted.mistakes.length > 0) this.lesson = submitted.mistakes[submitted.mistakes.length - 1];
    this.#save();
    if (this.finished) recordFinished(localStorage, this.#attempt.scenario.id, this.result);
    return submitted;
  }

  hint(): void {
    this.#attempt = revealHint(this.#attempt, this.#offset());
    this.#save();
  }

  dismissLesson(): void {
    this.lesson = undefined;
  }

  restart(): void {
    localStorage.removeItem(this.#storageKey);
    this.#attempt = startAttempt(this.#attempt.scenario, this.#attempt.record.seed);
    this.#startedAt = Date.now();
    this.#id = newAttemptId();
    this.lesson = undefined;
    this.resumed = false;
  }

  #offset(): number {
    return Math.max(0, Date.now() - this.#startedAt);
  }

  #save(): void {
    const stored: Stored = { record: this.#attempt.record, startedAt: this.#startedAt, id: this.#id };
    localStorage.setItem(this.#storageKey, JSON.stringify(stored));
  }
}
