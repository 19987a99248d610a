import type { CommandInput, CommandMeta } from '../commands.ts';
import type { SandboxEvent } from '../events.ts';
import { generateFixture } from '../fixtures/generate.ts';
import { classify, expectation, type Expectation, type MistakeCode } from '../mistakes.ts';
import { execute, setUp } from '../replay.ts';
import type { SandboxState } from '../state.ts';
import type { Result } from '../result.ts';
import type { Role } from '../users/records.ts';
import { ENGINE_VERSION } from '../version.ts';
import { goalMet } from './goals.ts';
import type { AttemptRecord, RecordedCommand } from './record.ts';
import { activitiesMissing, deadlinesPassed, fieldsEmptied, isDetailsUpdate, stepDeadlinePassed, teamsNotInformed, wrongOwner, type RuleSighting } from './rules.ts';
import type { Scenario, Step } from './schema.ts';
import { errorRate, measure, type Measures, type Stars } from './score.ts';

/**
 * A mistake as recorded: what, where in the scenario, which command, what
 * the process expected and what was done, when, and the lesson to show.
 */
export interface Mistake {
  readonly code: MistakeCode;
  readonly scenario: string;
  readonly step: string;
  readonly lesson: string;
  /** Index of the command among the attempt's commands: the one that made the mistake, or that ended the step it was found in. */
  readonly command: number;
  /** What the trainee did: the command's type, or the event a process rule is about (`lead.contacted`). */
  readonly done: string;
  readonly field?: string;
  readonly expected: Expectation;
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
  /** What happened in the sandbox from the attempt's start to its last step (the fixture's set-up is not part of it). */
  readonly events: readonly SandboxEvent[];
  /** Index of the current step; equals the number of steps once all are done. */
  readonly step: number;
  /** For each command sent, the step it was sent in and where its events begin in `events`. */
  readonly commands: readonly CommandMark[];
  /** Whether each step's deadline was found passed already, so it counts once. */
  readonly deadlinesMissed: readonly boolean[];
  /** Whether each done step's goal still holds; a command that undoes one loses data. */
  readonly goalsHeld: readonly boolean[];
  readonly tallies: readonly StepTally[];
  readonly mistakes: readonly Mistake[];
  /** When the last step was done, on the simulated and the wall clock; what comes after is not timed. */
  readonly completedAt?: { readonly at: number; readonly offsetMs: number };
}

/** Where a command sits in the attempt: its step, its first event, its times. */
export interface CommandMark {
  readonly step: number;
  readonly firstEvent: number;
  readonly at: number;
  readonly offsetMs: number;
}

/** The user id the trainee acts as in every attempt (the fixture's sales trainee 王芳). */
export const trainee = 'trainee';
const noTally: StepTally = { commands: 0, mistakes: 0, hints: 0 };

/** Starting sandboxes kept per scenario object, for the few seeds last used: building one costs more than replaying an attempt. */
const sandboxes = new WeakMap<Scenario, Map<number, SandboxState>>();
const seedsKept = 8;

/**
 * The sandbox a scenario starts from: generated background customers, then
 * the story's own records. States are never changed in place, so one built
 * sandbox serves every attempt on the same scenario and seed.
 */
export function scenarioSandbox(scenario: Scenario, seed: number): SandboxState {
  const kept = sandboxes.get(scenario) ?? new Map<number, SandboxState>();
  sandboxes.set(scenario, kept);
  const cached = kept.get(seed);
  if (cached) return cached;
  const now = Date.parse(scenario.start);
  const background = generateFixture({ seed, accounts: scenario.fixture.accounts, now, process: scenario.process });
  const sandbox = actingAs(setUp(background, scenario.fixture.records, now, `Scenario ${scenario.id}: fixture.records`), scenario.trainee.role);
  if (kept.size >= seedsKept) kept.delete(kept.keys().next().value!);
  kept.set(seed, sandbox);
  return sandbox;
}

/**
 * The sandbox with the trainee in the role the story gives them (an acting
 * lead). The id stays `trainee`, so what is theirs stays theirs; the default
 * role leaves the sandbox as built, so attempts made before the field
 * existed replay the same.
 */
function actingAs(sandbox: SandboxState, role: Role): SandboxState {
  const user = sandbox.users[trainee];
  if (!user || user.role === role) return sandbox;
  return { ...sandbox, users: { ...sandbox.users, [trainee]: { ...user, role } } };
}

