import type { SandboxEvent } from '../events.ts';
import { expectation, type MistakeSighting } from '../mistakes.ts';
import type { RecordEntity, RecordRef } from '../refs.ts';
import type { SandboxState } from '../state.ts';
import { holds, toldAbout } from './goals.ts';
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

/** Whether a field holds nothing; an amount of 0 is one not yet estimated (a deal's amount, an account's annual value). */
function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === 0 || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);
}

/** Events that overwrite a record's details (a lifecycle move is not one). */
export function isDetailsUpdate(event: SandboxEvent): event is Extract<SandboxEvent, { type: 'account.updated' | 'contact.updated' | 'opportunity.updated' }> {
  return event.type === 'account.updated' || event.type === 'contact.updated' || event.type === 'opportunity.updated';
}

/** `data.lost`: an update that empties a field that was filled, or zeroes an amount that was known. */
export function fieldsEmptied(events: readonly SandboxEvent[]): RuleSighting[] {
  return events.flatMap((event): RuleSighting[] => {
    if (!isDetailsUpdate(event)) return [];
    const { before, after }: { readonly before: Record<string, unknown>; readonly after: Record<string, unknown> } = event.data;
    return Object.keys(after)
      .filter((field) => !isEmpty(before[field]) && isEmpty(after[field]))
      .map((field) => ({ code: 'data.lost', field, done: event.type, expected: expectation('expectation.keepField', { field }) }));
  });
}

/**
 * Changes the people around a customer need to hear of: a deal moving on,
 * a quote changed, an order moving, a complaint resolved, reopened or
 * escalated. Handing a record to someone, or closing what was agreed, is not
 * news.
 */
const newsTypes: ReadonlySet<string> = new Set([
  'opportunity.updated',
  'opportunity.stageChanged',
  'opportunity.won',
  'opportunity.lost',
  'quote.lineAdded',
  'quote.lineRemoved',
  'quote.revised',
  'quote.statusChanged',
  'quote.sent',
  'order.statusChanged',
  'order.cancelled',
  'ticket.resolved',
  'ticket.reopened',
  'ticket.escalated',
]);

/** The deal, quote, order or ticket an event is news about. */
function newsAbout(event: SandboxEvent): RecordRef | undefined {
  if (!newsTypes.has(event.type)) return undefined;
  const [entity] = event.type.split('.') as [RecordEntity];
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

/** A sighting found by looking back over the attempt, with the index in its events of what it is about. */
export interface LateSighting {
  readonly event: number;
  readonly sighting: RuleSighting;
}

/**
 * `log.missing-activity`, checked when the attempt ends: every contact with
 * a customer (a lead marked contacted, a deal moved on, a ticket resolved)
 * has an activity logged, before or after, against that record or its
 * account.
 */
export function activitiesMissing(state: SandboxState, events: readonly SandboxEvent[]): LateSighting[] {
  const logged = events.flatMap((event) => (event.type === 'activity.logged' ? [event.data.activity.about] : []));
  const seen = new Set<string>();
  return events.flatMap((event, index): LateSighting[] => {
    const about = customerContact(event);
    if (!about || seen.has(`${about.entity}/${about.id}`)) return [];
    seen.add(`${about.entity}/${about.id}`);
    const account = accountOf(state, about);
    if (logged.some((subject) => sameRef(subject, about) || (account !== undefined && sameRef(subject, { entity: 'account', id: account })))) return [];
    return [{ event: index, sighting: { code: 'log.missing-activity', done: event.type, expected: expectation('expectation.logActivity', { entity: about.entity, id: about.id }) } }];
  });
}

/**
 * `notify.team-not-informed`, checked when the attempt ends: after each news
 * about a deal, quote, order or ticket, every member of its account's
 * virtual team was told about that record — by the sandbox's own notice or
 * by sharing it — save the trainee, who made the change. Reported once per
 * record, at the first news not passed on.
 */
export function teamsNotInformed(state: SandboxState, events: readonly SandboxEvent[], actor: string): LateSighting[] {
  const reported = new Set<string>();
  return events.flatMap((event, index): LateSighting[] => {
    const about = newsAbout(event);
    const account = about && accountOf(state, about);
    if (!about || !account || !Object.hasOwn(state.accounts, account) || reported.has(`${about.entity}/${about.id}`)) return [];
    const told = toldAbout(events.slice(index), about).add(actor);
    const missing = state.accounts[account].team.map((member) => member.user).filter((member) => !told.has(member));
    if (missing.length === 0) return [];
    reported.add(`${about.entity}/${about.id}`);
    return [{ event: index, sighting: { code: 'notify.team-not-informed', done: event.type, expected: expectation('expectation.tellTeam', { entity: about.entity, id: about.id, members: missing.join(', ') }) } }];
  });
}

/**
 * `deadline.missed`: the SLA of a ticket, or the due time of a task,
 * assigned to the trainee passed. Colleagues' work in the background sandbox
 * falls due too as the clock moves, and is not the trainee's mistake. What
 * the trainee did is the command that moved the clock.
 */
export function deadlinesPassed(state: SandboxState, events: readonly SandboxEvent[], actor: string): MistakeSighting[] {
  return events.flatMap((event): MistakeSighting[] => {
    if (event.type === 'ticket.slaBreached' && state.tickets[event.data.id].assignee === actor)
      return [{ code: 'deadline.missed', expected: expectation('expectation.sla', { id: event.data.id }) }];
    if (event.type === 'task.overdue' && state.tasks[event.data.id].assignee === actor)
      return [{ code: 'deadline.missed', expected: expectation('expectation.taskDue', { id: event.data.id }) }];
    return [];
  });
}

/** `deadline.missed`: the simulated clock passed the step's deadline before the step was done. */
export function stepDeadlinePassed(step: Step, now: number): RuleSighting[] {
  if (step.deadline === undefined || now <= Date.parse(step.deadline)) return [];
  return [{ code: 'deadline.missed', done: 'step', expected: expectation('expectation.stepDeadline', { deadline: step.deadline }) }];
}
