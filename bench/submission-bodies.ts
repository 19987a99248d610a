import { commandTypes, sealAttempt, startAttempt, submit, type AttemptRecord, type Scenario } from '../engine/index.ts';
import { mixedCommands } from './mixed-log.ts';

/**
 * What the submission load bench POSTs to /api/attempts: a trainee's long,
 * messy attempt — the mixed benchmark log's kinds of commands, right and
 * wrong (none of an unknown type, which the server refuses outright), a few
 * seconds apart — on the sandbox the player starts from (the scenario's own
 * seed), sealed as the player seals a finished attempt.
 */

export interface SubmissionBodiesOptions {
  readonly scenario: Scenario;
  readonly seed: number;
  /** Commands in each attempt's log. */
  readonly commands: number;
  /** Different logs to send in turn, so the server does not replay one record over and over. */
  readonly variants: number;
  /** Starts every attempt id: the bench finds its own attempts in the store by it. */
  readonly idPrefix: string;
}

/** One sealed attempt of `commands` commands, drawn from `seed`. */
export function longAttempt(scenario: Scenario, seed: number, commands: number): AttemptRecord {
  const started = startAttempt(scenario);
  const known = new Set<string>(commandTypes);
  return sealAttempt(
    mixedCommands(started.state, seed, commands * 2)
      .filter((command) => known.has(command.type))
      .slice(0, commands)
      .reduce((attempt, { meta: _meta, ...command }, index) => submit(attempt, command, (index + 1) * 4000).attempt, started),
  );
}

/**
 * The JSON body of the n-th submission: `{ id, record }` with an id no other
 * n has, so each POST is a new attempt (201) and never a retry (200). Each
 * record is serialised once, and the id spliced in front: building a body
 * must cost the load generator next to nothing, as it shares the machine
 * with the server.
 */
export function submissionBodies({ scenario, seed, commands, variants, idPrefix }: SubmissionBodiesOptions): (n: number) => string {
  const records = Array.from({ length: variants }, (_, variant) => JSON.stringify(longAttempt(scenario, seed + variant, commands)));
  return (n) => `{"id":${JSON.stringify(`${idPrefix}${n}`)},"record":${records[n % records.length]}}`;
}
