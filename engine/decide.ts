import * as v from 'valibot';
import { accountDeciders } from './accounts/decide.ts';
import { activityDeciders } from './activities/decide.ts';
import { approvalDeciders } from './approvals/decide.ts';
import { clockDeciders } from './clock/decide.ts';
import { commandBodySchema, type CommandBody, type CommandMeta } from './commands.ts';
import { contactDeciders } from './contacts/decide.ts';
import type { EventBody, SandboxEvent } from './events.ts';
import { idsFor } from './ids.ts';
import { importDeciders } from './imports/decide.ts';
import { leadDeciders } from './leads/decide.ts';
import type { DecideContext, Deciders } from './module.ts';
import { notificationDeciders } from './notifications/decide.ts';
import { opportunityDeciders } from './opportunities/decide.ts';
import { orderDeciders } from './orders/decide.ts';
import { productDeciders } from './products/decide.ts';
import { quoteDeciders } from './quotes/decide.ts';
import { rejected, type Rejection, type Result } from './result.ts';
import type { SandboxState } from './state.ts';
import { taskDeciders } from './tasks/decide.ts';
import { ticketDeciders } from './tickets/decide.ts';
import { systemUser, type User } from './users/records.ts';
import { userDeciders } from './users/decide.ts';

/** One decider per command type; the type makes a command without one fail to compile. */
const deciders: Deciders<CommandBody> = {
  ...userDeciders,
  ...accountDeciders,
  ...contactDeciders,
  ...leadDeciders,
  ...opportunityDeciders,
  ...productDeciders,
  ...quoteDeciders,
  ...orderDeciders,
  ...ticketDeciders,
  ...activityDeciders,
  ...taskDeciders,
  ...notificationDeciders,
  ...approvalDeciders,
  ...importDeciders,
  ...clockDeciders,
};

/**
 * Each command's schema by its type. The variant `commandBodySchema` would
 * try its options in turn, a search that costs several times the check
 * itself; the map finds the one option at once, and its issues are the same.
 */
const commandSchemas = new Map<unknown, (typeof commandBodySchema.options)[number]>(
  commandBodySchema.options.map((option) => [option.entries.type.literal, option]),
);

/** The schema for the input's `type`; none when the input is not an object or its type is missing or unknown. */
function schemaFor(input: unknown) {
  return typeof input === 'object' && input !== null ? commandSchemas.get((input as { type?: unknown }).type) : undefined;
}

/** The refusal for a command whose data is not well formed, naming the first field at fault (as a form names it, without `data.`). */
function malformed(issue: v.BaseIssue<unknown>): Rejection {
  const keys = issue.path?.map((item) => item.key) ?? [];
  const field = (keys.length > 1 ? keys.slice(1) : keys).join('.');
  if (issue.kind === 'schema' && issue.input === undefined) return rejection(rejected('validation.incomplete', field, 'rejection.incomplete', { field }));
  return rejection(rejected('validation.format', field, 'rejection.format.type', { field, expected: expectedOf(issue) }));
}

/** What a field should have held: its kind of value (`string`, `number`, `array`; ±Infinity is no number), or for a choice the values allowed. */
function expectedOf(issue: v.BaseIssue<unknown>): string {
  if (issue.type === 'finite') return 'number';
  if (issue.type === 'picklist') return issue.expected ?? issue.type;
  return issue.type;
}

function rejection(result: Result<never>): Rejection {
  if (result.ok) throw new Error('unreachable: a rejection was expected');
  return result.rejection;
}

function actorOf(state: SandboxState, id: string): User | undefined {
  if (id === systemUser.id) return systemUser;
  return Object.hasOwn(state.users, id) ? state.users[id] : undefined;
}

/**
 * Names every plain object answers from its prototype. Tables are plain
 * objects keyed by what people type, so a field typed as one of these would
 * find a "record" that is not there; such a value is refused up front.
 */
const reservedNames = new Set(Object.getOwnPropertyNames(Object.prototype).map((name) => name.toLowerCase()));

function reservedField(data: object): string | undefined {
  return Object.entries(data).find(([, value]) => typeof value === 'string' && reservedNames.has(value.normalize('NFKC').trim().toLowerCase()))?.[0];
}

/**
 * What a command would do to the sandbox: the events it yields, or why it
 * is refused. Any input is accepted: a missing or unknown type, a field of
 * the wrong type or an unknown actor is a typed refusal, never a throw.
 */
export function decide(state: SandboxState, input: unknown, meta: CommandMeta): Result<SandboxEvent> {
  const schema = schemaFor(input);
  if (!schema) return rejected('command.unknown', 'type', 'rejection.command.unknown', {});
  // Only the first problem is named, so the parse stops at it.
  const parsed = v.safeParse(schema, input, { abortEarly: true });
  if (!parsed.success) return { ok: false, rejection: malformed(parsed.issues[0]) };
  const actor = actorOf(state, meta.actor);
  if (!actor) return rejected('permission.denied', 'actor', 'rejection.permission.actor', { actor: meta.actor });
  const command = parsed.output;
  const reserved = reservedField(command.data);
  if (reserved) return rejected('validation.format', reserved, 'rejection.format.reserved', { field: reserved });
  const context: DecideContext = { at: meta.at, actor, ids: idsFor(state) };
  const decider = deciders[command.type] as (state: SandboxState, data: typeof command.data, context: DecideContext) => Result<EventBody>;
  const result = decider(state, command.data, context);
  return result.ok ? { ok: true, events: result.events.map((event) => ({ ...event, meta }) as SandboxEvent) } : result;
}
