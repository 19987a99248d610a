import { performance } from 'node:perf_hooks';
import { commandTypes, replay } from '../engine/index.ts';
import { round, type Figure } from './figures.ts';
import type { MixedLog } from './mixed-log.ts';

export interface ReplayTiming {
  /** Replays run and thrown away first, so the JIT has compiled the engine before timing starts. */
  readonly warmupMs: number;
  /** Timed rounds; the median is reported, so one slow round (GC, a busy machine) does not move it. */
  readonly rounds: number;
  /** Each round replays the whole log as many times as fit in this time. */
  readonly roundMs: number;
}

/** Commands per second replay must keep up; 100,000 is the aim. */
export const replayTarget = 20_000;

export const defaultReplayTiming: ReplayTiming = { warmupMs: 500, rounds: 7, roundMs: 250 };

/**
 * How fast the engine replays a mixed log, valid and refused commands
 * together: replay is how every page restores a trainee's sandbox and how
 * every attempt is scored, so its speed bounds both. Also reports the share
 * of refused commands, since refusals and acceptances cost different work.
 */
export function measureReplay(mixed: MixedLog, timing: ReplayTiming = defaultReplayTiming): Figure[] {
  const { initial, log } = mixed;
  const { results } = replay(initial, log);
  const refused = results.filter((result) => !result.ok).length;
  const known = new Set<string>(commandTypes);
  const outcomes = new Map<string, Set<boolean>>();
  log.forEach((command, index) => {
    if (known.has(command.type)) outcomes.set(command.type, (outcomes.get(command.type) ?? new Set()).add(results[index].ok));
  });
  const bothWays = [...outcomes.values()].filter((seen) => seen.size === 2).length;

  replayFor(mixed, timing.warmupMs);
  const rates = Array.from({ length: timing.rounds }, () => {
    const { replays, elapsedMs } = replayFor(mixed, timing.roundMs);
    return (replays * log.length) / (elapsedMs / 1000);
  });

  return [
    {
      name: 'replay.commandsPerSecond',
      value: Math.round(median(rates)),
      unit: 'commands/s',
      target: { atLeast: replayTarget },
      note: `median of ${timing.rounds} rounds, ${log.length} commands over ${Object.keys(initial.accounts).length} accounts`,
    },
    { name: 'replay.rejectedShare', value: round((100 * refused) / log.length, 1), unit: '%', note: `${refused} of ${log.length} commands refused` },
    { name: 'replay.commandTypes', value: outcomes.size, unit: 'types', note: `of ${known.size} the engine has; ${bothWays} of them both accepted and refused` },
  ];
}

/** Replays the whole log again and again until `minimumMs` has passed; always at least once. */
function replayFor({ initial, log }: MixedLog, minimumMs: number): { replays: number; elapsedMs: number } {
  const started = performance.now();
  let replays = 0;
  let elapsedMs = 0;
  do {
    replay(initial, log);
    replays += 1;
    elapsedMs = performance.now() - started;
  } while (elapsedMs < minimumMs);
  return { replays, elapsedMs };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
