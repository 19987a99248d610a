import { exitCodes, UsageError, type Command, type ExitCode } from './command.ts';
import type { Io } from './io.ts';
import { play } from './play.ts';
import { recordsExport, recordsImport } from './records.ts';
import { scenariosCheck } from './scenarios-check.ts';
import { scenariosCoverage } from './scenarios-coverage.ts';
import { verify } from './verify.ts';

const commands: readonly Command[] = [scenariosCheck, scenariosCoverage, verify, play, recordsExport, recordsImport];

const overview = `Usage: crm-drill <command> [options]

Tools for scenario authors, for checking attempt records, and for moving a
company's records between stores.

${commands.map((command) => `  ${command.name.padEnd(17)} ${command.summary}`).join('\n')}

Run crm-drill <command> --help for a command's options.`;

const wantsHelp = (args: readonly string[]) => args.includes('--help') || args.includes('-h');

/** Node's parseArgs names a wrong option or a missing value in its message; its errors carry an ERR_PARSE_ARGS_… code. */
function isUsageError(error: unknown): error is Error {
  return error instanceof UsageError || (error instanceof TypeError && String((error as NodeJS.ErrnoException).code).startsWith('ERR_PARSE_ARGS'));
}

/** Runs the command the arguments name and answers the exit code. */
export async function main(args: readonly string[], io: Io): Promise<ExitCode> {
  const command = commands.find((candidate) => candidate.name.split(' ').every((word, index) => args[index] === word));
  if (!command) {
    if (args.length === 0) {
      io.err(overview);
      return exitCodes.cannot;
    }
    if (wantsHelp(args.slice(0, 1))) {
      io.out(overview);
      return exitCodes.ok;
    }
    const group = commands.some((candidate) => candidate.name.startsWith(`${args[0]} `));
    const named = args.slice(0, group ? 2 : 1).join(' ');
    io.err(`crm-drill: unknown command "${named}"; the commands are ${commands.map((candidate) => candidate.name).join(', ')}.`);
    io.err('Run crm-drill --help for more.');
    return exitCodes.cannot;
  }
  const rest = args.slice(command.name.split(' ').length);
  if (wantsHelp(rest)) {
    io.out(command.help);
    return exitCodes.ok;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (!isUsageError(error)) throw error;
    io.err(`crm-drill ${command.name}: ${error.message}`);
    io.err(`Run crm-drill ${command.name} --help for its usage.`);
    return exitCodes.cannot;
  }
}
