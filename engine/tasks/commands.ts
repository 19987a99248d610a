import * as v from 'valibot';

/**
 * What a user can do with tasks and reminders. Form fields arrive as typed
 * text; the engine reads the date-time and the minutes itself.
 */

const byId = v.object({
  /** The task's id, e.g. TS-000001. */
  id: v.string(),
});

export const taskCommands = [
  v.object({
    type: v.literal('task.create'),
    data: v.object({
      /** What to do, e.g. 回访恒通电子，确认样机测试结果. */
      title: v.string(),
      /** User id of who must do it; the creator when empty. */
      assignee: v.optional(v.string(), ''),
      /** When it is due, typed in China time: "2026-03-05 14:00", "2026年3月5日 14:00". */
      due: v.string(),
      /** How many minutes before it is due to remind the assignee, as typed; 60 when empty. */
      remindMinutesBefore: v.optional(v.string(), ''),
      /** Kind of record it is about (account, contact, opportunity, ticket, …), optional. */
      entity: v.optional(v.string(), ''),
      /** Id or code of that record; required with an entity. */
      id: v.optional(v.string(), ''),
    }),
  }),
  v.object({ type: v.literal('task.complete'), data: byId }),
  v.object({
    type: v.literal('task.reassign'),
    data: v.object({
      ...byId.entries,
      /** User id of who will do it now; they are told. */
      assignee: v.string(),
    }),
  }),
] as const;
export type TaskCommand = v.InferOutput<(typeof taskCommands)[number]>;
