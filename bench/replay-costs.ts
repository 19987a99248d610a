import { performance } from 'node:perf_hooks';
import { decide } from '../engine/decide.ts';
import { Draft } from '../engine/draft.ts';
import { evolve } from '../engine/evolve.ts';
import { replay, tableNames, type SandboxState } from '../engine/index.ts';
import { round, type Figure } from './figures.ts';
import type { MixedLog } from './mixed-log.ts';

/**
 * Where a replay's time goes, for the two costs that grow with the sandbox
 * rather than with the log: copying every table and index the log writes to
 * (a Draft copies each on its first write), and `import.commit`, which
 * works each row out in a draft of its own.
 */

const rounds = 30;

/** Milliseconds per replay spent on each command type, replaying as `replay` does: one draft, decide then evolve. */
function timeByType({ initial, log }: MixedLog): Map<string, number> {
  const spent = new Map<string, number>();
  for (let round = 0; round < rounds + 5; round++) {
    const draft = new Draft(initial);
    for (const { meta, ...body } of log) {
      const started = performance.now();
      const result = decide(draft.state, body, meta);
      if (result.ok) for (const event of result.events) evolve(draft, event);
      if (round >= 5) spent.set(body.type, (spent.get(body.type) ?? 0) + (performance.now() - started) / rounds);
    }
  }
  return spent;
}

/** The tables and indexes a log writes to, each as it was before the log. */
function written(initial: SandboxState, after: SandboxState): object[] {
  const tables = tableNames.filter((name) => after[name] !== initial[name]).map((name) => initial[name]);
  const indexes = (Object.keys(initial.index) as (keyof SandboxState['index'])[]).filter((name) => after.index[name] !== initial.index[name]).map((name) => initial.index[name]);
  return [...tables, ...indexes];
}

/** Milliseconds to copy them once, as a draft does. */
function copyMs(objects: readonly object[]): number {
  let copies = 0;
  const started = performance.now();
  for (; copies < rounds; copies++) for (const object of objects) void { ...object };
  return (performance.now() - started) / copies;
}

export function measureReplayCosts(mixed: MixedLog): Figure[] {
  const byType = timeByType(mixed);
  const total = [...byType.values()].reduce((sum, ms) => sum + ms, 0);
  const imports = mixed.log.filter((command) => command.type === 'import.commit').length;
  const importMs = byType.get('import.commit') ?? 0;
  const copies = copyMs(written(mixed.initial, replay(mixed.initial, mixed.log).state));
  const share = (ms: number) => `${Math.round((100 * ms) / total)}% of a ${round(total, 1)} ms replay`;
  return [
    { name: 'replay.tableCopyMs', value: round(copies, 2), unit: 'ms', note: `copying the tables and indexes the log writes to, once per replay: ${share(copies)}` },
    {
      name: 'replay.importCommitMs',
      value: imports === 0 ? null : round(importMs / imports, 2),
      unit: 'ms',
      note: imports === 0 ? 'no import in the log' : `each of the log's ${imports} imports; together ${share(importMs)}`,
    },
  ];
}
