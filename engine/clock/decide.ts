import type { Deciders } from '../module.ts';
import { applied, rejected } from '../result.ts';
import type { ClockCommand } from './commands.ts';
import { deadlineWatchers } from './deadlines.ts';

const minute = 60_000;
/** A scenario never needs more than a month in one jump; more is a typing slip. */
export const maxClockMinutes = 31 * 24 * 60;

/** Moves the simulated clock forward, never back; every deadline it passes fires on the way. */
export const clockDeciders: Deciders<ClockCommand> = {
  'clock.advance': (state, { minutes }, context) => {
    if (!Number.isInteger(minutes) || minutes < 1 || minutes > maxClockMinutes)
      return rejected('validation.format', 'minutes', 'rejection.format.minutes', { received: String(minutes), max: maxClockMinutes });
    const to = state.now + minutes * minute;
    return applied(
      { type: 'clock.advanced', data: { from: state.now, to } },
      ...deadlineWatchers.flatMap((watch) => watch(state, to, { ...context, at: to })),
    );
  },
};
