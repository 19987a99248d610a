import type { z } from 'zod';

/** Commands of this module, each a zod object with a literal `type` and a `data` object. */
export const productCommands = [] as const;
export type ProductCommand = z.output<(typeof productCommands)[number]>;
