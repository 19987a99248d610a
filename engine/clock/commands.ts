import * as v from 'valibot';

export const clockCommands = [
  v.object({
    type: v.literal('clock.advance'),
    data: v.object({
      /** How far to move the simulated clock; never ±Infinity, which no form or JSON can send. */
      minutes: v.pipe(v.number(), v.finite()),
    }),
  }),
] as const;
export type ClockCommand = v.InferOutput<(typeof clockCommands)[number]>;
