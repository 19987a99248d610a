import * as v from 'valibot';
import { accountCommands } from './accounts/commands.ts';
import { activityCommands } from './activities/commands.ts';
import { approvalCommands } from './approvals/commands.ts';
import { clockCommands } from './clock/commands.ts';
import { contactCommands } from './contacts/commands.ts';
import { importCommands } from './imports/commands.ts';
import { leadCommands } from './leads/commands.ts';
import { notificationCommands } from './notifications/commands.ts';
import { opportunityCommands } from './opportunities/commands.ts';
import { orderCommands } from './orders/commands.ts';
import { productCommands } from './products/commands.ts';
import { quoteCommands } from './quotes/commands.ts';
import { taskCommands } from './tasks/commands.ts';
import { ticketCommands } from './tickets/commands.ts';
import { userCommands } from './users/commands.ts';

/**
 * What a user asks the sandbox to do: every module's commands in one
 * discriminated union. Declared as schemas so that a command from a form, a
 * log or a scenario file is checked before the engine acts on it.
 */
export const commandBodySchema = v.variant('type', [
  ...userCommands,
  ...accountCommands,
  ...contactCommands,
  ...leadCommands,
  ...opportunityCommands,
  ...productCommands,
  ...quoteCommands,
  ...orderCommands,
  ...ticketCommands,
  ...activityCommands,
  ...taskCommands,
  ...notificationCommands,
  ...approvalCommands,
  ...importCommands,
  ...clockCommands,
]);
export type CommandBody = v.InferOutput<typeof commandBodySchema>;
/** A command as it is written, before defaults are filled in (what a scenario file or a form may send). */
export type CommandInput = v.InferInput<typeof commandBodySchema>;
export type CommandType = CommandBody['type'];

/** Every command type, for the places that name one as data (a scenario step's expected commands). */
export const commandTypes = commandBodySchema.options.map((option) => option.entries.type.literal) as [CommandType, ...CommandType[]];

export const commandMetaSchema = v.object({
  /** Simulated time, epoch milliseconds. */
  at: v.pipe(v.number(), v.safeInteger()),
  /** The acting user's id. */
  actor: v.pipe(v.string(), v.minLength(1)),
});
export type CommandMeta = v.InferOutput<typeof commandMetaSchema>;

/** A command with who acts and when: what a log holds. */
export type Command = CommandInput & { readonly meta: CommandMeta };
