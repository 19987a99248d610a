import type { z } from 'zod';

/** Commands of this module, each a zod object with a literal `type` and a `data` object. */
export const taskCommands = [] as const;
export type TaskCommand = z.output<(typeof taskCommands)[number]>;
