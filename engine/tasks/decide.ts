import type { EventBody } from '../events.ts';
import { normaliseId } from '../ids.ts';
import type { DecideContext, Deciders } from '../module.ts';
import { chinaDateTime } from '../normalise/datetime.ts';
import { cleanText } from '../normalise/text.ts';
import { notify } from '../notifications/notify.ts';
import { supervisors } from '../permissions.ts';
import { recordEntities } from '../refs.ts';
import { applied, rejected, type Result } from '../result.ts';
import type { SandboxState } from '../state.ts';
import type { User } from '../users/records.ts';
import { requireFilled } from '../validate.ts';
import { checkUser } from '../users/find.ts';
import { checkAbout } from './about.ts';
import type { TaskCommand } from './commands.ts';
import { nextTaskStatus, taskStatus, type TaskLifecycleEvent } from './lifecycle.ts';
import type { Task } from './records.ts';
import { checkDue, checkRemindMinutes, newTask } from './schedule.ts';

type Data<T extends TaskCommand['type']> = Extract<TaskCommand, { type: T }>['data'];

/** Tells the assignee a task is now theirs; nobody is told of a task they gave themself. */
function tellAssignee(context: DecideContext, task: Task): EventBody[] {
  return notify(context, {
    to: [task.assignee],
    kind: 'changed',
    about: { entity: 'task', id: task.id },
    messageKey: 'notification.task.assigned',
    params: { id: task.id, title: task.title, due: chinaDateTime(task.dueAt) },
  });
}

/** A task for oneself or a colleague, due at a typed China time, with a reminder before it. */
function create(state: SandboxState, data: Data<'task.create'>, context: DecideContext): Result<EventBody> {
  const missing = requireFilled(data, ['title', 'due']);
  if (missing) return missing;
  const assignee = cleanText(data.assignee) === '' ? context.actor : checkUser(state, data.assignee, 'assignee');
  if ('ok' in assignee) return assignee;
  const dueAt = checkDue(state, data.due, 'due');
  if (typeof dueAt !== 'number') return dueAt;
  const remindMinutes = checkRemindMinutes(data.remindMinutesBefore);
  if (typeof remindMinutes !== 'number') return remindMinutes;
  const subject = checkAbout(state, recordEntities, data);
  if ('ok' in subject) return subject;
  const task = newTask(context, { title: cleanText(data.title), assignee: assignee.id, dueAt, remindMinutes, about: subject.about });
  return applied({ type: 'task.created', data: { task } }, ...tellAssignee(context, task));
}

/** Who may close or hand on a task: its assignee, its creator, or a lead or admin. */
function mayHandle(actor: User, task: Task): boolean {
  return actor.id === task.assignee || actor.id === task.createdBy || supervisors.includes(actor.role);
}

/** The task a command names, when the actor may handle it and its lifecycle allows the step. */
function plan(state: SandboxState, typed: string, command: TaskCommand['type'], event: TaskLifecycleEvent, actor: User): Task | Result<never> {
  const id = normaliseId(typed);
  if (!Object.hasOwn(state.tasks, id)) return rejected('reference.unknown', 'id', 'rejection.reference.task', { id: typed });
  const task = state.tasks[id];
  if (!mayHandle(actor, task)) return rejected('permission.denied', 'id', 'rejection.task.not-yours', { id, assignee: task.assignee });
  const from = taskStatus(task);
  if (nextTaskStatus(from, event) === undefined) return rejected('transition.not-allowed', 'id', 'rejection.transition.task', { from, command });
  return task;
}

function complete(state: SandboxState, data: Data<'task.complete'>, { actor }: DecideContext): Result<EventBody> {
  const missing = requireFilled(data, ['id']);
  if (missing) return missing;
  const task = plan(state, data.id, 'task.complete', { type: 'complete' }, actor);
  if ('ok' in task) return task;
  return applied({ type: 'task.completed', data: { id: task.id } });
}

/** Hands an open task to a colleague, who is told. */
function reassign(state: SandboxState, data: Data<'task.reassign'>, context: DecideContext): Result<EventBody> {
  const missing = requireFilled(data, ['id', 'assignee']);
  if (missing) return missing;
  const task = plan(state, data.id, 'task.reassign', { type: 'reassign' }, context.actor);
  if ('ok' in task) return task;
  const assignee = checkUser(state, data.assignee, 'assignee');
  if ('ok' in assignee) return assignee;
  if (assignee.id === task.assignee) return rejected('validation.format', 'assignee', 'rejection.task.same-assignee', { user: assignee.id });
  return applied(
    { type: 'task.reassigned', data: { id: task.id, from: task.assignee, to: assignee.id } },
    ...tellAssignee(context, { ...task, assignee: assignee.id }),
  );
}

export const taskDeciders: Deciders<TaskCommand> = {
  'task.create': create,
  'task.complete': complete,
  'task.reassign': reassign,
};
