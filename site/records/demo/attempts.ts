import type { CommandType } from '../../../engine/commands.ts';
import type { Random } from '../../../engine/random.ts';
import type { MistakeCode } from '../../../engine/mistakes.ts';
import type { AttemptRecord } from '../../../engine/scenario/record.ts';
import { revealHint, startAttempt, submit } from '../../../engine/scenario/runner.ts';
import type { Scenario, Slip } from '../../../engine/scenario/schema.ts';
import { sealAttempt } from '../../../engine/scenario/verify.ts';
import { changesOf, commandOf, sameMove, slipped } from '../../../engine/scenario/walkthrough.ts';
import { acceptAttempt } from '../accept-attempt.ts';
import type { StoredAttempt } from '../schema.ts';
import type { RecordsStore } from '../store.ts';
import type { PlannedAttempt } from './schedule.ts';

/**
 * The demo's attempts, made the way a trainee's are: the engine plays the
 * scenario's walkthrough (slips and hints included) into an attempt record, sealed
 * as the player seals it, and the record is submitted through acceptAttempt,
 * which replays it and stores what the replay gives. So every demo attempt
 * is a real log that replays to its stored result.
 */

/** Typical seconds over a command, by the size of its form; other commands are a click after some reading. */
const typicalSeconds: Partial<Readonly<Record<CommandType, number>>> = {
  'account.create': 150,
  'contact.create': 90,
  'contact.update': 40,
  'lead.create': 120,
  'lead.convert': 110,
  'activity.log': 75,
  'opportunity.update': 80,
  'opportunity.lose': 45,
  'quote.addLine': 45,
  'ticket.resolve': 70,
  'record.share': 35,
  'import.commit': 240,
  'clock.advance': 8,
};
const clickSeconds = 20;
const hintSeconds = 25;

/** Whether two slips change none of the same moves, so that a run can make both. */
const apart = (a: Slip, b: Slip) => changesOf(a).every((change) => changesOf(b).every((other) => !sameMove(change.replace, other.replace)));

/**
 * Which of a scenario's slips a run makes: every one of the person's habit,
 * then `count` more, on different moves, as many as there are. A slip that
 * leaves a step undone stops the steps after it from recording anything, so
 * it is made only in a run of one slip.
 */
function chooseSlips(all: readonly Slip[], count: number, random: Random, habit: MistakeCode | undefined): Slip[] {
  const habits = all.filter((slip) => slip.mistake === habit).length;
  const slips = habits + count > 1 ? all.filter((slip) => slip.completes) : all;
  const habitual = slips.filter((slip) => slip.mistake === habit).reduce<Slip[]>((chosen, slip) => (chosen.every((other) => apart(other, slip)) ? [...chosen, slip] : chosen), []);
  return random
    .shuffle(slips)
    .reduce<Slip[]>((chosen, slip) => (chosen.length < habitual.length + count && chosen.every((other) => apart(other, slip)) ? [...chosen, slip] : chosen), habitual);
}

/** Plays one planned run of the scenario's walkthrough on its own sandbox seed (the walkthrough finds its records there) and seals it as the player would. */
export function playPlanned(scenario: Scenario, planned: PlannedAttempt, random: Random): AttemptRecord {
  const { walkthrough } = scenario;
  if (walkthrough === undefined) throw new Error(`The demo plans an attempt on scenario ${scenario.id}, which has no walkthrough to play.`);
  const started = startAttempt(scenario);
  const moves = slipped(walkthrough, ...chooseSlips(walkthrough.slips, planned.slips, random, planned.habits.habit));
  const { pace, hintPercent } = planned.habits;
  const seconds = (typical: number) => Math.round(typical * pace * random.int(70, 140) * 10);
  let offsetMs = 0;
  const attempt = moves.reduce((attempt, move) => {
    let current = attempt;
    if (random.int(1, 100) <= hintPercent) {
      offsetMs += seconds(hintSeconds);
      current = revealHint(current, offsetMs);
    }
    const command = commandOf(move, current);
    offsetMs += seconds(typicalSeconds[command.type] ?? clickSeconds);
    return submit(current, command, offsetMs).attempt;
  }, started);
  return sealAttempt(attempt);
}

export interface DemoAttemptsInput {
  readonly store: RecordsStore;
  readonly planned: readonly PlannedAttempt[];
  /** Makes the attempt ids, so that one seed gives the same ids. */
  readonly seed: number;
  readonly scenarios: readonly Scenario[];
  readonly scenarioAt: (id: string, version: number) => Scenario | undefined;
  readonly random: Random;
  /** Told after each batch is stored. */
  readonly progress?: (done: number, of: number) => void;
}

/** Submitted together, so the store's group commit writes them to disk at once rather than one by one. */
const batchSize = 20;

/** Plays and submits every planned attempt, in order; a refusal is a bug in a walkthrough or the engine, and is thrown. */
export async function submitDemoAttempts({ store, planned, seed, scenarios, scenarioAt, random, progress }: DemoAttemptsInput): Promise<StoredAttempt[]> {
  const byId = new Map(scenarios.map((scenario) => [scenario.id, scenario]));
  const stored: StoredAttempt[] = [];
  for (let from = 0; from < planned.length; from += batchSize) {
    const batch = planned.slice(from, from + batchSize).map((plan, index) => {
      const scenario = byId.get(plan.scenarioId);
      if (!scenario) throw new Error(`The demo plans an attempt on scenario ${plan.scenarioId}, which is not among the scenarios loaded.`);
      const id = `demo-${seed}-${String(from + index + 1).padStart(4, '0')}`;
      return { plan, id, record: playPlanned(scenario, plan, random) };
    });
    const accepted = await Promise.all(batch.map(({ plan, id, record }) => acceptAttempt({ store, userId: plan.userId, body: { id, record }, now: plan.submittedAt, scenarioAt })));
    accepted.forEach((outcome, index) => {
      if (!outcome.ok) throw new Error(`Demo attempt ${batch[index].id} on ${batch[index].plan.scenarioId} was refused: ${outcome.error.message}`);
      stored.push(outcome.attempt);
    });
    progress?.(from + batch.length, planned.length);
  }
  return stored;
}
