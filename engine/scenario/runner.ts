import type { CommandInput, CommandMeta } from '../commands.ts';
import type { SandboxEvent } from '../events.ts';
import { generateFixture } from '../fixtures/generate.ts';
import { classify, type MistakeCode } from '../mistakes.ts';
import { execute, setUp } from '../replay.ts';
import type { SandboxState } from '../state.ts';
import type { Result } from '../result.ts';
import { ENGINE_VERSION } from '../version.ts';
import { goalMet } from './goals.ts';
import type { AttemptRecord, RecordedCommand } from './record.ts';
import type { Scenario } from './schema.ts';
import { errorRate, score, stars } from './score.ts';

/** A mistake as recorded: what, where in the scenario, which command, and the lesson to show. */
export interface Mistake {
  readonly code: MistakeCode;
  readonly field?: string;
  readonly step: string;
  readonly lesson: string;
  /** Index of the command among the attempt's commands. */
  readonly command: number;
  /** Simulated time, epoch milliseconds. */
  readonly at: number;
  readonly offsetMs: number;
}

export interface StepTally {
  readonly commands: number;
  readonly mistakes: number;
  readonly hints: number;
}

/** An attempt in progress: its record plus everything derived from replaying it. */
export interface Attempt {
  readonly scenario: Scenario;
  readonly record: AttemptRecord;
  readonly state: SandboxState;
  /** Index of the current step; equals the number of steps once all are done. */
  readonly step: number;
  readonly tallies: readonly StepTally[];
  readonly mistakes: readonly Mistake[];
}

const trainee = 'trainee';
const noTally: StepTally = { commands: 0, mistakes: 0, hints: 0 };

/** The sandbox a scenario starts from: generated background customers, then the story's own records. */
export function scenarioSandbox(scenario: Scenario, seed: number): SandboxState {
  const now = Date.parse(scenario.start);
  const background = generateFixture({ seed, accounts: scenario.fixture.accounts, now, process: scenario.process });
  return setUp(background, scenario.fixture.records, now, `Scenario ${scenario.id}: fixture.records`);
}

function passGoals(scenario: Scenario, state: SandboxState, from: number): number {
  let step = from;
  while (step < scenario.steps.length && goalMet(state, scenario.steps[step].goal)) step++;
  return step;
}

function withTally(tallies: readonly StepTally[], step: number, add: Partial<StepTally>): StepTally[] {
  return tallies.map((tally, index) =>
    index === step
      ? {
          commands: tally.commands + (add.commands ?? 0),
          mistakes: tally.mistakes + (add.mistakes ?? 0),
          hints: tally.hints + (add.hints ?? 0),
        }
      : tally,
  );
}

export function isFinished(attempt: Attempt): boolean {
  return attempt.step >= attempt.scenario.steps.length;
}

export function startAttempt(scenario: Scenario, seed: number = scenario.fixture.seed): Attempt {
  const state = scenarioSandbox(scenario, seed);
  return {
    scenario,
    record: { scenarioId: scenario.id, scenarioVersion: scenario.version, engineVersion: ENGINE_VERSION, seed, entries: [] },
    state,
    step: passGoals(scenario, state, 0),
    tallies: scenario.steps.map(() => noTally),
    mistakes: [],
  };
}

export interface Submitted {
  readonly attempt: Attempt;
  /** The engine's answer: events, or the rejection to show by the field. */
  readonly result: Result<SandboxEvent>;
  /** Mistakes this command added, each with its lesson. */
  readonly mistakes: readonly Mistake[];
  /** Ids of the steps this command completed. */
  readonly completed: readonly string[];
}

