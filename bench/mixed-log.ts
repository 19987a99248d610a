import { execute, generateFixture, type Command, type FixtureSize, type SandboxState } from '../engine/index.ts';
import { takenIn } from '../engine/fixtures/customers.ts';
import { weighted } from '../engine/fixtures/plan.ts';
import { seededRandom, type Random } from '../engine/random.ts';
import { agendaMakers } from './log/agenda.ts';
import { customerMakers } from './log/customers.ts';
import { quoteMakers } from './log/quotes.ts';
import { salesMakers } from './log/sales.ts';
import { serviceMakers } from './log/service.ts';
import { workflowMakers } from './log/workflow.ts';
import type { Maker, Weighted, World } from './log/world.ts';

/**
 * A command log like a class of trainees would type over a few days: mostly
 * good entries, and the slips the sandbox exists to catch. Refusals are part
 * of the workload, so the benchmark measures them too. Every command type
 * the engine has appears, and nearly every one both accepted and refused.
 */

export interface MixedLogOptions {
  readonly seed: number;
  /** Length of the log. */
  readonly commands: number;
  /** The seeded fixture the log starts from. */
  readonly fixture: FixtureSize;
  /** Simulated start time, epoch milliseconds. */
  readonly now: number;
}

export interface MixedLog {
  readonly initial: SandboxState;
  readonly log: readonly Command[];
}

/** Every module's makers, with how often each is drawn. */
const makers: readonly Weighted[] = [...customerMakers, ...workflowMakers, ...salesMakers, ...quoteMakers, ...serviceMakers, ...agendaMakers];

function pickWeighted(random: Random): Maker {
  return weighted(random, makers, ([weight]) => weight)[1];
}

/** How many makers a draw tries for an outcome the log does not have yet (a command type accepted, or refused). */
const steering = 6;

/**
 * Builds the log from a seed: the same options always give the same log, so
 * two runs of the benchmark replay identical work. Each command is applied
 * while the log is written, so later commands can aim at the records that
 * earlier ones created. Every maker is tried once first; after that a draw
 * prefers, among a few weighted candidates, one whose outcome (its type
 * accepted, or its type refused) is not in the log yet, so the log holds
 * every command type both ways it can; once it does, the weights alone
 * decide.
 */
export function buildMixedLog(options: MixedLogOptions): MixedLog {
  const initial = generateFixture({ seed: options.seed, size: options.fixture, now: options.now });
  return { initial, log: mixedCommands(initial, options.seed, options.commands) };
}

/** The same kind of log, over any starting sandbox: a scenario's, say. */
export function mixedCommands(initial: SandboxState, seed: number, commands: number): Command[] {
  const world: World = { random: seededRandom(seed), state: initial, taken: takenIn(initial) };
  const log: Command[] = [];
  const seen = new Set<string>();
  const tour = world.random.shuffle(makers.map(([, make]) => make));
  while (log.length < commands) {
    const candidates = (tour.length > 0 ? [tour.shift()] : Array.from({ length: steering }, () => pickWeighted(world.random)))
      .map((make) => make?.(world))
      .filter((entry) => entry !== undefined)
      .map((entry) => {
        const command = { ...entry.body, meta: { at: world.state.now, actor: entry.actor } } as Command;
        const executed = execute(world.state, entry.body, command.meta);
        return { command, executed, outcome: `${command.type} ${executed.ok}` };
      });
    const chosen = candidates.find((candidate) => !seen.has(candidate.outcome)) ?? candidates[0];
    if (chosen === undefined) continue;
    seen.add(chosen.outcome);
    if (chosen.executed.ok) world.state = chosen.executed.state;
    log.push(chosen.command);
  }
  return log;
}
