import type { SandboxEvent } from '../events.ts';
import { cleanText } from '../normalise/text.ts';
import { tableOf } from '../refs-lookup.ts';
import type { RecordEntity, RecordRef } from '../refs.ts';
import type { SandboxState } from '../state.ts';
import type { EventMatch, Goal, Where } from './schema.ts';

/** What a goal is checked against: the sandbox now, and what happened during the attempt (not the fixture's set-up). */
export interface GoalContext {
  readonly state: SandboxState;
  readonly events: readonly SandboxEvent[];
}

type Condition = Where[string];

/** The value at a dotted path (`data.to`, `team.0.user`); undefined when any part is missing. */
function valueAt(subject: unknown, path: string): unknown {
  let value = subject;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

function isFilled(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return cleanText(value) !== '';
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

function meets(value: unknown, condition: Condition): boolean {
  if (typeof condition === 'object') {
    if ('filled' in condition) return isFilled(value) === condition.filled;
    return typeof value === 'string' && new RegExp(condition.matches).test(value);
  }
  if (typeof condition === 'string') return typeof value === 'string' && cleanText(value) === cleanText(condition);
  return value === condition;
}

/** Whether a record or an event meets every condition. */
export function holds(subject: object, where: Where): boolean {
  return Object.entries(where).every(([path, condition]) => meets(valueAt(subject, path), condition));
}

function recordsOf(state: SandboxState, entity: RecordEntity, where: Where): readonly object[] {
  return Object.values(state[tableOf[entity]]).filter((record: object) => holds(record, where));
}

function firstIndex(events: readonly SandboxEvent[], match: EventMatch): number {
  return events.findIndex((event) => event.type === match.event && holds(event, match.where));
}

/** User ids of a team's members: a sales or service team by id, or the virtual team around an account. */
function membersOf(state: SandboxState, members: Extract<Goal, { type: 'notified' }>['members']): readonly string[] {
  if ('team' in members) return Object.values(state.users).filter((user) => user.team === members.team).map((user) => user.id);
  const account = Object.hasOwn(state.accounts, members.accountTeam) ? state.accounts[members.accountTeam] : undefined;
  return account ? account.team.map((member) => member.user) : [];
}

/**
 * Who has been told about a record by the given events: each notification's
 * recipient, and its sender — nobody needs to tell themself.
 */
export function toldAbout(events: readonly SandboxEvent[], about: RecordRef): Set<string> {
  const told = new Set<string>();
  for (const event of events) {
    if (event.type !== 'notification.created') continue;
    const { notification } = event.data;
    if (notification.about.entity === about.entity && notification.about.id === about.id) told.add(notification.to).add(notification.from);
  }
  return told;
}

/** Whether every member was told, during the attempt, about one record of `about`. */
function notifiedAll(context: GoalContext, goal: Extract<Goal, { type: 'notified' }>): boolean {
  const members = membersOf(context.state, goal.members);
  if (members.length === 0) return false;
  const { entity } = goal.about;
  const table = context.state[tableOf[entity]] as Record<string, object>;
  const subjects = new Set(context.events.flatMap((event) => (event.type === 'notification.created' && event.data.notification.about.entity === entity ? [event.data.notification.about.id] : [])));
  return [...subjects].some((id) => {
    if (!Object.hasOwn(table, id) || !holds(table[id], goal.about.where)) return false;
    const told = toldAbout(context.events, { entity, id });
    return members.every((member) => told.has(member));
  });
}

/** Whether the sandbox, and what happened in the attempt so far, meet a goal. */
export function goalMet(context: GoalContext, goal: Goal): boolean {
  switch (goal.type) {
    case 'exists':
      return recordsOf(context.state, goal.entity, goal.where).length > 0;
    case 'count': {
      const n = recordsOf(context.state, goal.entity, goal.where).length;
      return n >= (goal.min ?? 0) && n <= (goal.max ?? Infinity);
    }
    case 'happened':
      return context.events.filter((event) => event.type === goal.event && holds(event, goal.where)).length >= goal.min;
    case 'notified':
      return notifiedAll(context, goal);
    case 'before': {
      const first = firstIndex(context.events, goal.first);
      const then = firstIndex(context.events, goal.then);
      return first >= 0 && then >= 0 && first < then;
    }
    case 'all':
      return goal.of.every((part) => goalMet(context, part));
    case 'any':
      return goal.of.some((part) => goalMet(context, part));
    case 'not':
      return !goalMet(context, goal.goal);
    default: {
      const _exhaustive: never = goal;
      return _exhaustive;
    }
  }
}
