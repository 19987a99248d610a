#!/usr/bin/env node
/**
 * `crm-drill`: the command line for scenario authors — check scenario files,
 * verify attempt records, play a scenario in the terminal. Run it with
 * `npx crm-drill --help` from the project folder (Node 22 runs the
 * TypeScript as it is).
 */
import { processIo } from './io.ts';
import { main } from './main.ts';

process.exitCode = await main(process.argv.slice(2), processIo());
