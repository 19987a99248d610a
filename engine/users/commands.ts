import * as v from 'valibot';

export const userCommands = [
  v.object({
    type: v.literal('user.create'),
    data: v.object({
      /** Short login-like id, e.g. u.wangfang. */
      id: v.string(),
      name: v.string(),
      /** trainee, lead, consultant or admin. */
      role: v.string(),
      /** One of the departments list. */
      department: v.string(),
      /** Team id, optional. */
      team: v.optional(v.string(), ''),
    }),
  }),
  v.object({
    type: v.literal('team.create'),
    data: v.object({
      id: v.string(),
      name: v.string(),
      /** User id of a lead; they join the team. */
      lead: v.string(),
    }),
  }),
  v.object({
    type: v.literal('user.assignTeam'),
    data: v.object({ user: v.string(), team: v.string() }),
  }),
] as const;
export type UserCommand = v.InferOutput<(typeof userCommands)[number]>;
