import type { Command } from './commands.ts';
import type { SandboxEvent } from './events.ts';
import type { SandboxState } from './records.ts';
import { applied, rejected, type Result } from './result.ts';

type ClockAdvance = Extract<Command, { type: 'clock.advance' }>;

const minute = 60_000;
/** A scenario never needs more than a month in one jump; more is a typing slip. */
const maxMinutes = 31 * 24 * 60;

/** Moves the simulated clock forward; it never goes back. */
export function decideClockAdvance(state: SandboxState, command: ClockAdvance): Result<SandboxEvent> {
  const { minutes } = command.data;
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > maxMinutes)
    return rejected('validation.format', 'minutes', 'rejection.format.minutes', { received: String(minutes), max: maxMinutes });
  return applied({ type: 'clock.advanced', data: { to: state.now + minutes * minute }, meta: command.meta });
}
