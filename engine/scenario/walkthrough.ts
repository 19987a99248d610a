import * as v from 'valibot';
import type { CommandInput } from '../commands.ts';
import { tableOf } from '../refs-lookup.ts';
import type { SandboxState } from '../state.ts';
import { holds } from './goals.ts';
import { finish, isFinished, startAttempt, submit, type Attempt, type AttemptResult } from './runner.ts';
import { findSchema, type Change, type Find, type Move, type Scenario, type Slip, type Walkthrough } from './schema.ts';

/**
 * Playing a scenario's walkthrough (its schema is in schema.ts): the
 * commands that play it to a perfect score, and the slips that make each
 * watched mistake. The scenario tests (tests/scenarios/) and the demo
 * company's trainees (site/records/demo/) play it, and `crm-drill scenarios
 * check` and a consultant's upload check it the same way.
 */

/** Something wrong with a walkthrough: the field it is about (`walkthrough.slips.2.replace`) and what. */
export interface WalkthroughProblem {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

function isFind(value: unknown): value is Find {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'find' in value && v.is(findSchema, value);
}

function findIn(state: SandboxState, find: Find): unknown {
  const matching = Object.values(state[tableOf[find.find]]).filter((record: object) => holds(record, find.where));
  const record = (find.pick === 'last' ? matching.at(-1) : matching[0]) as Record<string, unknown> | undefined;
  return record?.[find.field];
}

/** The move's data with every `find` replaced by what it finds now (undefined when nothing matches: the sandbox then refuses the command, naming the field). */
function resolved(value: unknown, state: SandboxState): unknown {
  if (isFind(value)) return findIn(state, v.parse(findSchema, value));
  if (Array.isArray(value)) return value.map((item) => resolved(item, state));
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, resolved(item, state)]));
  return value;
}

/** The command a move stands for in this attempt. */
export function commandOf(move: Move, attempt: Pick<Attempt, 'state'>): CommandInput {
  return { type: move.type, data: resolved(move.data, attempt.state) } as CommandInput;
}

/** A move the sandbox refused: its place among the moves played, and why (the rejection's code and field). */
export interface Refusal {
  readonly index: number;
  readonly reason: string;
}

/** Plays moves one after another, a second apart, as the tests do: the attempt, the commands the moves stood for, and the refusals met. */
export function playMoves(moves: readonly Move[], from: Attempt): { attempt: Attempt; commands: CommandInput[]; refusals: Refusal[] } {
  const commands: CommandInput[] = [];
  const refusals: Refusal[] = [];
  const attempt = moves.reduce((current, move, index) => {
    const command = commandOf(move, current);
    commands.push(command);
    const submitted = submit(current, command, (current.record.entries.length + 1) * 1000);
    if (!submitted.result.ok) {
      const { code, field } = submitted.result.rejection;
      refusals.push({ index, reason: field === undefined ? code : `${code} (${field})` });
    }
    return submitted.attempt;
  }, from);
  return { attempt, commands, refusals };
}

/** The commands of the scenario's perfect play, with the ids found as it is played: for the tests that play a scenario their own way. */
export function perfectCommands(scenario: Scenario): CommandInput[] {
  if (scenario.walkthrough === undefined) throw new Error(`Scenario ${scenario.id} has no walkthrough.`);
  return playMoves(scenario.walkthrough.perfect, startAttempt(scenario)).commands;
}

export const sameMove = (a: Move, b: Move) => JSON.stringify(a) === JSON.stringify(b);

/** Every change a slip makes: its own move, then the others it names. */
export function changesOf(slip: Slip): Change[] {
  return [{ replace: slip.replace, instead: slip.instead }, ...slip.also];
}

/** The perfect play with each slip made, in order, every changed move replaced by what is done instead (a demo run makes several, on different moves). */
export function slipped(walkthrough: Walkthrough, ...slips: Slip[]): Move[] {
  return slips.flatMap(changesOf).reduce<Move[]>((moves, change) => {
    const at = moves.findIndex((move) => sameMove(move, change.replace));
    return at < 0 ? moves : [...moves.slice(0, at), ...change.instead, ...moves.slice(at + 1)];
  }, [...walkthrough.perfect]);
}

