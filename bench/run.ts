/**
 * `npm run bench`: every CRM Drill benchmark, printed as one table.
 *
 *   npm run bench                          the table
 *   npm run bench -- --json out.json       the table, and the figures as JSON
 *   npm run bench -- --build               rebuild the site before measuring the player page
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { figuresJson, formatTable, type Figure } from './figures.ts';
import { buildMixedLog } from './mixed-log.ts';
import { measurePlayerBundle } from './player-bundle.ts';
import { measureReplay } from './replay.ts';

const { values: options } = parseArgs({
  options: {
    json: { type: 'string' },
    build: { type: 'boolean', default: false },
  },
});

const root = fileURLToPath(new URL('..', import.meta.url));

const mixedLog = buildMixedLog({ seed: 20_260_302, commands: 1_000, fixtureAccounts: 20, now: Date.UTC(2026, 2, 2, 1) });

const figures: Figure[] = [...measurePlayerBundle({ root, build: options.build }), ...measureReplay(mixedLog)];

console.log(`\nCRM Drill benchmarks — Node ${process.versions.node}, ${new Date().toISOString()}\n`);
console.log(formatTable(figures));

if (options.json !== undefined) {
  writeFileSync(options.json, `${JSON.stringify(figuresJson(figures), null, 2)}\n`);
  console.log(`\nFigures written to ${options.json}`);
}
