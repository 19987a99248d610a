import type { Io } from './io.ts';

/** One of crm-drill's commands: the words that name it (`scenarios check`), its help, and what it does. */
export interface Command {
  readonly name: string;
  readonly summary: string;
  readonly help: string;
  /** Runs with the arguments after the command's name and answers the exit code. */
  readonly run: (args: string[], io: Io) => Promise<ExitCode>;
}

/** 0 all is well; 1 the command did its work and found something wrong (errors in a file, a refused attempt); 2 it could not do its work. */
export const exitCodes = { ok: 0, found: 1, cannot: 2 } as const;
export type ExitCode = (typeof exitCodes)[keyof typeof exitCodes];

/** A command line the command cannot run: the message says what was wrong; the caller adds where to read the usage. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
