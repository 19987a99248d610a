import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { createGunzip, createGzip } from 'node:zlib';
import { isPostgresUrl, openRecordsStore, recordsLocation } from '../site/records/open-store.ts';
import { exportRecords, importRecords, readRecordsFile, RecordsFileError, type Progress, type RecordCounts } from '../site/records/records-file.ts';
import { StoreError } from '../site/records/store.ts';
import { exitCodes, UsageError, type Command } from './command.ts';
import type { Io } from './io.ts';

/**
 * `crm-drill records export|import`: a company's records moved between
 * stores through one file (site/records/records-file.ts), counts checked.
 */

const storeOption = `  --records WHERE   the store: a data folder (lowdb) or a postgres:// URL;
                    by default the one the server uses (RECORDS_URL, else
                    CRM_DRILL_DATA, else data/)`;

/** The store `--records` names, as the environment would name it to the server. */
function storeEnv(io: Io, where: string | undefined): NodeJS.ProcessEnv {
  if (where === undefined) return process.env;
  return isPostgresUrl(where) ? { RECORDS_URL: where } : { CRM_DRILL_DATA: resolve(io.cwd, where) };
}

function fileArgument(positionals: readonly string[]): string {
  if (positionals.length !== 1) throw new UsageError(`expected one FILE, received ${positionals.length === 0 ? 'none' : positionals.join(' ')}`);
  return positionals[0];
}

const describeCounts = (counts: RecordCounts) =>
  `${counts.team} teams, ${counts.user} users, ${counts.lesson} lesson versions, ${counts.scenario} published scenarios, ${counts.attempt} attempts`;

/** A line per kind when it is done, and one every thousand records on the way. */
function progressLine(io: Io): Progress {
  let shown = 0;
  return (kind, done, of) => {
    if (done < of && done - shown < 1000) return;
    shown = done === of ? 0 : done;
    io.err(`  ${kind}: ${done}/${of}`);
  };
}

/** What went wrong, for the person at the terminal: a store's or a file's refusal as it is worded, anything else with its message. */
function failure(io: Io, error: unknown) {
  if (error instanceof StoreError || error instanceof RecordsFileError || (error instanceof Error && 'code' in error)) {
    io.err(`crm-drill records: ${error.message}`);
    return exitCodes.cannot;
  }
  throw error;
}

export const recordsExport: Command = {
  name: 'records export',
  summary: 'write every record of a store to one file (JSON Lines)',
  help: `Usage: crm-drill records export [--records WHERE] FILE

Writes all the company's records — teams, users with their password
hashes, lessons, published scenarios, attempts with their command logs —
to FILE, one record a line (gzip-compressed when FILE ends in .gz). Keep it
as safe as the store itself. Stop the server first, or export from
PostgreSQL, which other servers may keep using.

${storeOption}

Exit code: 0 when written, 2 when the store or the file cannot be opened.`,

  async run(args, io) {
    const { values, positionals } = parseArgs({ args, options: { records: { type: 'string' } }, allowPositionals: true });
    const path = resolve(io.cwd, fileArgument(positionals));
    try {
      const store = await openRecordsStore(storeEnv(io, values.records));
      try {
        io.err(`Exporting from ${recordsLocation(storeEnv(io, values.records))}`);
        const file = createWriteStream(path, { mode: 0o600 });
        const out = path.endsWith('.gz') ? createGzip() : undefined;
        out?.pipe(file);
        const sink = out ?? file;
        const counts = await exportRecords(
          store,
          async (line) => {
            if (!sink.write(`${line}\n`)) await once(sink, 'drain');
          },
          new Date(io.now()),
          progressLine(io),
        );
        sink.end();
        await once(file, 'close');
        io.out(`Exported ${describeCounts(counts)} to ${path}`);
        return exitCodes.ok;
      } finally {
        await store.close();
      }
    } catch (error) {
      return failure(io, error);
    }
  },
};

export const recordsImport: Command = {
  name: 'records import',
  summary: 'load a records file into an empty store, counts checked',
  help: `Usage: crm-drill records import [--records WHERE] FILE

Reads a file written by crm-drill records export and saves every record
into the store, which must be empty (a new data folder or database). The
whole file is checked first — each line against the schemas, the counts
against its header — so a bad file writes nothing. After the import the
store's counts are checked against the file's.

${storeOption}

Moving from lowdb to PostgreSQL:
  crm-drill records export --records data records.jsonl.gz
  crm-drill records import --records postgres://drill@db/crm records.jsonl.gz
then start the server with RECORDS_URL=postgres://drill@db/crm.

Exit code: 0 when imported and counted, 2 when the file is not a records
file, the store is not empty, or a count differs.`,

  async run(args, io) {
    const { values, positionals } = parseArgs({ args, options: { records: { type: 'string' } }, allowPositionals: true });
    const path = resolve(io.cwd, fileArgument(positionals));
    try {
      const raw = createReadStream(path);
      const input = path.endsWith('.gz') ? raw.pipe(createGunzip()) : raw;
      const file = await readRecordsFile(createInterface({ input, crlfDelay: Infinity }));
      io.err(`Checked ${path}: ${describeCounts(file.header.counts)}`);
      const store = await openRecordsStore(storeEnv(io, values.records));
      try {
        io.err(`Importing into ${recordsLocation(storeEnv(io, values.records))}`);
        const counts = await importRecords(store, file, progressLine(io));
        io.err('Tidying up after the import (PostgreSQL: VACUUM ANALYZE, so that boards read only live rows)');
        await store.settle();
        io.out(`Imported and counted ${describeCounts(counts)}`);
        return exitCodes.ok;
      } finally {
        await store.close();
      }
    } catch (error) {
      return failure(io, error);
    }
  },
};