function goalHolds(attempt: Pick<Attempt, 'state' | 'events'>, step: Step): boolean {
  return goalMet({ state: attempt.state, events: attempt.events }, step.goal);
}

function passGoals(scenario: Scenario, context: Pick<Attempt, 'state' | 'events'>, from: number): number {
  let step = from;
  while (step < scenario.steps.length && goalHolds(context, scenario.steps[step])) step++;
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
  const step = passGoals(scenario, { state, events: [] }, 0);
  return {
    scenario,
    record: { scenarioId: scenario.id, scenarioVersion: scenario.version, engineVersion: ENGINE_VERSION, seed, entries: [] },
    state,
    events: [],
    step,
    commands: [],
    deadlinesMissed: scenario.steps.map(() => false),
    goalsHeld: scenario.steps.map((_, index) => index < step),
    tallies: scenario.steps.map(() => noTally),
    mistakes: [],
  };
}

/** The sightings the step watches, as mistakes made by command `command` at the given times. */
function recorded(scenario: Scenario, step: number, sightings: readonly RuleSighting[], command: number, at: number, offsetMs: number): Mistake[] {
  const { id, watches } = scenario.steps[step];
  return sightings.flatMap((sighting): Mistake[] => {
    const watch = watches.find((candidate) => candidate.mistake === sighting.code);
    if (!watch) return [];
    const field = sighting.field === undefined ? {} : { field: sighting.field };
    return [{ code: sighting.code, scenario: scenario.id, step: id, lesson: watch.lesson, command, done: sighting.done, ...field, expected: sighting.expected, at, offsetMs }];
  });
}

/**
 * The rules checked over the whole attempt when it ends — calls never
 * logged, teams never told — each mistake placed at the command and step
 * where what it is about happened.
 */
