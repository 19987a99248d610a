import type { DecideContext } from '../module.ts';
import { chinaDateTime, dateTimeExample, parseDateTime } from '../normalise/datetime.ts';
import { foldWidth } from '../normalise/text.ts';
import type { RecordRef } from '../refs.ts';
import { rejected, type Result } from '../result.ts';
import type { SandboxState } from '../state.ts';
import type { Task } from './records.ts';

const minute = 60_000;
/** How long before a task is due its assignee is reminded, unless they say otherwise. */
export const defaultRemindMinutes = 60;
/** A reminder more than a month ahead is a typing slip. */
const maxRemindMinutes = 31 * 24 * 60;

/** A due time as typed in China time: a real date-time still ahead on the simulated clock. */
export function checkDue(state: SandboxState, typed: string, field: string): number | Result<never> {
  const at = parseDateTime(typed);
  if (at === undefined) return rejected('validation.format', field, 'rejection.format.datetime', { received: typed, expected: dateTimeExample });
  if (at <= state.now) return rejected('validation.format', field, 'rejection.datetime.past', { received: typed, now: chinaDateTime(state.now) });
  return at;
}

/** Minutes before the due time, as typed: a whole number, 0 meaning at the due time; empty is the default. */
export function checkRemindMinutes(typed: string): number | Result<never> {
  const text = foldWidth(typed).trim();
  if (text === '') return defaultRemindMinutes;
  const minutes = /^\d{1,6}$/.test(text) ? Number(text) : Number.NaN;
  if (!(minutes <= maxRemindMinutes))
    return rejected('validation.format', 'remindMinutesBefore', 'rejection.task.remind-minutes', { received: typed, max: maxRemindMinutes });
  return minutes;
}

export interface TaskPlan {
  readonly title: string;
  readonly assignee: string;
  readonly dueAt: number;
  readonly remindMinutes: number;
  readonly about?: RecordRef;
}

/** A new open task with its next id; a reminder already past fires at the next clock advance. */
export function newTask({ at, actor, ids }: DecideContext, plan: TaskPlan): Task {
  return {
    id: ids.next('tasks'),
    title: plan.title,
    assignee: plan.assignee,
    dueAt: plan.dueAt,
    remindAt: plan.dueAt - plan.remindMinutes * minute,
    ...(plan.about ? { about: plan.about } : {}),
    done: false,
    createdAt: at,
    createdBy: actor.id,
  };
}
