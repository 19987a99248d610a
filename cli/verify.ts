import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as v from 'valibot';
import { attemptRecordSchema, type AttemptRecord } from '../engine/scenario/record.ts';
import { verifyAttempt } from '../engine/scenario/verify.ts';
import { exitCodes, UsageError, type Command } from './command.ts';
import type { Io } from './io.ts';
import { loadScenarioAt } from './scenario-file.ts';

/** The attempt record in a JSON file; when it is not one, every reason is printed as `file: field: message` and the answer is undefined. */
function readRecord(io: Io, path: string): AttemptRecord | undefined {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(resolve(io.cwd, path), 'utf8'));
  } catch (error) {
    io.err(`${path}: not an attempt record: ${(error as Error).message}`);
    return undefined;
  }
  const parsed = v.safeParse(attemptRecordSchema, json);
  if (parsed.success) return parsed.output;
  for (const issue of parsed.issues) {
    const field = v.getDotPath(issue);
    io.err(`${path}: ${field ? `${field}: ` : ''}${issue.message}`);
  }
  return undefined;
}

export const verify: Command = {
  name: 'verify',
  summary: 'replay an attempt record and print the verified result',
  help: `Usage: crm-drill verify --scenario FILE --attempt FILE

Replays an attempt record (JSON, as the player keeps it) on the scenario it
was made on, and prints the verification as JSON: the result the replay
computed, or the reason the record is refused (another scenario or version,
a reordered, truncated or hand-edited log).

  --scenario FILE   the scenario file, e.g. scenarios/master-data-basics.yaml
                    (an attempt on an older version: scenarios/archive/<id>.v<N>.yaml)
  --attempt FILE    the attempt record

Exit code: 0 when verified, 1 when the record is refused, 2 when a file
cannot be read or is not valid, or the command line is wrong.`,

  async run(args, io) {
    const { values } = parseArgs({ args, options: { scenario: { type: 'string' }, attempt: { type: 'string' } } });
    if (values.scenario === undefined || values.attempt === undefined) throw new UsageError('both --scenario FILE and --attempt FILE are needed');
    const scenario = loadScenarioAt(io, values.scenario);
    const record = readRecord(io, values.attempt);
    if (!scenario || !record) return exitCodes.cannot;
    const verification = verifyAttempt(scenario, record);
    io.out(JSON.stringify(verification, null, 2));
    return verification.ok ? exitCodes.ok : exitCodes.found;
  },
};