/** Runs a trainee's command in the sandbox, records any watched mistake, and moves past every step whose goal now holds. */
export function submit(attempt: Attempt, command: CommandInput | RecordedCommand, offsetMs: number): Submitted {
  const { scenario } = attempt;
  const meta: CommandMeta = { at: attempt.state.now, actor: trainee };
  const executed = execute(attempt.state, command, meta);
  const state = executed.ok ? executed.state : attempt.state;
  const result: Result<SandboxEvent> = executed.ok ? { ok: true, events: executed.events } : executed;
  const record = { ...attempt.record, entries: [...attempt.record.entries, { kind: 'command' as const, offsetMs, command }] };
  if (isFinished(attempt)) return { attempt: { ...attempt, record, state }, result, mistakes: [], completed: [] };

  const current = scenario.steps[attempt.step];
  const commandIndex = attempt.tallies.reduce((sum, tally) => sum + tally.commands, 0);
  const mistakes = classify(result).flatMap((sighting): Mistake[] => {
    const watch = current.watches.find((candidate) => candidate.mistake === sighting.code);
    if (!watch) return [];
    return [{ ...sighting, step: current.id, lesson: watch.lesson, command: commandIndex, at: meta.at, offsetMs }];
  });
  const step = passGoals(scenario, state, attempt.step);
  return {
    attempt: {
      scenario,
      record,
      state,
      step,
      tallies: withTally(attempt.tallies, attempt.step, { commands: 1, mistakes: mistakes.length }),
      mistakes: [...attempt.mistakes, ...mistakes],
    },
    result,
    mistakes,
    completed: scenario.steps.slice(attempt.step, step).map((done) => done.id),
  };
}

/** How many hints of the current step are revealed. */
export function hintsRevealed(attempt: Attempt): number {
  return isFinished(attempt) ? 0 : attempt.tallies[attempt.step].hints;
}

/** Reveals the current step's next hint, at its cost. Unchanged when there is none left. */
export function revealHint(attempt: Attempt, offsetMs: number): Attempt {
  if (isFinished(attempt) || hintsRevealed(attempt) >= attempt.scenario.steps[attempt.step].hints.length) return attempt;
  return {
    ...attempt,
    record: { ...attempt.record, entries: [...attempt.record.entries, { kind: 'hint', offsetMs }] },
    tallies: withTally(attempt.tallies, attempt.step, { hints: 1 }),
  };
}

/** An attempt's outcome, computed only from its record. */
export interface AttemptResult {
  readonly scenarioId: string;
  readonly scenarioVersion: number;
  readonly completed: boolean;
  readonly stepsDone: number;
  readonly steps: number;
  readonly commands: number;
  readonly hintsUsed: number;
  readonly errorRate: number;
  readonly score: number;
  readonly stars: 0 | 1 | 2 | 3;
  readonly mistakes: readonly Mistake[];
  readonly perStep: readonly (StepTally & { readonly id: string; readonly errorRate: number })[];
}

export function finish(attempt: Attempt): AttemptResult {
  const { scenario, tallies, mistakes } = attempt;
  const commands = tallies.reduce((sum, tally) => sum + tally.commands, 0);
  const hintsUsed = tallies.reduce((sum, tally) => sum + tally.hints, 0);
  const points = score({
    stepsDone: attempt.step,
    steps: scenario.steps.length,
    commands,
    mistakes: mistakes.length,
    hintsUsed,
    hintCost: scenario.scoring.hintCost,
  });
  return {
    scenarioId: scenario.id,
    scenarioVersion: scenario.version,
    completed: isFinished(attempt),
    stepsDone: attempt.step,
    steps: scenario.steps.length,
    commands,
    hintsUsed,
    errorRate: errorRate(mistakes.length, commands),
    score: points,
    stars: stars(points),
    mistakes,
    perStep: scenario.steps.map((step, index) => ({
      id: step.id,
      ...tallies[index],
      errorRate: errorRate(tallies[index].mistakes, tallies[index].commands),
    })),
  };
}

/** Rebuilds an attempt from its record, e.g. after a reload. */
export function resumeAttempt(scenario: Scenario, record: AttemptRecord): Attempt {
  return record.entries.reduce(
    (attempt, entry) => (entry.kind === 'command' ? submit(attempt, entry.command, entry.offsetMs).attempt : revealHint(attempt, entry.offsetMs)),
    startAttempt(scenario, record.seed),
  );
}

export type Verification =
  | { readonly ok: true; readonly result: AttemptResult }
  | { readonly ok: false; readonly reason: 'scenario.mismatch' | 'scenario.version-mismatch'; readonly expected: string; readonly received: string };

/** Replays a record against the scenario it names and returns the result the replay computed. */
export function verifyAttempt(scenario: Scenario, record: AttemptRecord): Verification {
  if (record.scenarioId !== scenario.id)
    return { ok: false, reason: 'scenario.mismatch', expected: scenario.id, received: record.scenarioId };
  if (record.scenarioVersion !== scenario.version)
    return { ok: false, reason: 'scenario.version-mismatch', expected: String(scenario.version), received: String(record.scenarioVersion) };
  return { ok: true, result: finish(resumeAttempt(scenario, record)) };
}
