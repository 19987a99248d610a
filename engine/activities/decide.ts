import type { EventBody } from '../events.ts';
import type { DecideContext, Deciders } from '../module.ts';
import { cleanText } from '../normalise/text.ts';
import type { RecordRef } from '../refs.ts';
import { applied, rejected, type Result } from '../result.ts';
import type { SandboxState } from '../state.ts';
import { checkRef } from '../tasks/about.ts';
import { checkDue, defaultRemindMinutes, newTask } from '../tasks/schedule.ts';
import type { Task } from '../tasks/records.ts';
import { requireFilled } from '../validate.ts';
import type { ActivityCommand } from './commands.ts';
import { activityKinds, activitySubjects, type Activity, type ActivityKind } from './records.ts';

type Data<T extends ActivityCommand['type']> = Extract<ActivityCommand, { type: T }>['data'];

function isActivityKind(value: string): value is ActivityKind {
  return (activityKinds as readonly string[]).includes(value);
}

/**
 * The next step as a task for the salesperson, due at the follow-up time,
 * so a scheduled visit gets its reminder (seed 003); none without a time.
 */
function followUpTask(state: SandboxState, data: Data<'activity.log'>, about: RecordRef, context: DecideContext): Task | undefined | Result<never> {
  if (cleanText(data.followUp) === '') return undefined;
  const nextStep = cleanText(data.nextStep);
  if (nextStep === '') return rejected('validation.incomplete', 'nextStep', 'rejection.activity.follow-up-without-step', { followUp: data.followUp });
  const dueAt = checkDue(state, data.followUp, 'followUp');
  if (typeof dueAt !== 'number') return dueAt;
  return newTask(context, { title: nextStep, assignee: context.actor.id, dueAt, remindMinutes: defaultRemindMinutes, about });
}

/** A call, visit, email or meeting against a record that exists, in a few fields. */
function log(state: SandboxState, data: Data<'activity.log'>, context: DecideContext): Result<EventBody> {
  const missing = requireFilled(data, ['kind', 'entity', 'id', 'outcome']);
  if (missing) return missing;
  const kind = cleanText(data.kind).toLowerCase();
  if (!isActivityKind(kind)) return rejected('validation.format', 'kind', 'rejection.format.choice', { received: data.kind, expected: activityKinds.join(', ') });
  const about = checkRef(state, activitySubjects, data);
  if ('ok' in about) return about;
  const task = followUpTask(state, data, about, context);
  if (task !== undefined && 'ok' in task) return task;

  const activity: Activity = {
    id: context.ids.next('activities'),
    kind,
    about,
    outcome: cleanText(data.outcome),
    nextStep: cleanText(data.nextStep),
    by: context.actor.id,
    at: context.at,
    ...(task ? { task: task.id } : {}),
  };
  return applied({ type: 'activity.logged', data: { activity } }, ...(task ? [{ type: 'task.created', data: { task } } as const] : []));
}

export const activityDeciders: Deciders<ActivityCommand> = {
  'activity.log': log,
};
