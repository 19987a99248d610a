import type { z } from 'zod';

/** Commands of this module, each a zod object with a literal `type` and a `data` object. */
export const ticketCommands = [] as const;
export type TicketCommand = z.output<(typeof ticketCommands)[number]>;
