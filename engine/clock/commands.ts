import * as z from 'zod/mini';

export const clockCommands = [
  z.object({
    type: z.literal('clock.advance'),
    data: z.object({
      /** How far to move the simulated clock. */
      minutes: z.number(),
    }),
  }),
] as const;
export type ClockCommand = z.output<(typeof clockCommands)[number]>;
