import type { z } from 'zod';

/** Commands of this module, each a zod object with a literal `type` and a `data` object. */
export const quoteCommands = [] as const;
export type QuoteCommand = z.output<(typeof quoteCommands)[number]>;
