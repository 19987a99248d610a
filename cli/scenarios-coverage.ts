import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Scenario } from '../engine/scenario/schema.ts';
import { topicRows, topics } from '../engine/scenario/topics.ts';
import { scenarioLibrary } from '../site/lib/scenarios.ts';
import { exitCodes, type Command } from './command.ts';
import type { Io } from './io.ts';

/**
 * The coverage table of scenarios/README.md: each row of the seed table
 * (a topic) with the scenarios that train it, made from the scenario
 * files' `topics`, never written by hand. `--write` puts it between the
 * README's markers; without it the command says whether the README is
 * current, as the tests do.
 */

const start = '<!-- coverage: made by `npx crm-drill scenarios coverage --write`; do not edit by hand -->';
const end = '<!-- end of coverage -->';

/** The table, in Markdown: a topic's main scenarios (it is their first topic) in bold, each with its difficulty. */
export function coverageTable(scenarios: readonly Scenario[]): string {
  const rows = topics.map((topic) => {
    const training = scenarios.filter((scenario) => scenario.topics.includes(topic)).toSorted((a, b) => a.difficulty - b.difficulty || a.id.localeCompare(b.id));
    const names = training.map((scenario) => (scenario.topics[0] === topic ? `**${scenario.id}** (${scenario.difficulty})` : `${scenario.id} (${scenario.difficulty})`));
    const { seeds, covers } = topicRows[topic];
    return `| \`${topic}\` | ${seeds.join(', ')} | ${covers} | ${training.length} | ${names.length === 0 ? '—' : names.join(', ')} |`;
  });
  return [
    start,
    '| topic | seeds | what it covers | scenarios | which (difficulty; **bold** where it is the main topic) |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    '',
    `${scenarios.length} scenarios in all.`,
    end,
  ].join('\n');
}

/** The README with its table replaced by `table`; undefined when the markers are missing. */
export function withTable(readme: string, table: string): string | undefined {
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from < 0 || to < from) return undefined;
  return readme.slice(0, from) + table + readme.slice(to + end.length);
}

export const scenariosCoverage: Command = {
  name: 'scenarios coverage',
  summary: 'the seed rows each scenario trains, as scenarios/README.md tables them',
  help: `Usage: crm-drill scenarios coverage [--write]

Prints the coverage table of scenarios/README.md: each row of the seed table
(a topic) with the scenarios whose topics include it, made from the files.
Says whether the README's table is current.

  --write   put the table into scenarios/README.md, between its markers

Exit code: 0 when the README's table is current (or was written), 1 when it
is not, 2 when the command line is wrong.`,

  async run(args, io) {
    const { values } = parseArgs({ args, options: { write: { type: 'boolean', default: false } } });
    const table = coverageTable(scenarioLibrary(join(io.root, 'scenarios')).all());
    const path = join(io.root, 'scenarios', 'README.md');
    const readme = readFileSync(path, 'utf8');
    const updated = withTable(readme, table);
    io.out(table);
    if (updated === undefined) {
      io.err(`scenarios/README.md has no coverage markers: add the lines\n${start}\n${end}\nwhere the table goes.`);
      return exitCodes.found;
    }
    if (updated === readme) return exitCodes.ok;
    if (values.write) {
      writeFileSync(path, updated);
      io.out('scenarios/README.md: coverage table written.');
      return exitCodes.ok;
    }
    io.err('scenarios/README.md: the coverage table is out of date; run npx crm-drill scenarios coverage --write.');
    return exitCodes.found;
  },
};
