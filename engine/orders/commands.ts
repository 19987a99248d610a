import type { z } from 'zod';

/** Commands of this module, each a zod object with a literal `type` and a `data` object. */
export const orderCommands = [] as const;
export type OrderCommand = z.output<(typeof orderCommands)[number]>;