function lateMistakes(attempt: Attempt): Mistake[] {
  const late = [...activitiesMissing(attempt.state, attempt.events), ...teamsNotInformed(attempt.state, attempt.events, trainee)];
  return late
    .sort((a, b) => a.event - b.event)
    .flatMap(({ event, sighting }) => {
      const command = attempt.commands.findLastIndex((mark) => mark.firstEvent <= event);
      const mark = attempt.commands[command];
      return recorded(attempt.scenario, mark.step, [sighting], command, mark.at, mark.offsetMs);
    });
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

/**
 * Runs a trainee's command in the sandbox, records the mistakes the steps
 * watch (the engine's refusals, and the process rules in `rules.ts`), and
 * moves past every step whose goal now holds.
 */
export function submit(attempt: Attempt, command: CommandInput | RecordedCommand, offsetMs: number): Submitted {
  const { scenario } = attempt;
  const meta: CommandMeta = { at: attempt.state.now, actor: trainee };
  const executed = execute(attempt.state, command, meta);
  const state = executed.ok ? executed.state : attempt.state;
  const result: Result<SandboxEvent> = executed.ok ? { ok: true, events: executed.events } : executed;
  const events = executed.ok ? [...attempt.events, ...executed.events] : attempt.events;
  const record = { ...attempt.record, entries: [...attempt.record.entries, { kind: 'command' as const, offsetMs, command }] };
  // After the last step the sandbox stays live, but nothing more is scored or looked back on.
  if (isFinished(attempt)) return { attempt: { ...attempt, record, state }, result, mistakes: [], completed: [] };

  const done = typeof command.type === 'string' ? command.type : 'command';
  const current = scenario.steps[attempt.step];
  const after = { state, events };
  const applied = executed.ok ? executed.events : [];
  const sightings: RuleSighting[] = [
    ...[...classify(result), ...deadlinesPassed(state, applied, trainee)].map((sighting) => ({ ...sighting, done })),
    ...(executed.ok ? wrongOwner(current, command) : []),
    ...fieldsEmptied(applied),
  ];

  const deadlineMissed = attempt.deadlinesMissed[attempt.step] ? [] : stepDeadlinePassed(current, state.now);
  sightings.push(...deadlineMissed);
  const deadlinesMissed = attempt.deadlinesMissed.map((missed, index) => missed || (index === attempt.step && deadlineMissed.length > 0));

  // A done step's work overwritten: its goal held, and an update of details (not a lifecycle move) broke it.
  const updated = applied.some(isDetailsUpdate);
  const goalsHeld = updated ? attempt.goalsHeld.map((_, index) => index < attempt.step && goalHolds(after, scenario.steps[index])) : [...attempt.goalsHeld];
  if (updated && !sightings.some((sighting) => sighting.code === 'data.lost')) {
    attempt.goalsHeld.forEach((held, index) => {
      if (held && !goalsHeld[index]) sightings.push({ code: 'data.lost', done, expected: expectation('expectation.keepStep', { step: scenario.steps[index].id }) });
    });
  }

  // A refused command changed neither the state nor the events, so the current step's goal, which did not hold on them, still does not:
  // skipping the check saves a scan of the step's tables for each slip, a quarter of a long attempt's replay on the server.
  const step = executed.ok ? passGoals(scenario, after, attempt.step) : attempt.step;
  for (let passed = attempt.step; passed < step; passed++) goalsHeld[passed] = true;

  const mistakes = recorded(scenario, attempt.step, sightings, attempt.commands.length, meta.at, offsetMs);
  const completedAt = step >= scenario.steps.length ? { completedAt: { at: state.now, offsetMs } } : {};
  return {
    attempt: {
      ...completedAt,
      scenario,
      record,
      state,
      events,
      step,
      commands: [...attempt.commands, { step: attempt.step, firstEvent: attempt.events.length, at: meta.at, offsetMs }],
      deadlinesMissed,
      goalsHeld,
      tallies: withTally(attempt.tallies, attempt.step, { commands: 1, mistakes: mistakes.length }),
      mistakes: [...attempt.mistakes, ...mistakes],
    },
    result,
    mistakes,
    completed: scenario.steps.slice(attempt.step, step).map((passed) => passed.id),
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

/** An attempt's outcome, computed only from its record: the measures of `score.ts`, and the mistakes with their lessons. */
export interface AttemptResult extends Measures {
  readonly scenarioId: string;
  readonly scenarioVersion: number;
  readonly completed: boolean;
  readonly stepsDone: number;
  readonly steps: number;
  readonly score: number;
  readonly stars: Stars;
  /** Earned by finishing with three stars. */
  readonly badge: boolean;
  readonly mistakes: readonly Mistake[];
  readonly perStep: readonly (StepTally & { readonly id: string; readonly errorRate: number })[];
}

/**
 * Ends the attempt: the rules about what was never done (a call not logged,
 * a team not told) are checked over the whole attempt, and everything is
 * measured and scored.
 */
export function finish(attempt: Attempt): AttemptResult {
  const { scenario, tallies } = attempt;
  const commands = attempt.commands.length;
  const lastOffset = attempt.record.entries.at(-1)?.offsetMs ?? 0;
  const end = attempt.completedAt ?? { at: attempt.state.now, offsetMs: lastOffset };
  const late = lateMistakes(attempt);
  const mistakes = [...attempt.mistakes, ...late].sort((a, b) => a.command - b.command);
  const lateIn = (index: number) => late.filter((mistake) => mistake.step === scenario.steps[index].id).length;
  const perStep = scenario.steps.map((step, index) => {
    const tally = { ...tallies[index], mistakes: tallies[index].mistakes + lateIn(index) };
    return { id: step.id, ...tally, errorRate: errorRate(tally.mistakes, tally.commands) };
  });
  const measured = measure({
    stepsDone: attempt.step,
    steps: scenario.steps.length,
    commands,
    mistakes: mistakes.length,
    hintsUsed: tallies.reduce((sum, tally) => sum + tally.hints, 0),
    hintCost: scenario.scoring.hintCost,
    simulatedMs: end.at - Date.parse(scenario.start),
    wallMs: end.offsetMs,
    deadlines: scenario.steps.filter((step) => step.deadline !== undefined).length,
    deadlinesMet: scenario.steps.filter((step, index) => step.deadline !== undefined && index < attempt.step && !attempt.deadlinesMissed[index]).length,
  });
  return {
    scenarioId: scenario.id,
    scenarioVersion: scenario.version,
    completed: isFinished(attempt),
    stepsDone: attempt.step,
    steps: scenario.steps.length,
    ...measured,
    badge: isFinished(attempt) && measured.stars === 3,
    mistakes,
    perStep,
  };
}

/** Rebuilds an attempt from its record, e.g. after a reload. */
export function resumeAttempt(scenario: Scenario, record: AttemptRecord): Attempt {
  return record.entries.reduce(
    (attempt, entry) => (entry.kind === 'command' ? submit(attempt, entry.command, entry.offsetMs).attempt : revealHint(attempt, entry.offsetMs)),
    startAttempt(scenario, record.seed),
  );
}
