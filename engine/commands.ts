import * as z from 'zod/mini';
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
export const commandBodySchema = z.discriminatedUnion('type', [
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
export type CommandBody = z.output<typeof commandBodySchema>;
/** A command as it is written, before defaults are filled in (what a scenario file or a form may send). */
export type CommandInput = z.input<typeof commandBodySchema>;
export type CommandType = CommandBody['type'];

/** Every command type, for the places that name one as data (a scenario step's expected commands). */
export const commandTypes = commandBodySchema._zod.def.options.map((option) => option.shape.type._zod.def.values[0]) as [CommandType, ...CommandType[]];

export const commandMetaSchema = z.object({
  /** Simulated time, epoch milliseconds. */
  at: z.number().check(z.int()),
  /** The acting user's id. */
  actor: z.string().check(z.minLength(1)),
});
export type CommandMeta = z.output<typeof commandMetaSchema>;

/** A command with who acts and when: what a log holds. */
export type Command = CommandInput & { readonly meta: CommandMeta };
