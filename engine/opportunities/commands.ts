import type { z } from 'zod';

/** Commands of this module, each a zod object with a literal `type` and a `data` object. */
export const opportunityCommands = [] as const;
export type OpportunityCommand = z.output<(typeof opportunityCommands)[number]>;
