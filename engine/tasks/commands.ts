import * as z from 'zod/mini';

/**
 * What a user can do with tasks and reminders. Form fields arrive as typed
 * text; the engine reads the date-time and the minutes itself.
 */

const byId = z.object({
  /** The task's id, e.g. TS-000001. */
  id: z.string(),
});

export const taskCommands = [
  z.object({
    type: z.literal('task.create'),
    data: z.object({
      /** What to do, e.g. 回访恒通电子，确认样机测试结果. */
      title: z.string(),
      /** User id of who must do it; the creator when empty. */
      assignee: z._default(z.string(), ''),
      /** When it is due, typed in China time: "2026-03-05 14:00", "2026年3月5日 14:00". */
      due: z.string(),
      /** How many minutes before it is due to remind the assignee, as typed; 60 when empty. */
      remindMinutesBefore: z._default(z.string(), ''),
      /** Kind of record it is about (account, contact, opportunity, ticket, …), optional. */
      entity: z._default(z.string(), ''),
      /** Id or code of that record; required with an entity. */
      id: z._default(z.string(), ''),
    }),
  }),
  z.object({ type: z.literal('task.complete'), data: byId }),
  z.object({
    type: z.literal('task.reassign'),
    data: z.extend(byId, {
      /** User id of who will do it now; they are told. */
      assignee: z.string(),
    }),
  }),
] as const;
export type TaskCommand = z.output<(typeof taskCommands)[number]>;
