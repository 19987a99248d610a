import type { SandboxEvent } from '../events.ts';
import { expectation, type MistakeSighting } from '../mistakes.ts';
import type { RecordEntity, RecordRef } from '../refs.ts';
import type { SandboxState } from '../state.ts';
import { holds } from './goals.ts';
import type { Step } from './schema.ts';

/**
 * The company's process beyond what the engine refuses: things the sandbox
 * allows, as a real CRM would, but that a step watching for them records as
 * mistakes. Each rule returns what it saw; the runner keeps what the step
 * watches and says where and when.
 */

/** A mistake a rule saw, with what the trainee did: a command's type, or the event a rule is about. */
export interface RuleSighting extends MistakeSighting {
  readonly done: string;
}

/** Fields of a command that hand a record to someone. */
const ownershipFields: ReadonlySet<string> = new Set(['owner', 'assignee', 'to', 'with', 'user']);

/**
 * `assignment.wrong-owner`: a command the step expects, about the expected
 * record (its other fields match), that hands it to someone else.
 */
export function wrongOwner(step: Step, command: { readonly type: unknown; readonly data: unknown }): RuleSighting[] {
  const data = typeof command.data === 'object' && command.data !== null ? command.data : {};
  return step.expects.flatMap((expected): RuleSighting[] => {
    if (expected.type !== command.type) return [];
    const entries = Object.entries(expected.data);
    const owners = entries.filter(([path]) => ownershipFields.has(path.split('.').at(-1) ?? ''));
    const others = entries.filter((entry) => !owners.includes(entry));
    if (owners.length === 0 || !holds(data, Object.fromEntries(others)) || holds(data, Object.fromEntries(owners))) return [];
    const [field, owner] = owners[0];
    return [{ code: 'assignment.wrong-owner', field, done: expected.type, expected: expectation('expectation.owner', { field, owner: String(typeof owner === 'object' ? Object.values(owner)[0] : owner) }) }];
  });
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);
}

/** `data.lost`: an update that empties a field that was filled. */
export function fieldsEmptied(events: readonly SandboxEvent[]): RuleSighting[] {
  return events.flatMap((event): RuleSighting[] => {
    if (event.type !== 'account.updated' && event.type !== 'contact.updated' && event.type !== 'opportunity.updated') return [];
    const { before, after } = event.data as { readonly before: Record<string, unknown>; readonly after: Record<string, unknown> };
    return Object.keys(after)
      .filter((field) => !isEmpty(before[field]) && isEmpty(after[field]))
      .map((field) => ({ code: 'data.lost', field, done: event.type, expected: expectation('expectation.keepField', { field }) }));
  });
}

/** The record an event changes, for events that change an existing deal, quote, order or ticket. */
function changedRecord(event: SandboxEvent): RecordRef | undefined {
  const [entity] = event.type.split('.');
  if (entity !== 'opportunity' && entity !== 'quote' && entity !== 'order' && entity !== 'ticket') return undefined;
  const data: object = event.data;
  return 'id' in data && typeof data.id === 'string' ? { entity, id: data.id } : undefined;
}

/** Events that mean the trainee spoke with the customer: a call or meeting that must be logged as an activity. */
function customerContact(event: SandboxEvent): RecordRef | undefined {
  switch (event.type) {
    case 'lead.contacted':
      return { entity: 'lead', id: event.data.id };
    case 'opportunity.stageChanged':
      return { entity: 'opportunity', id: event.data.id };
    case 'ticket.resolved':
      return { entity: 'ticket', id: event.data.id };
    default:
      return undefined;
  }
}

/** The account a deal, quote, order or ticket belongs to. */
function accountOf(state: SandboxState, { entity, id }: RecordRef): string | undefined {
  const tables: Partial<Record<RecordEntity, Readonly<Record<string, { readonly accountCode: string }>>>> = {
    opportunity: state.opportunities,
    quote: state.quotes,
    order: state.orders,
    ticket: state.tickets,
  };
  const table = tables[entity];
  return table && Object.hasOwn(table, id) ? table[id].accountCode : undefined;
}

const sameRef = (a: RecordRef, b: RecordRef) => a.entity === b.entity && a.id === b.id;

/**
 * `log.missing-activity`, checked when a step ends: every contact with a
 * customer during the step (a lead marked contacted, a deal moved on, a
 * ticket resolved) has an activity logged against that record or its account.
 */
export function activitiesMissing(state: SandboxState, stepEvents: readonly SandboxEvent[]): RuleSighting[] {
  const logged = stepEvents.flatMap((event) => (event.type === 'activity.logged' ? [event.data.activity.about] : []));
  const contacts = stepEvents.flatMap((event) => {
    const about = customerContact(event);
    return about ? [{ about, type: event.type }] : [];
  });
  const unlogged = contacts.filter(({ about }) => {
    const account = accountOf(state, about);
    return !logged.some((subject) => sameRef(subject, about) || (account !== undefined && sameRef(subject, { entity: 'account', id: account })));
  });
  return unlogged
    .filter(({ about }, index) => unlogged.findIndex((other) => sameRef(other.about, about)) === index)
    .map(({ about, type }) => ({ code: 'log.missing-activity', done: type, expected: expectation('expectation.logActivity', { entity: about.entity, id: about.id }) }));
}

/**
 * `notify.team-not-informed`, checked when a step ends: after a deal, quote,
 * order or ticket changed during the step, every member of its account's
 * virtual team was told about it — by the sandbox's own notice or by sharing
 * the record — save the trainee, who made the change.
 */
export function teamsNotInformed(state: SandboxState, stepEvents: readonly SandboxEvent[], actor: string): RuleSighting[] {
  const firstChange = new Map<string, { readonly about: RecordRef; readonly index: number; readonly type: string }>();
  stepEvents.forEach((event, index) => {
    const about = changedRecord(event);
    const key = about && `${about.entity}/${about.id}`;
    if (about && key && !firstChange.has(key)) firstChange.set(key, { about, index, type: event.type });
  });
  return [...firstChange.values()].flatMap(({ about, index, type }): RuleSighting[] => {
    const account = accountOf(state, about);
    const members = account && Object.hasOwn(state.accounts, account) ? state.accounts[account].team.map((member) => member.user) : [];
    const told = new Set(
      stepEvents
        .slice(index)
        .flatMap((event) => (event.type === 'notification.created' && sameRef(event.data.notification.about, about) ? [event.data.notification.to] : [])),
    );
    const missing = members.filter((member) => member !== actor && !told.has(member));
    if (missing.length === 0) return [];
    return [{ code: 'notify.team-not-informed', done: type, expected: expectation('expectation.tellTeam', { entity: about.entity, id: about.id, members: missing.join(', ') }) }];
  });
}

/** `deadline.missed`: the simulated clock passed the step's deadline before the step was done. */
export function stepDeadlinePassed(step: Step, now: number): RuleSighting[] {
  if (step.deadline === undefined || now <= Date.parse(step.deadline)) return [];
  return [{ code: 'deadline.missed', done: 'step', expected: expectation('expectation.stepDeadline', { deadline: step.deadline }) }];
}