/** What the walkthrough says that the file's other fields contradict: a slip's step or move that is not there, a watched mistake no slip makes. */
export function walkthroughProblems(scenario: Scenario, walkthrough: Walkthrough): WalkthroughProblem[] {
  const problems: WalkthroughProblem[] = [];
  const stepIds = scenario.steps.map((step) => step.id);
  walkthrough.slips.forEach((slip, index) => {
    if (!stepIds.includes(slip.step)) problems.push({ path: ['walkthrough', 'slips', index, 'step'], message: `no step "${slip.step}"; the steps are ${stepIds.join(', ')}` });
    const notInPerfect = `not a move of walkthrough.perfect: write the same command, e.g. as a YAML alias (*name) of it`;
    if (!walkthrough.perfect.some((move) => sameMove(move, slip.replace))) problems.push({ path: ['walkthrough', 'slips', index, 'replace'], message: notInPerfect });
    slip.also.forEach((change, changeIndex) => {
      if (!walkthrough.perfect.some((move) => sameMove(move, change.replace))) problems.push({ path: ['walkthrough', 'slips', index, 'also', changeIndex, 'replace'], message: notInPerfect });
    });
  });
  scenario.steps.forEach((step, stepIndex) =>
    step.watches.forEach((watch, watchIndex) => {
      if (!walkthrough.slips.some((slip) => slip.step === step.id && slip.mistake === watch.mistake))
        problems.push({
          path: ['steps', stepIndex, 'watches', watchIndex],
          message: `no slip in walkthrough.slips makes ${watch.mistake} at step ${step.id}: add one, so the test shows the mistake can be made and is caught`,
        });
    }),
  );
  return problems;
}

/** How a play went: the attempt and its result, and the moves the sandbox refused on the way (a perfect play meets none). */
export interface PlayedWalkthrough {
  readonly attempt: Attempt;
  readonly result: AttemptResult;
  readonly finished: boolean;
  readonly refusals: readonly Refusal[];
}

export function playWalkthrough(scenario: Scenario, moves: readonly Move[], seed = scenario.fixture.seed): PlayedWalkthrough {
  const { attempt, refusals } = playMoves(moves, startAttempt(scenario, seed));
  return { attempt, result: finish(attempt), finished: isFinished(attempt), refusals };
}

/**
 * Plays the walkthrough and says where it fails its promise: the perfect
 * play must finish with full marks and no mistake, and each slip must be
 * caught as its mistake at its step (and still finish, unless it says not).
 */
export function walkthroughFailures(scenario: Scenario, walkthrough: Walkthrough): WalkthroughProblem[] {
  const failures: WalkthroughProblem[] = [];
  const perfect = playWalkthrough(scenario, walkthrough.perfect);
  const [refused] = perfect.refusals;
  if (refused) failures.push({ path: ['walkthrough', 'perfect', refused.index], message: `the sandbox refused it: ${refused.reason}` });
  else if (!perfect.finished) failures.push({ path: ['walkthrough', 'perfect'], message: `stops at step ${scenario.steps[perfect.attempt.step].id}: its goal never holds` });
  else if (perfect.result.score !== 100 || perfect.result.mistakes.length > 0)
    failures.push({ path: ['walkthrough', 'perfect'], message: `scores ${perfect.result.score} with ${describe(perfect.result.mistakes.map((mistake) => mistake.code))}; a perfect play scores 100 with no mistake` });

  walkthrough.slips.forEach((slip, index) => {
    const played = playWalkthrough(scenario, slipped(walkthrough, slip));
    const caught = played.result.mistakes.some((mistake) => mistake.code === slip.mistake && mistake.step === slip.step);
    if (!caught)
      failures.push({
        path: ['walkthrough', 'slips', index],
        message: `makes ${describe(played.result.mistakes.map((mistake) => `${mistake.code} at ${mistake.step}`))}, not ${slip.mistake} at ${slip.step}`,
      });
    else if (slip.completes && !played.finished) failures.push({ path: ['walkthrough', 'slips', index], message: `leaves step ${scenario.steps[played.attempt.step].id} undone; set completes: false if it should` });
  });
  return failures;
}

function describe(items: readonly string[]): string {
  return items.length === 0 ? 'no mistake' : items.join(', ');
}

/**
 * Everything `crm-drill scenarios check` and an upload hold a current
 * scenario to beyond its schema: it has a walkthrough, the walkthrough fits
 * the steps, and playing it keeps its promise.
 */
export function walkthroughCheck(scenario: Scenario): WalkthroughProblem[] {
  const { walkthrough } = scenario;
  if (walkthrough === undefined) return [{ path: [], message: 'no walkthrough: add one (the perfect play and a slip per watched mistake; see scenarios/README.md), so the scenario is tested' }];
  const problems = walkthroughProblems(scenario, walkthrough);
  return problems.length > 0 ? problems : walkthroughFailures(scenario, walkthrough);
}
