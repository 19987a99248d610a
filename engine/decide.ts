import { decideAccountCreate, decideAccountLifecycle } from './accounts.ts';
import { decideClockAdvance } from './clock.ts';
import type { Command } from './commands.ts';
import { decideContactCreate } from './contacts.ts';
import type { SandboxEvent } from './events.ts';
import type { SandboxState } from './records.ts';
import type { Result } from './result.ts';

/** What a command would do to the sandbox: the events it yields, or why it is refused. */
export function decide(state: SandboxState, command: Command): Result<SandboxEvent> {
  switch (command.type) {
    case 'account.create':
      return decideAccountCreate(state, command);
    case 'account.activate':
    case 'account.markDormant':
    case 'account.reactivate':
      return decideAccountLifecycle(state, command);
    case 'contact.create':
      return decideContactCreate(state, command);
    case 'clock.advance':
      return decideClockAdvance(state, command);
    default: {
      const _exhaustive: never = command;
      return _exhaustive;
    }
  }
}
