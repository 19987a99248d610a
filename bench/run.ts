/**
 * `npm run bench`: every CRM Drill benchmark, printed as one table.
 *
 *   npm run bench                          the table
 *   npm run bench -- --json out.json       the table, and the figures as JSON
 *   npm run bench -- --build               rebuild the site before measuring the pages' scripts
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { measureBoards } from './boards.ts';
import { measureEngineBundle } from './engine-bundle.ts';
import { figuresJson, formatTable, notAvailable, type Figure } from './figures.ts';
import { measureFixture } from './fixture.ts';
import { measureLighthouse } from './lighthouse.ts';
import { buildMixedLog } from './mixed-log.ts';
import { measurePageScripts } from './page-scripts.ts';
import { measurePostgresBoards } from './postgres-boards.ts';
import { measureRecordsStore } from './records-store.ts';
import { measureReplayCosts } from './replay-costs.ts';
import { measureReplay } from './replay.ts';
import { measureLowdbServer } from './server-memory.ts';
import { measureSubmissions } from './submissions.ts';
import { measureVerification } from './verify.ts';
import { loadScenario, loadScenarios } from '../site/lib/scenarios.ts';
import { postgresBinaries, startThrowawayCluster } from '../tests/postgres-cluster.ts';

const { values: options } = parseArgs({
  options: {
    json: { type: 'string' },
    build: { type: 'boolean', default: false },
  },
});

const root = fileURLToPath(new URL('..', import.meta.url));

const seed = 20_260_302;
const now = Date.UTC(2026, 2, 2, 1);
const mixedLog = buildMixedLog({ seed, commands: 500, fixture: 'medium', now });

// One PostgreSQL for the runs that need it (submissions, boards at three sizes), flushing to disk as in production.
const cluster = postgresBinaries() === undefined ? undefined : await startThrowawayCluster({ fsync: true });

let figures: Figure[];
try {
  figures = [
    ...measurePageScripts({ root, build: options.build }),
    ...(await measureLighthouse(root)),
    ...(await measureSubmissions(root, { name: 'lowdb' })),
    ...(cluster === undefined
      ? [notAvailable('submissions.postgres', 'req/s', 'PostgreSQL is not installed')]
      : await measureSubmissions(root, { name: 'postgres', url: await cluster.createDatabase('bench_submissions') })),
    ...(await measureEngineBundle(root)),
    ...measureReplay(mixedLog),
    ...measureReplayCosts(mixedLog),
    ...measureVerification(loadScenario('master-data-basics')!, seed),
    ...measureFixture(seed, now),
    ...(await measureRecordsStore()),
    ...(await measureBoards(loadScenarios(), seed, new Date(now).toISOString())),
    ...(await measureLowdbServer(root, loadScenarios(), seed, new Date(now).toISOString())),
    ...(await measurePostgresBoards(root, cluster, loadScenarios(), seed, new Date(now).toISOString())),
  ];
} finally {
  cluster?.stop();
}

console.log(`\nCRM Drill benchmarks — Node ${process.versions.node}, ${new Date().toISOString()}\n`);
console.log(formatTable(figures));

if (options.json !== undefined) {
  writeFileSync(options.json, `${JSON.stringify(figuresJson(figures), null, 2)}\n`);
  console.log(`\nFigures written to ${options.json}`);
}
