import { performance } from 'node:perf_hooks';
import { commandTypes, startAttempt, submit, verifyAttempt, type AttemptRecord, type Scenario } from '../engine/index.ts';
import { round, type Figure } from './figures.ts';
import { mixedCommands } from './mixed-log.ts';

/** p99 of verifying one attempt, milliseconds. */
export const verifyTargetMs = 20;

/**
 * How long the server takes to verify a finished attempt: the scenario's
 * sandbox for its seed (built once and kept, and, for comparison, built
 * every time), a 200-command record replayed through the
 * runner (goals, rules, scoring), the result computed. The record is a
 * trainee's long, messy attempt: the mixed benchmark log's kinds of
 * commands, right and wrong (but none of an unknown type, which
 * verification refuses outright), over the scenario's own sandbox, a few
 * seconds apart.
 */
export function measureVerification(scenario: Scenario, seed: number, commands = 200, runs = 200): Figure[] {
  const sandbox = startAttempt(scenario, seed).state;
  const known = new Set<string>(commandTypes);
  const record: AttemptRecord = mixedCommands(sandbox, seed, commands * 2)
    .filter((command) => known.has(command.type))
    .slice(0, commands)
    .reduce(
    (attempt, { meta: _meta, ...command }, index) => submit(attempt, command, (index + 1) * 4000).attempt,
    startAttempt(scenario, seed),
  ).record;

  const timed = (subject: () => Scenario): number[] =>
    Array.from({ length: runs }, () => {
      const scenarioNow = subject();
      const started = performance.now();
      const verified = verifyAttempt(scenarioNow, record);
      const elapsed = performance.now() - started;
      if (!verified.ok) throw new Error(`The benchmark's own record was refused: ${verified.message}`);
      return elapsed;
    }).sort((a, b) => a - b);
  timed(() => scenario);
  const warm = timed(() => scenario);
  // A copy of the scenario is a scenario the runner has not built a sandbox for yet.
  const cold = timed(() => ({ ...scenario }));
  const at = (times: readonly number[], share: number) => round(times[Math.min(times.length - 1, Math.floor(share * times.length))], 2);
  const note = `${record.entries.length} commands on ${scenario.id}, ${runs} runs`;
  return [
    { name: 'verify.p50Ms', value: at(warm, 0.5), unit: 'ms', note: `${note}; the scenario's sandbox built once, as on a server` },
    { name: 'verify.p99Ms', value: at(warm, 0.99), unit: 'ms', target: { atMost: verifyTargetMs }, note },
    { name: 'verify.coldP50Ms', value: at(cold, 0.5), unit: 'ms', note: `the same, building the sandbox (fixture of ${scenario.fixture.accounts} customers) every time` },
    { name: 'verify.coldP99Ms', value: at(cold, 0.99), unit: 'ms', note: 'the same, p99' },
  ];
}
