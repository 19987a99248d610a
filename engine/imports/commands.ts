import type { z } from 'zod';

/** Commands of this module, each a zod object with a literal `type` and a `data` object. */
export const importCommands = [] as const;
export type ImportCommand = z.output<(typeof importCommands)[number]>;
