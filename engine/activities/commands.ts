import type { z } from 'zod';

/** Commands of this module, each a zod object with a literal `type` and a `data` object. */
export const activityCommands = [] as const;
export type ActivityCommand = z.output<(typeof activityCommands)[number]>;
