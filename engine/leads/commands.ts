import type { z } from 'zod';

/** Commands of this module, each a zod object with a literal `type` and a `data` object. */
export const leadCommands = [] as const;
export type LeadCommand = z.output<(typeof leadCommands)[number]>;
